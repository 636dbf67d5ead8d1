/** Injected wherever "now" matters (no-future checks, report month, backups), so tests can fix it. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
