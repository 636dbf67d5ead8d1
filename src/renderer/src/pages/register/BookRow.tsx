import type { EpisodeSummary, REGISTER_SORT_KEYS } from '../../../../shared/contract/register';
import { BabiesText } from '../../components/register-bits';
import { useI18n } from '../../i18n/I18n';
import { codeLabel, formatDate, formatDateTime } from '../../register/format';

/* One line of the register book and its columns, as the paper book has them. */

export const ROW_HEIGHT = 50;

export type SortKey = (typeof REGISTER_SORT_KEYS)[number];

export interface Column {
  id: string;
  label: string;
  sort?: SortKey;
}

export const COLUMNS: Column[] = [
  { id: 'serial', label: 'col.serial', sort: 'serial' },
  { id: 'admitted', label: 'col.admitted', sort: 'admission_at' },
  { id: 'name', label: 'col.name', sort: 'mother_name' },
  { id: 'age', label: 'col.age', sort: 'age_years' },
  { id: 'relative', label: 'col.relative' },
  { id: 'address', label: 'col.address' },
  { id: 'contact', label: 'col.contact' },
  { id: 'gp', label: 'col.gp' },
  { id: 'delivery', label: 'col.delivery', sort: 'delivery_at' },
  { id: 'mode', label: 'col.mode' },
  { id: 'babies', label: 'col.babies' },
  { id: 'outcome', label: 'col.outcome', sort: 'outcome_at' },
];

export function BookRow(props: {
  index: number;
  row: EpisodeSummary | undefined;
  active: boolean;
  top: number;
  onOpen: (row: EpisodeSummary) => void;
  onPick: () => void;
}) {
  const { t, tx } = useI18n();
  const { row } = props;
  const style = { transform: `translateY(${props.top}px)`, height: ROW_HEIGHT };
  if (!row) {
    return (
      <div className="book-row loading" role="row" style={style} id={`book-row-${props.index}`} aria-rowindex={props.index + 2}>
        <div className="cell" role="cell">
          …
        </div>
      </div>
    );
  }
  const cls = ['book-row', row.voided ? 'voided' : '', props.active ? 'active' : '', row.high_risk ? 'row-risk' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={cls}
      role="row"
      style={style}
      id={`book-row-${props.index}`}
      aria-rowindex={props.index + 2}
      aria-selected={props.active}
      data-testid="book-row"
      onClick={() => {
        props.onPick();
        props.onOpen(row);
      }}
    >
      <div role="cell" className="cell cell-serial">
        {row.serial_no}
        {row.voided && <span className="badge badge-void">{t('state.voided')}</span>}
      </div>
      <div role="cell" className="cell cell-admitted">
        {formatDate(row.admission_at)}
        <span className="sub">{row.admission_at?.slice(11, 16)}</span>
      </div>
      <div role="cell" className="cell cell-name">
        <span className="strike">{row.mother_name ?? '—'}</span>
        {row.high_risk && <span className="risk-dot" title={t('risk.high')} aria-label={t('risk.high')} />}
      </div>
      <div role="cell" className="cell cell-age">
        {row.age_years ?? ''}
      </div>
      <div role="cell" className="cell cell-relative">
        {row.relative_name
          ? `${row.relation_type ? t(`relation_type.${row.relation_type}`) : ''} ${row.relative_name}`.trim()
          : ''}
      </div>
      <div role="cell" className="cell cell-address">
        {row.village_ward ?? ''}
        <span className="sub">{row.block ?? ''}</span>
      </div>
      <div role="cell" className="cell cell-contact">
        {row.mobile ?? ''}
        <span className="sub">{row.rch_id ?? ''}</span>
      </div>
      <div role="cell" className="cell cell-gp">
        {row.gravida != null ? `G${row.gravida} P${row.para ?? '?'}` : ''}
      </div>
      <div role="cell" className="cell cell-delivery">
        {formatDate(row.delivery_at)}
        <span className="sub">{row.delivery_at?.slice(11, 16)}</span>
      </div>
      <div role="cell" className="cell cell-mode">
        {row.mode ? codeLabel(tx, 'mode', row.mode) : ''}
      </div>
      <div role="cell" className="cell cell-babies">
        <BabiesText babies={row.babies} />
      </div>
      <div role="cell" className="cell cell-outcome">
        {row.outcome
          ? codeLabel(tx, 'outcome', row.outcome)
          : row.record_state !== 'closed'
            ? t(`record_state.${row.record_state}`)
            : ''}
        <span className="sub">{formatDateTime(row.outcome_at)}</span>
        {row.referral_delay_minutes !== null && (
          <span className="sub" data-testid="book-referral-delay">
            {t('col.referral_delay')}: {t('care.delay_minutes', { minutes: row.referral_delay_minutes })}
          </span>
        )}
      </div>
    </div>
  );
}
