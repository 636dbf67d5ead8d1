import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import type { EpisodeSummary } from '../../../shared/contract/register';
import { useOp } from '../api/query';
import { useI18n } from '../i18n/I18n';
import { formatDateTime } from '../register/format';
import { navigate } from '../router';
import { StateBadge } from './register-bits';

export const FIND_INPUT_ID = 'find-box';
const DEBOUNCE_MS = 120;

/**
 * Find as you type, from every screen (F2 or Ctrl+K): name in either script, husband's name, mobile, RCH ID,
 * serial. Answers to older keystrokes are dropped, so the list always matches what is in the box. Arrows move,
 * Enter opens the highlighted record (the first one by default), Escape clears.
 */
export function FindBox() {
  const { t } = useI18n();
  const listId = useId();
  const [query, setQuery] = useState('');
  /** The text asked about: what is in the box after a pause in typing. */
  const [asked, setAsked] = useState('');
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  /** Enter pressed before the answer to the current text arrived: open its first result when it does. */
  const enterPending = useRef(false);
  /** Closing the list on blur waits for a click on a result; focusing again cancels it. */
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const text = query.trim();
    const timer = setTimeout(() => setAsked(text), text ? DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [query]);
  // The previous answer stays in the list until the next one arrives; the data layer drops answers to older text.
  const found = useOp('findEpisodes', { query: asked, limit: 12 }, { enabled: asked !== '', placeholderData: keepPreviousData });
  const results: EpisodeSummary[] | null = found.error ? [] : (found.data ?? null);
  /** The text the list answers (null while the answer to the asked text is on its way). */
  const answered = found.error || (found.isSuccess && !found.isPlaceholderData) ? asked : null;
  // The highlighted row, for the answer it was chosen in (a new answer starts at the top again).
  const [picked, setPicked] = useState({ answered, index: 0 });
  const active = picked.answered === answered ? picked.index : 0;
  const setActive = (index: number) => setPicked({ answered, index });

  const openRecord = (row: EpisodeSummary | undefined) => {
    if (!row) return;
    setOpen(false);
    setQuery('');
    input.current?.blur();
    navigate(`register/record/${row.id}`);
  };

  const current = answered !== null && answered === query.trim() ? results : null;
  useEffect(() => {
    if (!current || !enterPending.current) return;
    enterPending.current = false;
    openRecord(current[0]);
  });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = results?.length ?? 0;
    if (e.key === 'ArrowDown' && count > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((active + 1) % count);
    } else if (e.key === 'ArrowUp' && count > 0) {
      e.preventDefault();
      setActive((active - 1 + count) % count);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (query.trim() && answered !== query.trim()) enterPending.current = true;
      else openRecord(results?.[active]);
    } else if (e.key === 'Escape') {
      setQuery('');
      setOpen(false);
      input.current?.blur();
    }
  };

  const showList = open && query.trim() !== '' && results !== null;
  const optionId = (i: number) => `${listId}-opt-${i}`;
  return (
    <div className="find">
      <input
        ref={input}
        id={FIND_INPUT_ID}
        type="search"
        role="combobox"
        aria-label={t('find.label')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results?.length ? optionId(active) : undefined}
        placeholder={t('find.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          clearTimeout(closing.current);
          setOpen(true);
        }}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="find-panel">
          {results.length === 0 ? (
            <p className="find-empty">{t('find.none', { query: query.trim() })}</p>
          ) : (
            <ul role="listbox" id={listId} aria-label={t('find.results')}>
              {results.map((row, i) => (
                <li
                  key={row.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={`find-row${i === active ? ' active' : ''}${row.voided ? ' voided' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => openRecord(row)}
                >
                  <span className="find-serial">{row.serial_no}</span>
                  <span className="find-main">
                    <span className="find-name">{row.mother_name ?? '—'}</span>
                    <span className="find-sub">
                      {[
                        row.age_years != null ? t('unit.years', { years: row.age_years }) : '',
                        row.relative_name
                          ? `${row.relation_type ? t(`relation_type.${row.relation_type}`) : ''} ${row.relative_name}`.trim()
                          : '',
                        [row.village_ward, row.block].filter(Boolean).join(', '),
                        row.mobile ?? '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                  <span className="find-when">{formatDateTime(row.admission_at)}</span>
                  <StateBadge entry={row} />
                </li>
              ))}
            </ul>
          )}
          <p className="find-help">{t('find.help')}</p>
        </div>
      )}
    </div>
  );
}
