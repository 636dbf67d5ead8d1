import { describe, expect, it } from 'vitest';
import type { EntryChoices } from '../../src/shared/contract/entry-choices';
import { withVillageBlock } from '../../src/renderer/src/register/entryChoices';

const choices: EntryChoices = {
  villages: [{ village: 'Belwa', block: 'Thakurganj' }],
  asha_names: [],
  referred_from: [],
};

describe('a known village fills in its block', () => {
  it('on an admission: the block follows the village, back to empty for an unknown one, never over a typed block', () => {
    const filled = withVillageBlock({ village_ward: 'belwa', block: '' }, choices, null);
    expect(filled).toEqual({ draft: { village_ward: 'belwa', block: 'Thakurganj' }, filled: 'Thakurganj' });
    expect(withVillageBlock({ village_ward: 'Bel', block: 'Thakurganj' }, choices, 'Thakurganj')).toEqual({
      draft: { village_ward: 'Bel', block: '' },
      filled: null,
    });
    const typed = { village_ward: 'Belwa', block: 'Pothia' };
    expect(withVillageBlock(typed, choices, null)).toEqual({ draft: typed, filled: null });
  });

  it("in a record's editor: a known village replaces the saved block, an unknown one keeps it, a typed block stays", () => {
    expect(withVillageBlock({ village_ward: 'Belwa', block: 'Pothia' }, choices, null, 'Pothia').draft.block).toBe('Thakurganj');
    expect(withVillageBlock({ village_ward: 'Belwx', block: 'Thakurganj' }, choices, 'Thakurganj', 'Pothia')).toEqual({
      draft: { village_ward: 'Belwx', block: 'Pothia' },
      filled: null,
    });
    const typed = { village_ward: 'Belwa', block: 'Bahadurganj' };
    expect(withVillageBlock(typed, choices, null, 'Pothia')).toEqual({ draft: typed, filled: null });
  });
});
