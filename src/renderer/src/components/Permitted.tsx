import { useId, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { contract, type OpName } from '../../../shared/contract';
import { useAuth } from '../auth';
import { useI18n } from '../i18n/I18n';

/** Whether the logged-in user may call an operation: the permission the contract names, held as the admin set it. */
export function useCanOp(): (op: OpName) => boolean {
  const { can } = useAuth();
  return (op) => can(contract[op].permission);
}

/** Why an operation is refused to this user (role and permission named), or null when it is allowed. */
export function useDeniedReason(): (op: OpName) => string | null {
  const { t } = useI18n();
  const { session } = useAuth();
  const canOp = useCanOp();
  return (op) =>
    canOp(op) ? null : t('roles.denied', { role: `role.${session.user.role}`, permission: `perm.${contract[op].permission}` });
}

/**
 * A button for an action that needs an operation: when the user's role may not call it, it stays in place but
 * disabled, with the reason beside it, so nobody fills a form the service will refuse.
 */
export function OpButton({
  op,
  long = false,
  children,
  ...props
}: {
  op: OpName;
  children: ReactNode;
  /** The whole reason beside the button (where there is room), else its short form. */ long?: boolean;
} & ButtonHTMLAttributes<HTMLButtonElement>) {
  const { t } = useI18n();
  const { session } = useAuth();
  const reason = useDeniedReason()(op);
  const id = useId();
  if (reason === null) {
    return (
      <button type="button" {...props}>
        {children}
      </button>
    );
  }
  return (
    <span className="denied-action">
      <button
        type="button"
        {...props}
        // Not the screen's main action when it cannot be done.
        className={props.className?.replace(/\bprimary\b/, '').trim() || undefined}
        onClick={undefined}
        disabled
        aria-describedby={id}
        title={reason}
      >
        {children}
      </button>
      <span id={id} className="denied-reason" title={reason} data-testid="denied-reason">
        {long ? reason : t('roles.denied_short', { role: `role.${session.user.role}` })}
      </span>
    </span>
  );
}

/** In place of a form the user's role may not save: the reason, before anything is typed. */
export function DeniedPanel({ op }: { op: OpName }) {
  const reason = useDeniedReason()(op);
  return (
    <div className="banner banner-error" role="alert" data-testid="forbidden">
      {reason}
    </div>
  );
}
