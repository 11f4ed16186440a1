import { useSyncExternalStore } from 'react';
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import { loadCognito } from './cognito-client';
import { readStored, writeStored } from './storage';

// The signed-in session lives in sessionStorage: it survives a reload but not closing the tab.
const SESSION_KEY = 'tandem.session';
// Refresh a little before the access token really expires, so a request never races the expiry.
const EXPIRY_MARGIN_MS = 60_000;

export interface Session {
  email: string;
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds at which the access token expires. */
  expiresAt: number;
}

/** Why the user is looking at the sign-in page again (shown there). */
export type SignOutReason = 'signed-out' | 'expired';

let current: Session | null = parse(readStored('session', SESSION_KEY));
let lastSignOutReason: SignOutReason | null = null;
let refreshing: Promise<Session | null> | null = null;
const listeners = new Set<() => void>();

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Session;
    return typeof value.accessToken === 'string' && typeof value.expiresAt === 'number' ? value : null;
  } catch {
    return null;
  }
}

function set(next: Session | null): void {
  current = next;
  writeStored('session', SESSION_KEY, next ? JSON.stringify(next) : null);
  for (const listener of listeners) listener();
}

/** Turns Cognito's AuthenticationResult into a session (a refresh keeps the old refresh token). */
export function sessionFromAuthResult(email: string, result: AuthenticationResultType, previousRefreshToken?: string): Session {
  if (!result.AccessToken) throw new Error('Cognito returned no access token');
  return {
    email,
    accessToken: result.AccessToken,
    refreshToken: result.RefreshToken ?? previousRefreshToken,
    expiresAt: Date.now() + (result.ExpiresIn ?? 3600) * 1000,
  };
}

export function startSession(session: Session): void {
  lastSignOutReason = null;
  set(session);
}

export function endSession(reason: SignOutReason): void {
  lastSignOutReason = reason;
  set(null);
}

export function signOutReason(): SignOutReason | null {
  return lastSignOutReason;
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/**
 * The access token to send, refreshed with REFRESH_TOKEN_AUTH when it (nearly) expired.
 * Null when there is no session or the refresh failed (the session then ends).
 */
export async function validAccessToken(): Promise<string | null> {
  const session = current;
  if (!session) return null;
  if (session.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return session.accessToken;
  return refreshedAccessToken();
}

/** A new access token now (the API refused the current one); concurrent callers share one refresh. */
export async function refreshedAccessToken(): Promise<string | null> {
  const session = current;
  if (!session) return null;
  refreshing ??= refresh(session).finally(() => {
    refreshing = null;
  });
  return (await refreshing)?.accessToken ?? null;
}

async function refresh(session: Session): Promise<Session | null> {
  if (!session.refreshToken) {
    endSession('expired');
    return null;
  }
  try {
    const { refreshTokens } = await loadCognito();
    const output = await refreshTokens(session.refreshToken);
    if (!output.AuthenticationResult) throw new Error('No tokens in the refresh answer');
    const next = sessionFromAuthResult(session.email, output.AuthenticationResult, session.refreshToken);
    set(next);
    return next;
  } catch {
    endSession('expired');
    return null;
  }
}
