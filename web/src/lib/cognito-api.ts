import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type InitiateAuthCommandOutput,
  type RespondToAuthChallengeCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { runtimeConfig } from './config';

// Loaded on demand (see cognito-client.ts): the SDK is a third of the app's size and is needed
// only to sign in and to refresh an expired token.

let client: CognitoIdentityProviderClient | undefined;

// InitiateAuth and RespondToAuthChallenge are unauthenticated operations (the SDK marks them
// `noAuth`), so the browser needs no AWS credentials; `endpoint` points at cognito-local locally.
function cognito(): CognitoIdentityProviderClient {
  if (!client) {
    const config = runtimeConfig();
    client = new CognitoIdentityProviderClient({
      region: config.region,
      ...(config.cognitoEndpoint ? { endpoint: config.cognitoEndpoint } : {}),
    });
  }
  return client;
}

export function signInWithPassword(username: string, password: string): Promise<InitiateAuthCommandOutput> {
  return cognito().send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: runtimeConfig().userPoolClientId,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
}

export function respondWithNewPassword(username: string, newPassword: string, session: string): Promise<RespondToAuthChallengeCommandOutput> {
  return cognito().send(
    new RespondToAuthChallengeCommand({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ClientId: runtimeConfig().userPoolClientId,
      Session: session,
      ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword },
    }),
  );
}

export function refreshTokens(refreshToken: string): Promise<InitiateAuthCommandOutput> {
  return cognito().send(
    new InitiateAuthCommand({
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: runtimeConfig().userPoolClientId,
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    }),
  );
}
