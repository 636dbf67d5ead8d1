import { useId, type ReactNode } from 'react';
import type { FieldIssue } from '../../../shared/errors';
import { useI18n } from '../i18n/I18n';

/** Issues for one field path, from a list of issues (client-side or from the service). */
export function issuesFor(issues: readonly FieldIssue[], field: string): FieldIssue[] {
  return issues.filter((issue) => issue.field === field);
}

interface FieldProps {
  /** Field name as in the domain documents; its label is `field.<name>`. */
  name: string;
  issues?: readonly FieldIssue[];
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined; name: string }) => ReactNode;
}

/** Label, control and translated messages for one field; the control gets the accessibility wiring. */
export function Field({ name, issues = [], hint, children }: FieldProps) {
  const { t } = useI18n();
  const id = useId();
  const own = issuesFor(issues, name);
  const messageId = own.length > 0 || hint ? `${id}-msg` : undefined;
  return (
    <div className={`field${own.some((i) => i.severity === 'error') ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{t(`field.${name}`)}</label>
      {children({ id, 'aria-invalid': own.length > 0, 'aria-describedby': messageId, name })}
      {messageId && (
        <div id={messageId} className="field-messages">
          {own.map((issue, index) => (
            <p key={index} className={issue.severity === 'warning' ? 'field-warning' : 'field-error'}>
              {t(issue.message, issue.params)}
            </p>
          ))}
          {hint && own.length === 0 && <p className="field-hint">{hint}</p>}
        </div>
      )}
    </div>
  );
}
