// The Cognito user pool as a directory of people: invite (create with a temporary password), look
// up, and mirror roles into groups. The e-mail address is the Cognito username.
import { randomInt } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
  UsernameExistsException,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { userPoolShape } from '../../infra/shapes/user-pool';
import type { AppConfig } from '../shared/config';
import { logger } from '../shared/log';
import type { Role } from '../shared/scope';

/**
 * How the person learns about their access: `ours` = we must mail the temporary password (local
 * outbox); `sent-by-cognito` = Cognito e-mailed it (cloud); `none` = an existing account, no password.
 */
/** An account in the pool; `neverSignedIn` while it still waits for its first sign-in. */
export interface PoolUser {
  userId: string;
  neverSignedIn: boolean;
}

export type DirectoryUser =
  | { userId: string; invitation: 'ours'; temporaryPassword: string }
  | { userId: string; invitation: 'sent-by-cognito' | 'none' };

export const groupOfRole: Record<Role | 'PLATFORM_OPERATOR', string> = {
  PLATFORM_OPERATOR: 'platform-operators',
  TENANT_ADMIN: 'tenant-admins',
  COORDINATOR: 'coordinators',
  BUDDY: 'buddies',
  NEWCOMER: 'newcomers',
};

const subOf = (attributes: AttributeType[] | undefined): string => {
  const sub = attributes?.find((attribute) => attribute.Name === 'sub')?.Value;
  if (!sub) throw new Error('Cognito user without sub');
  return sub;
};

/** A temporary password that meets the pool's policy (never logged, never in an API response). */
export function temporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const length = Math.max(userPoolShape.passwordPolicy.minimumLength, 16);
  let password = '';
  for (let i = 0; i < length; i++) password += alphabet[randomInt(alphabet.length)];
  // Guarantee each required class regardless of the random draw.
  return `${password}Aa7`;
}

export function createUserDirectory(config: Pick<AppConfig, 'region' | 'cognitoEndpoint' | 'userPoolId' | 'mail'>) {
  const client = new CognitoIdentityProviderClient({
    region: config.region,
    ...(config.cognitoEndpoint
      ? { endpoint: config.cognitoEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  const UserPoolId = config.userPoolId;
  // Locally we deliver the invitation through the outbox; in the cloud Cognito e-mails it.
  const deliverOurselves = config.mail.kind === 'outbox';

  async function findUser(email: string): Promise<PoolUser | null> {
    try {
      const user = await client.send(new AdminGetUserCommand({ UserPoolId, Username: email }));
      return { userId: subOf(user.UserAttributes), neverSignedIn: user.UserStatus === 'FORCE_CHANGE_PASSWORD' };
    } catch (error) {
      if (error instanceof UserNotFoundException) return null;
      throw error;
    }
  }

  /** Finds the account for `email` or creates it silently (no usable password yet, no mail). */
  async function ensureUser(email: string, password?: string): Promise<PoolUser> {
    const existing = await findUser(email);
    if (existing) return existing;
    try {
      const result = await client.send(
        new AdminCreateUserCommand({
          UserPoolId,
          Username: email,
          MessageAction: 'SUPPRESS',
          TemporaryPassword: password ?? temporaryPassword(),
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
          ],
        }),
      );
      return { userId: subOf(result.User?.Attributes), neverSignedIn: true };
    } catch (error) {
      // A concurrent request created it first: use that one.
      if (error instanceof UsernameExistsException) return (await findUser(email))!;
      throw error;
    }
  }

  return {
    ensureUser,

    /**
     * Gives a person who never signed in a fresh temporary password: returned to be mailed by us
     * locally, e-mailed by Cognito in the cloud. Call it only after the access it grants is stored,
     * so that of two concurrent requests only the one that won hands out a password.
     */
    async issueInvitation(email: string, user: PoolUser): Promise<DirectoryUser> {
      if (!user.neverSignedIn) return { userId: user.userId, invitation: 'none' };
      if (!deliverOurselves) {
        await client.send(new AdminCreateUserCommand({ UserPoolId, Username: email, MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] }));
        return { userId: user.userId, invitation: 'sent-by-cognito' };
      }
      const password = temporaryPassword();
      await client.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: email, Password: password, Permanent: false }));
      return { userId: user.userId, invitation: 'ours', temporaryPassword: password };
    },

    /** Creates a user with a permanent password (demo seeding only). */
    async ensureUserWithPassword(email: string, password: string): Promise<string> {
      const { userId } = await ensureUser(email, password);
      await client.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: email, Password: password, Permanent: true }));
      return userId;
    },

    async addToGroup(email: string, role: Role | 'PLATFORM_OPERATOR'): Promise<void> {
      await client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: email, GroupName: groupOfRole[role] }));
    },

    /**
     * Mirrors a role into its Cognito group, for tooling; authorisation uses the memberships. It
     * runs after the membership change is stored, so a failure is logged rather than undoing it.
     */
    async mirrorRole(action: 'add' | 'remove', email: string, role: Role): Promise<void> {
      const command =
        action === 'add'
          ? new AdminAddUserToGroupCommand({ UserPoolId, Username: email, GroupName: groupOfRole[role] })
          : new AdminRemoveUserFromGroupCommand({ UserPoolId, Username: email, GroupName: groupOfRole[role] });
      try {
        await client.send(command as AdminAddUserToGroupCommand);
      } catch (error) {
        logger.warn('cognito group mirror failed', { action, role, error: (error as Error).name });
      }
    },
  };
}

export type UserDirectory = ReturnType<typeof createUserDirectory>;
