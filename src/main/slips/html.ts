/**
 * HTML built only through the `html` tagged template: every interpolated value is escaped unless it is
 * already `SafeHtml` (made by `html` itself). A name typed as `<script>` can therefore only ever print as
 * text; there is no other way to put a string into a slip.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value as string | number));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Trusted markup written in this codebase (CSS, fixed fragments); never pass a value from the record. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A CSS string literal (for `content:` in page margin boxes). Everything but letters, marks, digits and
 * spaces is written as a hex escape, so a value cannot end the string, the rule or the `<style>` element.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{M}\p{N} ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}
