/*
 * Leaving a form with unsaved entries: every way out asks first (a link or Find goes through `navigate`, other
 * hash changes through the listener below, logout through `mayLeave`), and before the session ends the forms'
 * drafts are sent (`flushDrafts`). Reload and closing the browser tab or the desktop window ask through
 * `beforeunload`.
 */

export interface LeaveGuard {
  /** The form has entries not saved in the register. */
  dirty: () => boolean;
  /** The question to ask, in the current language. */
  question: () => string;
  /** Sends the draft now (instead of after the typing pause). */
  flush: () => Promise<void>;
}

const guards = new Set<LeaveGuard>();

export function addLeaveGuard(guard: LeaveGuard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** True when nothing unsaved is open or the user agrees to leave it (it stays as a draft). */
export function mayLeave(): boolean {
  const dirty = [...guards].find((g) => g.dirty());
  if (!dirty) return true;
  if (!window.confirm(dirty.question())) return false;
  void flushDrafts();
  return true;
}

/** Sends every open form's pending draft (before the session ends: lock, logout). */
export async function flushDrafts(): Promise<void> {
  await Promise.all([...guards].map((g) => g.flush().catch(() => undefined)));
}

/** Set by `navigate` after it asked, so its own hash change is not asked about twice. */
let asked = false;
export function markAsked(): void {
  asked = true;
}

if (typeof window !== 'undefined') {
  // Registered at load, before any route listener: a refused change is undone before screens see it.
  window.addEventListener('hashchange', (event) => {
    const wasAsked = asked;
    asked = false;
    if (wasAsked || mayLeave()) return;
    event.stopImmediatePropagation();
    history.replaceState(null, '', new URL(event.oldURL).hash);
  });
  window.addEventListener('beforeunload', (event) => {
    if (![...guards].some((g) => g.dirty())) return;
    void flushDrafts();
    // The browser asks its own question; Electron asks the main process (src/main/electron/leave-prompt.ts).
    event.preventDefault();
  });
}
