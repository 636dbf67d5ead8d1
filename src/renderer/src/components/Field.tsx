import { useId, type ReactNode } from 'react';
import type { FieldIssue } from '../../../shared/errors';
import { useI18n } from '../i18n/I18n';

/** Issues for one field path, from a list of issues (client-side or from the service). */
export function issuesFor(issues: readonly FieldIssue[], field: string): FieldIssue[] {
  return issues.filter((issue) => issue.field === field);
}

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  /** For groups of radios or checkboxes: the label's id. */
  'aria-labelledby'?: string;
  name: string;
  'data-path': string;
}

interface FieldProps {
  /** Field name as in the domain documents; its label is `field.<name>`. */
  name: string;
  /** Where its issues point (`fields.mobile`, `babies.1.sex`); the name when not given. */
  path?: string;
  /** A label other than `field.<name>` (already translated). */
  label?: string;
  issues?: readonly FieldIssue[];
  hint?: ReactNode;
  /** A group of radios or checkboxes: the label names the group instead of one input. */
  group?: boolean;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}

/** Label, control and translated messages for one field; the control gets the accessibility wiring. */
export function Field({ name, path, label, issues = [], hint, group, className, children }: FieldProps) {
  const { tx } = useI18n();
  const id = useId();
  const at = path ?? name;
  const own = issuesFor(issues, at);
  const messageId = own.length > 0 || hint ? `${id}-msg` : undefined;
  const labelId = `${id}-label`;
  const invalid = own.some((i) => i.severity === 'error');
  const warned = !invalid && own.length > 0;
  const text = label ?? tx(`field.${name}`);
  return (
    <div className={`field${invalid ? ' field-invalid' : ''}${warned ? ' field-warned' : ''}${className ? ` ${className}` : ''}`}>
      {group ? (
        <span className="field-label" id={labelId}>
          {text}
        </span>
      ) : (
        <label htmlFor={id} id={labelId}>
          {text}
        </label>
      )}
      {children({
        id,
        'aria-invalid': invalid,
        'aria-describedby': messageId,
        ...(group ? { 'aria-labelledby': labelId } : {}),
        name,
        'data-path': at,
      })}
      {messageId && (
        <div id={messageId} className="field-messages">
          {own.map((issue, index) => (
            <p key={index} className={issue.severity === 'warning' ? 'field-warning' : 'field-error'}>
              {tx(issue.message, issue.params)}
            </p>
          ))}
          {hint && own.length === 0 && <div className="field-hint">{hint}</div>}
        </div>
      )}
    </div>
  );
}
