// Verifies Cognito access tokens: signature (JWKS), issuer, expiry, token use and app client.
// The same code runs locally (cognito-local) and on Lambda (real Cognito); only the issuer differs.
import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { Fetcher } from 'aws-jwt-verify/https';
import type { AppConfig } from '../shared/config';
import { UnauthenticatedError } from '../shared/errors';

export interface VerifiedIdentity {
  /** Cognito `sub`: the stable user id. */
  userId: string;
}

export interface TokenVerifier {
  verify(token: string): Promise<VerifiedIdentity>;
}

// cognito-local serves its JWKS over plain http on loopback, which the library's https fetcher refuses.
const loopbackFetcher: Fetcher = {
  async fetch(uri) {
    const response = await fetch(uri);
    if (!response.ok) throw new Error(`JWKS fetch failed with ${response.status}`);
    return response.arrayBuffer();
  },
};

type Config = Pick<AppConfig, 'userPoolId' | 'userPoolClientId' | 'cognitoEndpoint' | 'region'>;

function createVerifier(config: Config): { verify(token: string): Promise<{ sub?: unknown }> } {
  if (!config.cognitoEndpoint) {
    return CognitoJwtVerifier.create({ userPoolId: config.userPoolId, tokenUse: 'access', clientId: config.userPoolClientId });
  }
  const endpoint = new URL(config.cognitoEndpoint);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(endpoint.hostname)) {
    throw new Error('A custom Cognito endpoint is only allowed on loopback (local development).');
  }
  const issuer = `${config.cognitoEndpoint.replace(/\/$/, '')}/${config.userPoolId}`;
  return JwtVerifier.create(
    {
      issuer,
      audience: null, // access tokens carry client_id instead of aud; checked below
      jwksUri: `${issuer}/.well-known/jwks.json`,
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== 'access') throw new Error('Not an access token');
        if (payload.client_id !== config.userPoolClientId) throw new Error('Token from another app client');
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: loopbackFetcher }) },
  );
}

export function createTokenVerifier(config: Config): TokenVerifier {
  const verifier = createVerifier(config);
  return {
    async verify(token) {
      try {
        const payload = await verifier.verify(token);
        if (typeof payload.sub !== 'string' || !payload.sub) throw new Error('Token has no subject');
        return { userId: payload.sub };
      } catch {
        // The reason stays out of the response: no hints for forged tokens.
        throw new UnauthenticatedError('The access token is missing, expired or invalid.');
      }
    },
  };
}
