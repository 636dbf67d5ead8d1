import { useEffect, useState } from 'react';
import { markAsked, mayLeave } from './leave';

/** Hash routes (`#/settings`, `#/record/12`): no server round trip, works the same over IPC and HTTP. */
export function currentRoute(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
}

export function useRoute(): string[] {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Goes to a screen; a form with unsaved entries asks first (leave.ts). */
export function navigate(path: string): void {
  const hash = `#/${path.replace(/^\//, '')}`;
  if (hash === window.location.hash) return;
  if (!mayLeave()) return;
  markAsked();
  window.location.hash = hash;
}
