import { useState } from 'react';
import type { MappingView } from '../../../../shared/contract/dhis2';
import { blankMappingRow, type MappingRow, type StoredMappingRow } from '../../../../shared/dhis2';
import type { ReportItemValue } from '../../../../shared/report-values';
import { useI18n } from '../../i18n/I18n';

export type Item = Omit<ReportItemValue, 'value'>;

/** One item's mapping: the data element and category option combo (chosen from the server's list when known). */
export function MappingRowEditor({
  item,
  stored,
  elements,
  onSave,
  busy,
}: {
  item: Item;
  stored: StoredMappingRow | null;
  elements: NonNullable<MappingView['metadata']>['elements'];
  onSave: (row: MappingRow) => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  const [row, setRow] = useState<MappingRow>(() => {
    if (!stored) return blankMappingRow(item.item_no);
    const { source: _s, updated_at: _u, ...rest } = stored;
    return rest;
  });
  const element = elements.find((e) => e.id === row.data_element);
  const status = !stored ? 'unmapped' : stored.excluded ? 'excluded' : 'mapped';
  const label = `${item.item_no} ${item.wording ?? ''}`.trim();

  const chooseElement = (id: string) => {
    const de = elements.find((e) => e.id === id);
    const only = de?.category_option_combos.length === 1 ? de.category_option_combos[0] : undefined;
    setRow({
      ...row,
      data_element: id,
      data_element_code: de?.code ?? '',
      data_element_name: de?.name ?? '',
      category_option_combo: only?.id ?? '',
      category_option_combo_code: only?.code ?? '',
      category_option_combo_name: only?.name ?? '',
    });
  };
  const chooseCombo = (id: string) => {
    const coc = element?.category_option_combos.find((c) => c.id === id);
    setRow({
      ...row,
      category_option_combo: id,
      category_option_combo_code: coc?.code ?? '',
      category_option_combo_name: coc?.name ?? '',
    });
  };

  return (
    <tr className={`mapping-${status}`}>
      <td>{item.item_no}</td>
      <td className="wording">{item.wording}</td>
      <td>
        <span className={`pill pill-${status}`}>{t(`dhis2.mapping.status_${status}`)}</span>
      </td>
      <td>
        {elements.length > 0 ? (
          <select
            aria-label={`${t('field.data_element')}: ${label}`}
            value={row.data_element}
            disabled={row.excluded}
            onChange={(e) => chooseElement(e.target.value)}
          >
            <option value="">{t('dhis2.mapping.choose')}</option>
            {elements.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} ({e.code || e.id})
              </option>
            ))}
          </select>
        ) : (
          <input
            aria-label={`${t('field.data_element')}: ${label}`}
            value={row.data_element}
            disabled={row.excluded}
            onChange={(e) => setRow({ ...row, data_element: e.target.value.trim() })}
            spellCheck={false}
          />
        )}
      </td>
      <td>
        {element ? (
          <select
            aria-label={`${t('field.category_option_combo')}: ${label}`}
            value={row.category_option_combo}
            disabled={row.excluded}
            onChange={(e) => chooseCombo(e.target.value)}
          >
            {element.category_option_combos.length > 1 && <option value="">{t('dhis2.mapping.choose')}</option>}
            {element.category_option_combos.map((c) => (
              <option key={c.id} value={c.id}>
                {element.category_option_combos.length === 1 ? t('dhis2.mapping.default_combo') : c.name}
              </option>
            ))}
          </select>
        ) : (
          <input
            aria-label={`${t('field.category_option_combo')}: ${label}`}
            value={row.category_option_combo}
            disabled={row.excluded}
            onChange={(e) => setRow({ ...row, category_option_combo: e.target.value.trim() })}
            spellCheck={false}
          />
        )}
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`${t('field.excluded')}: ${label}`}
          checked={row.excluded}
          onChange={(e) => setRow({ ...row, excluded: e.target.checked })}
        />
      </td>
      <td>
        <button type="button" disabled={busy || (!row.excluded && !row.data_element)} onClick={() => onSave(row)}>
          {t('dhis2.mapping.save_row')}
        </button>
      </td>
    </tr>
  );
}
