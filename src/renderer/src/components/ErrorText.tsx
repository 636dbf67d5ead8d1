import { AppError } from '../../../shared/errors';
import { useI18n } from '../i18n/I18n';

/** A translated message for any failure: a typed AppError, or anything else as a generic error. */
export function useErrorText(): (error: unknown) => string {
  const { t, tx } = useI18n();
  return (error: unknown) => {
    if (error instanceof AppError) return tx(error.message, error.params);
    return t('error.internal', { ref: '-' });
  };
}

export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = useErrorText();
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>{text(error)}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('action.retry')}
        </button>
      )}
    </div>
  );
}

/** The top of a settings form: the service's error, and "fix the fields below" when fields were refused. */
export function FormErrors({ error, invalid }: { error: unknown; invalid: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <ErrorBanner error={error} />
      {invalid && (
        <div className="banner banner-error" role="alert">
          {t('error.invalid_input')}
        </div>
      )}
    </>
  );
}
