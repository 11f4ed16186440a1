import { useState } from 'react';

/**
 * The latest version a page knows of something it loaded and changes: a mutation's answer comes
 * before the refetch does, so it is shown until the fetched one is as new. Set null to drop it (on a reload).
 */
export function useLatestVersion<T extends { version: number }>(fetched: T | null) {
  const [latest, setLatest] = useState<T | null>(null);
  const current = latest && (!fetched || latest.version >= fetched.version) ? latest : fetched;
  return [current, setLatest] as const;
}
