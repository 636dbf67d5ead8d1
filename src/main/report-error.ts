import { AppError } from '../shared/errors';
import { translate } from '../shared/i18n/translate';

/** Prints an error for a terminal user: English, each field issue, then Hindi. */
export function reportError(error: unknown): void {
  if (error instanceof AppError) {
    console.error(translate('en', error.message, error.params));
    for (const issue of error.issues ?? []) console.error(`  ${issue.field}: ${translate('en', issue.message, issue.params)}`);
    console.error(translate('hi', error.message, error.params));
  } else {
    console.error(error instanceof Error ? error.message : String(error));
  }
}
