import { useEffect, useRef } from 'react';
import { translate } from '../../../shared/i18n/translate';
import { useI18n } from '../i18n/I18n';
import { GLOBAL_SHORTCUTS, SCREEN_SHORTCUTS, SHORTCUTS, type ShortcutId } from '../shortcuts';

/**
 * The keyboard help (F1 or ?): the shortcuts of the screen the user is on, then those of every screen, each in
 * Hindi and English side by side (a clerk reading the other language's screen still finds them). Esc closes.
 */
export function KeyboardHelp({ screen, onClose }: { screen: string; onClose: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const here = SCREEN_SHORTCUTS[screen] ?? [];
  return (
    // The native modal dialog: focus stays inside, Esc fires `cancel` → onClose.
    <dialog ref={dialog} className="keys-dialog" aria-labelledby="keys-title" onClose={onClose} data-testid="keyboard-help">
      <h2 id="keys-title">
        {translate('hi', 'keys.title')} / {translate('en', 'keys.title')}
      </h2>
      <KeyTable caption={t('keys.on_this_screen')} ids={here} empty={t('keys.none_here')} />
      <KeyTable caption={t('keys.everywhere')} ids={GLOBAL_SHORTCUTS} />
      <form method="dialog" className="form-actions">
        <button type="submit" className="primary" autoFocus>
          {t('keys.close')}
        </button>
      </form>
    </dialog>
  );
}

function KeyTable({ caption, ids, empty }: { caption: string; ids: readonly ShortcutId[]; empty?: string }) {
  const { t } = useI18n();
  return (
    <table className="table keys-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('keys.key')}</th>
          <th scope="col" lang="hi">
            हिन्दी
          </th>
          <th scope="col" lang="en">
            English
          </th>
        </tr>
      </thead>
      <tbody>
        {ids.length === 0 && empty && (
          <tr>
            <td colSpan={3} className="muted">
              {empty}
            </td>
          </tr>
        )}
        {ids.map((id) => (
          <tr key={id} data-shortcut={id}>
            <td className="nowrap">
              {SHORTCUTS[id].keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' / '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </td>
            <td lang="hi">{translate('hi', SHORTCUTS[id].label)}</td>
            <td lang="en">{translate('en', SHORTCUTS[id].label)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
