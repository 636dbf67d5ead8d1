/*
 * Every keyboard shortcut of the app, once: the keys shown in the keyboard help (F1 or ?) and, where a key is
 * matched by code, the matcher the screen binds. A screen lists its shortcuts in SCREEN_SHORTCUTS, so the help
 * shows what works where the user is. Physical keys (`code`), so Hindi keyboard layouts work the same.
 */

export interface Shortcut {
  /** As printed in the help: `Ctrl+S`. */
  keys: readonly string[];
  /** Message key of what it does. */
  label: string;
  /** For shortcuts bound on `keydown` by this table (the others are bound by the field that owns them). */
  matches?: (e: KeyboardEvent) => boolean;
}

const ctrl = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey;
const alt = (e: KeyboardEvent) => e.altKey && !e.ctrlKey && !e.metaKey;

/** True while the user types into a field: `?` is then a character, not the help. */
export function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

export const SHORTCUTS = {
  help: {
    keys: ['F1', '?'],
    label: 'keys.help',
    matches: (e) => e.key === 'F1' || (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingInField(e.target)),
  },
  find: { keys: ['F2', 'Ctrl+K'], label: 'keys.find', matches: (e) => e.key === 'F2' || (ctrl(e) && e.code === 'KeyK') },
  admit: { keys: ['Alt+N'], label: 'keys.admit', matches: (e) => alt(e) && e.code === 'KeyN' },
  today: { keys: ['Alt+T'], label: 'keys.today', matches: (e) => alt(e) && e.code === 'KeyT' },
  findMove: { keys: ['↑', '↓'], label: 'keys.find_move' },
  findOpen: { keys: ['Enter'], label: 'keys.find_open' },
  findClear: { keys: ['Esc'], label: 'keys.find_clear' },
  save: { keys: ['Ctrl+S'], label: 'keys.save', matches: (e) => ctrl(e) && e.code === 'KeyS' },
  enterSaves: { keys: ['Enter'], label: 'keys.enter_saves' },
  choiceMove: { keys: ['←', '→'], label: 'keys.choice_move' },
  choiceClear: { keys: ['Delete'], label: 'keys.choice_clear' },
  dateToday: { keys: ['t'], label: 'keys.date_today' },
  bookMove: { keys: ['↑', '↓', 'PgUp', 'PgDn', 'Home', 'End'], label: 'keys.book_move' },
  bookOpen: { keys: ['Enter'], label: 'keys.book_open' },
  previewClose: { keys: ['Esc'], label: 'keys.preview_close' },
  monthStep: { keys: ['↑', '↓'], label: 'keys.month_step' },
  tabs: { keys: ['Tab', 'Shift+Tab'], label: 'keys.tab' },
  completionTake: { keys: ['Tab'], label: 'keys.completion_take' },
  completionDrop: { keys: ['Delete'], label: 'keys.completion_drop' },
} satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

/** Work on every screen. */
export const GLOBAL_SHORTCUTS: readonly ShortcutId[] = [
  'help',
  'find',
  'admit',
  'today',
  'findMove',
  'findOpen',
  'findClear',
  'tabs',
];

const FORM: readonly ShortcutId[] = ['save', 'enterSaves', 'choiceMove', 'choiceClear', 'dateToday'];

/** What each screen adds, by its route (`register/record/…/delivery` → `delivery`). */
export const SCREEN_SHORTCUTS: Record<string, readonly ShortcutId[]> = {
  today: [],
  // The village, ASHA and referring facility complete from the register (register/entryChoices.ts).
  admit: [...FORM, 'completionTake', 'completionDrop'],
  delivery: FORM,
  outcome: FORM,
  record: ['save', 'previewClose'],
  book: ['bookMove', 'bookOpen'],
  slips: ['previewClose'],
  reports: ['save', 'monthStep'],
  settings: ['save', 'monthStep'],
  users: [],
  backup: [],
};

/** The screen a route shows, as SCREEN_SHORTCUTS names it. */
export function screenOf(route: readonly string[]): string {
  const [section = 'register', sub = 'today', , action] = route;
  if (section !== 'register') return section;
  if (sub === 'record') return action ?? 'record';
  return sub;
}
