import type { ReactNode } from 'react';
import type { FieldIssue } from '../../../shared/errors';
import type { Draft, DraftValue } from '../register/draft';
import type { FieldKind } from '../register/fields';
import { FormField } from './inputs';

interface FieldsGridProps {
  names: readonly string[];
  kinds: Record<string, FieldKind>;
  draft: Draft;
  onChange: (name: string, value: DraftValue) => void;
  issues: readonly FieldIssue[];
  /** Path prefix of the save input: `fields.`, `babies.0.`, `referral.`. */
  prefix: string;
  visible?: (name: string) => boolean;
  autoFocus?: string;
  /** Fields that take a whole row. */
  wide?: readonly string[];
  /** Fields that take two columns. */
  double?: readonly string[];
  className?: string;
  /** Earlier values per text field, completed as typed (register/entryChoices.ts). */
  completions?: Readonly<Record<string, readonly string[]>>;
  /** A hint under a field, by name, in place of the typed-date echo. */
  hints?: Readonly<Record<string, ReactNode>>;
}

/** The fields of one form section, in tab order, hiding those that do not apply. */
export function FieldsGrid(props: FieldsGridProps) {
  return (
    <div className={`form-grid${props.className ? ` ${props.className}` : ''}`}>
      {props.names
        .filter((name) => !props.visible || props.visible(name))
        .map((name) => {
          const kind = props.kinds[name];
          if (!kind) return null;
          return (
            <FormField
              key={name}
              name={name}
              kind={kind}
              value={props.draft[name]}
              onChange={(value) => props.onChange(name, value)}
              path={`${props.prefix}${name}`}
              issues={props.issues}
              autoFocus={props.autoFocus === name}
              wide={props.wide?.includes(name) || undefined}
              double={props.double?.includes(name) || undefined}
              completions={props.completions?.[name]}
              hint={props.hints?.[name]}
            />
          );
        })}
    </div>
  );
}
