import { useEffect, useRef } from 'react';

/**
 * Ctrl+S on the Reports screen, as on every other: inside one of its small forms (an override, a warning's note,
 * reopening) it submits that form; anywhere else it stores the typed entries at once.
 */
export function useSaveShortcut(onSave: () => void): void {
  const latest = useRef(onSave);
  useEffect(() => {
    latest.current = onSave;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.code !== 'KeyS') return;
      e.preventDefault();
      const form = document.activeElement instanceof HTMLElement ? document.activeElement.closest('form') : null;
      if (form) form.requestSubmit();
      else latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
