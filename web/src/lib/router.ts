import { useSyncExternalStore } from 'react';

// A tiny hash router: routes live after "#", so any static host (the local gateway, S3 +
// CloudFront) serves the app at "/" and a reload never needs a server-side fallback.

export interface Route {
  /** e.g. "/members" */
  path: string;
  params: URLSearchParams;
}

function currentHash(): string {
  return window.location.hash;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?', 2);
  return { path: path.startsWith('/') ? path : `/${path}`, params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}

/**
 * The named segments of a path, decoded: matchPath("/join/mechelen/UHJv", "/join/:tenantSlug/:programmeId")
 * → { tenantSlug: "mechelen", programmeId: "UHJv" }; null when the path has another shape.
 */
export function matchPath(path: string, pattern: string): Record<string, string> | null {
  const parts = path.replace(/(.)\/$/, '$1').split('/');
  const wanted = pattern.split('/');
  if (parts.length !== wanted.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of wanted.entries()) {
    const part = parts[index];
    if (!segment.startsWith(':')) {
      if (part !== segment) return null;
      continue;
    }
    if (!part) return null;
    try {
      params[segment.slice(1)] = decodeURIComponent(part);
    } catch {
      // A malformed escape (%E0%A4%A) is no address of ours.
      return null;
    }
  }
  return params;
}

/** The path of a pattern with its segments filled in and encoded: fillPath('/matches/:matchId', { matchId }). */
export function fillPath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/** The href for a route, for <a href>. */
export function href(path: string, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#${path}${query ? `?${query}` : ''}`;
}

export function navigate(path: string, params?: Record<string, string>): void {
  window.location.hash = href(path, params);
}
