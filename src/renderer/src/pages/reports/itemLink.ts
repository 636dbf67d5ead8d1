/** The report screen gives each item's row the id `report-item-<no>`: checks and DHIS2 conflicts lead there. */
export const reportItemId = (itemNo: string): string => `report-item-${itemNo}`;

/** Scrolls to an item's row and focuses it (the row's focus style is the highlight). */
export function showItem(itemNo: string): void {
  const row = document.getElementById(reportItemId(itemNo));
  if (!row) return;
  row.scrollIntoView({ block: 'center' });
  row.focus();
}
