import { useEffect, useRef } from 'react';

/**
 * Reloads a list each time `changes` goes up (something on the board changed what it shows), but
 * not when it first shows: it has just loaded.
 */
export function useReloadOnChange(changes: number, reload: () => void): void {
  const seen = useRef(changes);
  const latestReload = useRef(reload);
  latestReload.current = reload;
  useEffect(() => {
    if (changes === seen.current) return;
    seen.current = changes;
    latestReload.current();
  }, [changes]);
}
