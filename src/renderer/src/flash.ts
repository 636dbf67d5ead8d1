import { useEffect, useState } from 'react';
import type { MessageParams } from '../../shared/i18n/translate';

interface Flash {
  key: string;
  params?: MessageParams;
}

/** A one-time message carried to the next screen ("Admitted: 2026/0154"), shown once and then gone. */
let pending: Flash | null = null;

export function setFlash(key: string, params?: MessageParams): void {
  pending = { key, params };
}

/** The message left for this screen, if any; it is consumed after the first render. */
export function useFlash(): Flash | null {
  const [flash] = useState(() => pending);
  useEffect(() => {
    if (pending === flash) pending = null;
  }, [flash]);
  return flash;
}
