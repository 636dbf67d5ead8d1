import { useI18n } from '../i18n/I18n';

export type SaveStatus = 'idle' | 'saving' | 'saved';

/** The foot of a settings form: Save (disabled while saving) and, once saved, what was saved, announced. */
export function SaveActions({ status, savedText }: { status: SaveStatus; savedText: string }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="primary" disabled={status === 'saving'}>
        {status === 'saving' ? t('status.saving') : t('action.save')}
      </button>
      {status === 'saved' && (
        <span className="ok" role="status">
          {savedText}
        </span>
      )}
    </div>
  );
}
