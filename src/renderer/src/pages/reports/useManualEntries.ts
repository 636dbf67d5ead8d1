import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HmisReport, ReportInputsPatch } from '../../../../shared/hmis/report';
import { AppError } from '../../../../shared/errors';
import { transportKind } from '../../api/client';
import { useAction, useFetchOp, useOpMutation } from '../../api/query';
import { useI18n } from '../../i18n/I18n';
import { addLeaveGuard } from '../../leave';

/** What is typed in one manual item's boxes, as text (a half-typed or wrong entry is kept as typed). */
export interface Entry {
  in_facility: string;
  outreach: string;
}

/** Typed entries not yet stored, per report (`month|format`), per item. */
type Drafts = Record<string, Record<string, Entry>>;

/** Entries are stored this long after the last keystroke (and at once on leaving a box, Ctrl+S, export). */
export const SAVE_DELAY_MS = 600;

export const toNumber = (text: string): number | null => (text.trim() === '' ? null : Number(text));
export const validCount = (text: string) => text.trim() === '' || /^\d{1,6}$/.test(text.trim());
const validEntry = (e: Entry) => validCount(e.in_facility) && validCount(e.outreach);
const reportKey = (r: Pick<HmisReport, 'month' | 'format'>) => `${r.month}|${r.format.id}`;

/** Every typed text that is not a count, in any month's drafts: what leaving the screen would lose. */
function notCounts(drafts: Drafts): { item: string; text: string }[] {
  return Object.values(drafts).flatMap((items) =>
    Object.entries(items).flatMap(([item, entry]) =>
      [entry.in_facility, entry.outreach].filter((text) => !validCount(text)).map((text) => ({ item, text })),
    ),
  );
}

export const storedEntry = (report: HmisReport, itemNo: string): Entry => {
  const item = report.items.find((i) => i.item_no === itemNo);
  return {
    in_facility: item?.value == null ? '' : String(item.value),
    outreach: item?.outreach == null ? '' : String(item.outreach),
  };
};

/** The patch that stores the valid drafts that differ from the report (null = nothing to store). */
function patchOf(report: HmisReport, drafts: Record<string, Entry>): NonNullable<ReportInputsPatch['manual']> | null {
  const manual: NonNullable<ReportInputsPatch['manual']> = {};
  for (const [itemNo, entry] of Object.entries(drafts)) {
    const item = report.items.find((i) => i.item_no === itemNo);
    if (!item || item.source !== 'manual' || !validEntry(entry)) continue;
    const next = { in_facility: toNumber(entry.in_facility), outreach: toNumber(entry.outreach) };
    if (next.in_facility === item.value && next.outreach === item.outreach) continue;
    manual[itemNo] = next.in_facility === null && next.outreach === null ? null : next;
  }
  return Object.keys(manual).length > 0 ? manual : null;
}

/**
 * The report's hand-entered items, never silently lost (issue 10 item 2): what is typed is kept as a draft of its
 * month and stored on its own shortly after typing stops, when the box is left, on Ctrl+S, before an export, on
 * a change of month and when the screen closes; a reload with a draft not yet stored asks first. Saves run one
 * after another, each on the version the last one returned, so quick typing never conflicts with itself.
 */
export function useManualEntries(report: HmisReport | undefined) {
  const client = useQueryClient();
  const [drafts, setDraftsState] = useState<Drafts>({});
  const draftsRef = useRef<Drafts>({});
  const setDrafts = useCallback((update: (d: Drafts) => Drafts) => {
    draftsRef.current = update(draftsRef.current);
    setDraftsState(draftsRef.current);
  }, []);
  /** The newest stored state of each report this screen has shown (the version the next save must name). */
  const known = useRef(new Map<string, HmisReport>());
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const [error, setError] = useState<unknown>(null);
  /** The report whose typed entries were all stored last (cleared by typing): the screen says "Saved." */
  const [savedKey, setSavedKey] = useState<string | null>(null);

  /** A report the service answered with (a save, an export): every cached view of it shows the new state. */
  const stored = useCallback(
    (next: HmisReport) => {
      known.current.set(reportKey(next), next);
      client.setQueriesData<HmisReport>({ queryKey: ['getHmisReport'] }, (old) =>
        old && reportKey(old) === reportKey(next) ? next : old,
      );
    },
    [client],
  );
  useEffect(() => {
    if (!report) return;
    const seen = known.current.get(reportKey(report));
    if (!seen || seen.version <= report.version) known.current.set(reportKey(report), report);
  }, [report]);

  const { mutateAsync } = useOpMutation('saveHmisInputs', { invalidates: ['dhis2Report'], onSuccess: stored });
  const fetchOp = useFetchOp();
  // One store at a time (the chain below): its pending state is the screen's "Saving…".
  const { mutateAsync: store, isPending: saving } = useAction((job: () => Promise<HmisReport>) => job());

  /**
   * Stores a change of one report's inputs after every save before it, on the version the last one returned. The
   * change is built when its turn comes (`null`: nothing to store), so it names what is typed by then.
   */
  const enqueue = useCallback(
    (key: string, build: (base: HmisReport) => ReportInputsPatch | null): Promise<HmisReport | undefined> => {
      const run = async () => {
        const base = known.current.get(key);
        const patch = base && build(base);
        if (!base || !patch) return base;
        const input = { month: base.month, format_id: base.format.id, patch };
        try {
          return await store(async () => {
            try {
              return await mutateAsync({ ...input, version: base.version });
            } catch (e) {
              // Someone else stored this month's inputs meanwhile: the patch names only its own items and notes,
              // so store it on their version (what was typed here is the newer word on these).
              if (!(e instanceof AppError && e.code === 'conflict')) throw e;
              const theirs = await fetchOp('getHmisReport', { month: input.month, format_id: input.format_id });
              return await mutateAsync({ ...input, version: theirs.version });
            }
          });
        } catch (e) {
          setError(e);
          throw e;
        }
      };
      const next = chain.current.then(run, run);
      chain.current = next.catch(() => undefined);
      return next;
    },
    [mutateAsync, fetchOp, store],
  );

  const saveNow = useCallback(
    async (key: string): Promise<HmisReport | undefined> => {
      clearTimeout(timers.current.get(key));
      timers.current.delete(key);
      let sent: Record<string, Entry> = {};
      const result = await enqueue(key, (base) => {
        sent = draftsRef.current[key] ?? {};
        const manual = patchOf(base, sent);
        return manual && { manual };
      });
      if (!result) return result;
      setError(null);
      setSavedKey(key);
      // Drop the drafts the stored report now holds, unless typed over while the save was on its way.
      setDrafts((all) => {
        const left = { ...all[key] };
        for (const [itemNo, entry] of Object.entries(sent)) {
          const now = storedEntry(result, itemNo);
          const same = validEntry(entry) && toNumber(entry.in_facility) === toNumber(now.in_facility);
          if (left[itemNo] === entry && same && toNumber(entry.outreach) === toNumber(now.outreach)) delete left[itemNo];
        }
        return { ...all, [key]: left };
      });
      return result;
    },
    [enqueue, setDrafts],
  );

  const saveAll = useCallback(() => {
    for (const key of Object.keys(draftsRef.current)) void saveNow(key).catch(() => undefined);
  }, [saveNow]);

  const change = (itemNo: string, entry: Entry) => {
    if (!report) return;
    const key = reportKey(report);
    setDrafts((all) => ({ ...all, [key]: { ...all[key], [itemNo]: entry } }));
    setSavedKey(null);
    clearTimeout(timers.current.get(key));
    timers.current.set(
      key,
      setTimeout(() => void saveNow(key).catch(() => undefined), SAVE_DELAY_MS),
    );
  };

  const pending = (key: string) => Object.keys(draftsRef.current[key] ?? {}).length > 0;

  // Leaving the screen stores what is typed. A reload or closing the tab also asks in a browser while something is
  // unsaved; in the desktop window the save is sent (the main process finishes it) without asking, as nothing is
  // lost there (a value that is not a number asks through the leave guard below).
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => {
      if (!Object.keys(draftsRef.current).some(pending)) return;
      saveAll();
      if (transportKind === 'http') e.preventDefault();
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      saveAll();
    };
  }, [saveAll]);

  // A text that is not a count can be neither stored nor kept once the screen closes: leaving asks, naming it
  // (the valid entries are stored either way).
  const { t } = useI18n();
  useEffect(
    () =>
      addLeaveGuard({
        dirty: () => notCounts(draftsRef.current).length > 0,
        question: () =>
          t('reports.leave_invalid', {
            items: notCounts(draftsRef.current)
              .map(({ item, text }) => t('reports.leave_invalid_item', { item, text: `“${text.trim()}”` }))
              .join(', '),
          }),
        flush: async () => saveAll(),
      }),
    [saveAll, t],
  );

  const key = report ? reportKey(report) : '';
  const mineHere = drafts[key] ?? {};
  const invalid = Object.entries(mineHere)
    .filter(([, e]) => !validEntry(e))
    .map(([itemNo]) => itemNo);
  return {
    /** The text in an item's boxes: the draft, or what is stored. */
    entry: (itemNo: string): Entry =>
      mineHere[itemNo] ?? (report ? storedEntry(report, itemNo) : { in_facility: '', outreach: '' }),
    change,
    /** Stores this report's drafts now (leaving a box, Ctrl+S, before an export, a change of month). */
    save: () => (report ? saveNow(key) : Promise.resolve(undefined)),
    /** Items whose typed text is not a count: kept on screen, never stored or exported as something else. */
    invalid,
    unsaved: Object.keys(mineHere).length - invalid.length > 0,
    saving,
    saved: savedKey === key && Object.keys(mineHere).length === 0,
    error,
    /** A report from an export or sign-off: shown everywhere it is cached. */
    stored,
    /** Stores an override or a warning's note, in turn with the entries. */
    edit: (patch: ReportInputsPatch) => (report ? enqueue(reportKey(report), () => patch) : Promise.resolve(undefined)),
  };
}
