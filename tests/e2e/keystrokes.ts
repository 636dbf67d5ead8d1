import type { Page } from '@playwright/test';

/**
 * Sends keys to the page and counts every one, for the admission-speed benchmark (docs/benchmarks.md): a key press
 * (a chord such as Control+s included) is one keystroke, typed text one per character.
 */
export class Keystrokes {
  private readonly moves = new Map<string, number>();
  private readonly typed = new Map<string, number>();

  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.moves.set(key, (this.moves.get(key) ?? 0) + 1);
    await this.page.keyboard.press(key);
  }

  /** Types `text` into the focused field named `what` (the breakdown's label). */
  async type(text: string, what: string): Promise<void> {
    this.typed.set(what, (this.typed.get(what) ?? 0) + [...text].length);
    await this.page.keyboard.type(text);
  }

  get total(): number {
    return this.sum(this.typed) + this.sum(this.moves);
  }

  /** "85 keystrokes: 65 typed (name 15, …); 20 moves and choices (Tab 14, …)". */
  breakdown(): string {
    const list = (counts: Map<string, number>) => [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
    return (
      `${this.total} keystrokes: ${this.sum(this.typed)} typed (${list(this.typed)}); ` +
      `${this.sum(this.moves)} moves and choices (${list(this.moves)})`
    );
  }

  private sum(counts: Map<string, number>): number {
    return [...counts.values()].reduce((a, b) => a + b, 0);
  }
}
