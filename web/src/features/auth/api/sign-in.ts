import * as z from 'zod/mini';
import { cognitoErrorName, loadCognito } from '../../../lib/cognito-client';
import { sessionFromAuthResult, startSession } from '../../../lib/session';

export const signInSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, 'REQUIRED')),
  password: z.string().check(z.minLength(1, 'REQUIRED')),
});
export type SignInInput = z.infer<typeof signInSchema>;

// Mirrors the user pool's password policy (infra/shapes/user-pool.ts), so people learn what is
// wrong before Cognito refuses it.
export const newPasswordSchema = z
  .object({
    newPassword: z
      .string()
      .check(
        z.minLength(1, 'REQUIRED'),
        z.minLength(12, 'TOO_SHORT'),
        z.regex(/[a-z]/, 'PASSWORD_RULES'),
        z.regex(/[A-Z]/, 'PASSWORD_RULES'),
        z.regex(/[0-9]/, 'PASSWORD_RULES'),
      ),
    confirmPassword: z.string().check(z.minLength(1, 'REQUIRED')),
  })
  .check(z.refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], error: 'MISMATCH' }));
export type NewPasswordInput = z.infer<typeof newPasswordSchema>;

/** A first sign-in with a temporary password: Cognito wants a new password before tokens. */
export interface NewPasswordChallenge {
  email: string;
  username: string;
  session: string;
}

export type SignInOutcome = { kind: 'signed-in' } | { kind: 'new-password-required'; challenge: NewPasswordChallenge };

export type SignInFailure = 'WRONG_CREDENTIALS' | 'INVALID_PASSWORD' | 'CHALLENGE_EXPIRED' | 'TOO_MANY_ATTEMPTS' | 'NETWORK' | 'UNKNOWN';

/** Starts fetching the Cognito SDK while the user types. */
export function prepareSignIn(): void {
  void loadCognito();
}

export async function signIn({ email, password }: SignInInput): Promise<SignInOutcome> {
  const normalisedEmail = email.trim().toLowerCase();
  const { signInWithPassword } = await loadCognito();
  const output = await signInWithPassword(normalisedEmail, password);
  if (output.ChallengeName === 'NEW_PASSWORD_REQUIRED' && output.Session) {
    return {
      kind: 'new-password-required',
      challenge: {
        email: normalisedEmail,
        // The pool's user name is not the e-mail address (e-mail is an alias).
        username: output.ChallengeParameters?.USER_ID_FOR_SRP ?? normalisedEmail,
        session: output.Session,
      },
    };
  }
  if (!output.AuthenticationResult) throw new Error(`Unsupported sign-in challenge ${output.ChallengeName ?? ''}`);
  startSession(sessionFromAuthResult(normalisedEmail, output.AuthenticationResult));
  return { kind: 'signed-in' };
}

export async function completeNewPassword(challenge: NewPasswordChallenge, newPassword: string): Promise<void> {
  const { respondWithNewPassword } = await loadCognito();
  const output = await respondWithNewPassword(challenge.username, newPassword, challenge.session);
  if (!output.AuthenticationResult) throw new Error(`Unsupported challenge ${output.ChallengeName ?? ''}`);
  startSession(sessionFromAuthResult(challenge.email, output.AuthenticationResult));
}

/** What went wrong, in terms the sign-in screens can explain. */
export function signInFailure(error: unknown): SignInFailure {
  switch (cognitoErrorName(error)) {
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
      return 'WRONG_CREDENTIALS';
    case 'InvalidPasswordException':
      return 'INVALID_PASSWORD';
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
      return 'CHALLENGE_EXPIRED';
    case 'TooManyRequestsException':
    case 'LimitExceededException':
      return 'TOO_MANY_ATTEMPTS';
    case 'TypeError':
    case 'TimeoutError':
      return 'NETWORK';
    default:
      return 'UNKNOWN';
  }
}
