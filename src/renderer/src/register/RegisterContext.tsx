import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { DEFAULT_REGISTER_POLICY, type RegisterPolicy } from '../../../shared/register/policy';
import type { RuleContext } from '../../../shared/register/rules';
import { useOp } from '../api/query';
import { useAppState } from '../state';
import { inputClock, type InputClock } from './dateInput';

interface RegisterContextValue {
  policy: RegisterPolicy;
  timeZone: string;
  /** "Now" for typed dates and times, read when called. */
  clock: () => InputClock;
  /** What the shared rules need to judge a record now (the same rules the service applies). */
  ruleContext: () => RuleContext;
}

const RegisterContext = createContext<RegisterContextValue | null>(null);

/** The register policy (warning thresholds) and the facility's clock, for client-side checks. */
export function RegisterProvider({ children }: { children: ReactNode }) {
  const { settings } = useAppState();
  const timeZone = settings?.time_zone ?? 'Asia/Kolkata';
  // The defaults serve until the stored policy loads (or if it cannot); the service judges with the stored one
  // anyway. Saving the policy in Settings refreshes this read.
  const policy = useOp('getRegisterPolicy', {}).data ?? DEFAULT_REGISTER_POLICY;
  const clock = useCallback(() => inputClock(timeZone), [timeZone]);
  const ruleContext = useCallback((): RuleContext => {
    const now = new Date();
    return { now, policy, today: inputClock(timeZone, now.getTime()).today };
  }, [policy, timeZone]);
  return <RegisterContext.Provider value={{ policy, timeZone, clock, ruleContext }}>{children}</RegisterContext.Provider>;
}

export function useRegister(): RegisterContextValue {
  const value = useContext(RegisterContext);
  if (!value) throw new Error('useRegister outside RegisterProvider');
  return value;
}
