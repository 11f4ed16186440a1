// Tokens that must be refused: signed with the emulator's own key (so only the claim is wrong),
// tampered, or unsigned. cognito-local ships its signing key in the package (local only).
import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const keyFile = require.resolve('cognito-local/lib/keys/cognitoLocal.private.json');
const privateKey = createPrivateKey({ key: JSON.parse(readFileSync(keyFile, 'utf8')).jwk, format: 'jwk' });

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** Re-signs `payload` with the emulator's key (a valid signature over whatever claims we choose). */
export function signWithEmulatorKey(payload: Record<string, unknown>): string {
  const unsigned = `${encode({ alg: 'RS256', kid: 'CognitoLocal', typ: 'JWT' })}.${encode(payload)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

/** The same token with one claim changed but the original signature. */
export function tamper(token: string, claims: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  return `${header}.${encode({ ...decodePayload(token), ...claims })}.${signature}`;
}

/** An unsigned token (`alg: none`) with the given claims. */
export function unsigned(payload: Record<string, unknown>): string {
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}
