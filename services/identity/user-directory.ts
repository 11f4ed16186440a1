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
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { userPoolShape } from '../../infra/shapes/user-pool';
import type { AppConfig } from '../shared/config';
import type { Role } from '../shared/scope';

/**
 * How the person learns about their access: `ours` = we must mail the temporary password (local
 * outbox); `sent-by-cognito` = Cognito e-mailed it (cloud); `none` = an existing account, no password.
 */
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

  async function findUser(email: string): Promise<{ userId: string; neverSignedIn: boolean } | null> {
    try {
      const user = await client.send(new AdminGetUserCommand({ UserPoolId, Username: email }));
      return { userId: subOf(user.UserAttributes), neverSignedIn: user.UserStatus === 'FORCE_CHANGE_PASSWORD' };
    } catch (error) {
      if (error instanceof UserNotFoundException) return null;
      throw error;
    }
  }

  const findUserId = async (email: string) => (await findUser(email))?.userId ?? null;

  return {
    findUserId,

    /**
     * Returns the user for `email`, creating one with a temporary password if needed. A user who
     * never signed in gets a fresh temporary password (an earlier invitation may never have arrived).
     */
    async ensureInvitedUser(email: string): Promise<DirectoryUser> {
      const existing = await findUser(email);
      if (existing && !existing.neverSignedIn) return { userId: existing.userId, invitation: 'none' };
      const password = temporaryPassword();
      if (existing) {
        if (deliverOurselves) {
          await client.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: email, Password: password, Permanent: false }));
        } else {
          await client.send(new AdminCreateUserCommand({ UserPoolId, Username: email, MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] }));
        }
        return deliverOurselves
          ? { userId: existing.userId, invitation: 'ours', temporaryPassword: password }
          : { userId: existing.userId, invitation: 'sent-by-cognito' };
      }
      const result = await client.send(
        new AdminCreateUserCommand({
          UserPoolId,
          Username: email,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
          ],
          ...(deliverOurselves ? { MessageAction: 'SUPPRESS', TemporaryPassword: password } : { DesiredDeliveryMediums: ['EMAIL'] }),
        }),
      );
      const userId = subOf(result.User?.Attributes);
      return deliverOurselves ? { userId, invitation: 'ours', temporaryPassword: password } : { userId, invitation: 'sent-by-cognito' };
    },

    /** Creates a user with a permanent password (demo seeding only). */
    async ensureUserWithPassword(email: string, password: string): Promise<string> {
      const userId =
        (await findUserId(email)) ??
        subOf(
          (
            await client.send(
              new AdminCreateUserCommand({
                UserPoolId,
                Username: email,
                MessageAction: 'SUPPRESS',
                UserAttributes: [
                  { Name: 'email', Value: email },
                  { Name: 'email_verified', Value: 'true' },
                ],
              }),
            )
          ).User?.Attributes,
        );
      await client.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: email, Password: password, Permanent: true }));
      return userId;
    },

    async addToGroup(email: string, role: Role | 'PLATFORM_OPERATOR'): Promise<void> {
      await client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: email, GroupName: groupOfRole[role] }));
    },

    async removeFromGroup(email: string, role: Role | 'PLATFORM_OPERATOR'): Promise<void> {
      await client.send(new AdminRemoveUserFromGroupCommand({ UserPoolId, Username: email, GroupName: groupOfRole[role] }));
    },
  };
}

export type UserDirectory = ReturnType<typeof createUserDirectory>;
