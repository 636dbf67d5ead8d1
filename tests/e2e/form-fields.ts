import { expect, type Locator, type Page } from '@playwright/test';

/** A form field by its exact label (the inner locator of `filter` is matched inside the outer one: built from the page). */
export const field = (scope: Page | Locator, label: string) => {
  const page = 'page' in scope && typeof scope.page === 'function' ? (scope as Locator).page() : (scope as Page);
  return scope.locator('.field').filter({ has: page.locator(`:is(label, .field-label):text-is("${label}")`) });
};

/** Types a date and time into the two boxes of a date-time field, as the clerk does. */
export async function typeDateTime(scope: Page | Locator, label: string, at: { date: string; time: string }) {
  const box = field(scope, label);
  await box.locator('input').nth(0).fill(at.date);
  await box.locator('input').nth(1).fill(at.time);
}

/** A local `YYYY-MM-DDTHH:mm` as the boxes take it: DD-MM-YYYY and HH:mm. */
export function typedAt(iso: string): { date: string; time: string } {
  return { date: `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`, time: iso.slice(11, 16) };
}

/** The record's identity section; `editIdentity` opens its editor, whose first box (IPD no.) takes the focus. */
export const identitySection = (page: Page) => page.getByTestId('section-identity');

export async function editIdentity(page: Page): Promise<void> {
  const identity = identitySection(page);
  await identity.getByRole('button', { name: 'Edit: Admission and identity' }).click();
  await expect(identity.getByLabel('IPD no.')).toBeFocused();
}
