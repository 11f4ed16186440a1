// Signing in as a user of the test stack, the way the web app does (USER_PASSWORD_AUTH).
import {
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { localCognitoClient } from '../../infra/local/aws-clients';
import type { StackOutputs } from './stack';

export interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
}

function toTokens(result: AuthenticationResultType | undefined): Tokens {
  if (!result?.IdToken || !result.AccessToken || !result.RefreshToken) throw new Error('Cognito returned no tokens');
  return { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken };
}

/**
 * Signs in with e-mail and password. A user created with a temporary password must choose a new
 * one: pass `newPassword` to answer that challenge, otherwise this throws.
 */
export async function signIn(stack: StackOutputs, email: string, password: string, newPassword?: string): Promise<Tokens> {
  const client = localCognitoClient(stack.CognitoEndpoint, stack.Region);
  try {
    const auth = await client.send(
      new InitiateAuthCommand({
        ClientId: stack.UserPoolClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    if (!auth.ChallengeName) return toTokens(auth.AuthenticationResult);
    if (auth.ChallengeName !== 'NEW_PASSWORD_REQUIRED') throw new Error(`Unexpected sign-in challenge ${auth.ChallengeName}`);
    if (!newPassword) throw new Error(`${email} must choose a new password: pass newPassword to signIn`);
    const answer = await client.send(
      new RespondToAuthChallengeCommand({
        ClientId: stack.UserPoolClientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: auth.Session,
        ChallengeResponses: { USERNAME: auth.ChallengeParameters?.USER_ID_FOR_SRP ?? email, NEW_PASSWORD: newPassword },
      }),
    );
    return toTokens(answer.AuthenticationResult);
  } finally {
    client.destroy();
  }
}
