/** The account tests/servers/web-child.ts adds on a fresh data folder. */
export const CHILD_USER = { username: 'clerk', password: 'clerk-pw-1234' };
