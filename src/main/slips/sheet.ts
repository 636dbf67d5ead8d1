import { translate, type MessageParams } from '../../shared/i18n/translate';
import type { LANGUAGE_ORDERS } from '../../shared/slips/settings';
import { formatDMY, localTime } from '../../shared/time';
import { html, type SafeHtml } from './html';

export type LanguageOrder = (typeof LANGUAGE_ORDERS)[number];
type Value = string | number | SafeHtml | null | undefined;

/**
 * What one slip is written with: bilingual labels in the hospital's order, values formatted the same way on
 * every slip, and the list of fields the record does not have yet. A missing value prints as a line to
 * write on and is listed under "not yet entered", never as a blank that could be read as "no".
 */
export class Sheet {
  private readonly missingKeys = new Set<string>();

  constructor(readonly order: LanguageOrder) {}

  /** Label keys (`field.mother_name`) of every field printed as a blank, in order of appearance. */
  get missing(): string[] {
    return [...this.missingKeys];
  }

  /** "हिन्दी / English" (or English first), once when both read the same (BCG, RCH ID). */
  t(key: string, params?: MessageParams): string {
    const hi = translate('hi', key, params);
    const en = translate('en', key, params);
    if (hi === en) return hi;
    return this.order === 'hi_en' ? `${hi} / ${en}` : `${en} / ${hi}`;
  }

  /** Patient-facing text is printed Hindi first, whatever the label order (docs/domain/slips.md §0). */
  hindiFirst(key: string, params?: MessageParams): { hi: string; en: string } {
    return { hi: translate('hi', key, params), en: translate('en', key, params) };
  }

  /** A line to write on; `labelKey` is listed as not yet entered unless `optional`. */
  blank(labelKey: string, optional = false): SafeHtml {
    if (!optional) this.missingKeys.add(labelKey);
    return html`<span class="blank"></span>`;
  }

  value(labelKey: string, value: Value, optional = false): SafeHtml {
    if (value === null || value === undefined || value === '') return this.blank(labelKey, optional);
    return html`${value}`;
  }

  /** One "label: value" item. */
  row(labelKey: string, value: Value, options: { wide?: boolean; optional?: boolean; label?: string } = {}): SafeHtml {
    return html`<div class="${options.wide ? 'row wide' : 'row'}">
      <span class="k">${options.label ?? this.t(labelKey)}:</span>
      <span class="v">${this.value(labelKey, value, options.optional)}</span>
    </div>`;
  }

  code(list: string, code: string | null | undefined): string | null {
    return code ? this.t(`${list}.${code}`) : null;
  }

  /** A multi-choice field; `[]` is an explicit "none". */
  codes(list: string, codes: readonly string[] | null | undefined, other?: string | null): string | null {
    if (!codes) return null;
    if (codes.length === 0) return this.t('slip.none');
    return codes
      .map((c) => (c === 'other' && other ? `${this.t(`${list}.other`)}: ${other}` : this.t(`${list}.${c}`)))
      .join(', ');
  }

  yesNo(value: boolean | null | undefined): string | null {
    return value === null || value === undefined ? null : this.t(value ? 'yes' : 'no');
  }

  date(iso: string | null | undefined): string | null {
    return iso ? formatDMY(iso) : null;
  }

  dateTime(iso: string | null | undefined): string | null {
    return iso ? `${formatDMY(iso)} ${localTime(iso)}` : null;
  }
}
