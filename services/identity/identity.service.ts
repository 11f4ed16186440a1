// Turns a verified token into scopes: the platform scope for operators, and a tenant scope for the
// tenant the request selected, but only if the user's server-side membership says so.
import type { Table } from '../data/dynamo';
import { transactWrite } from '../data/transactions';
import { ConflictError, ForbiddenError, NotFoundError } from '../shared/errors';
import { grantPlatformScope, grantTenantScope, type PlatformScope, type TenantScope } from '../shared/scope';
import type { Language } from '../shared/validation';
import type { MembershipRepository } from '../memberships/membership.repository';
import type { TenantRepository } from '../tenants/tenant.repository';
import type { TokenVerifier } from './token-verifier';
import type { UserRecord, UserRepository } from './user.repository';

export interface RequestIdentity {
  user: UserRecord;
  platformScope?: PlatformScope;
  tenantScope?: TenantScope;
}

interface Deps {
  table: Table;
  verifier: TokenVerifier;
  users: UserRepository;
  tenants: TenantRepository;
  memberships: MembershipRepository;
}

export function createIdentityService({ table, verifier, users, tenants, memberships }: Deps) {
  /** A tenant id from a tenant id or a slug; null if neither exists. */
  async function resolveTenantId(selector: string): Promise<string | null> {
    if ((await tenants.getById(selector)) !== null) return selector;
    return tenants.idBySlug(selector.toLowerCase());
  }

  return {
    /**
     * Verifies the bearer token and binds the request to a tenant: the selected one (a tenant id
     * or slug from X-Tenant-Id) if the user is a member, else the only membership the user has.
     */
    async identify(token: string, tenantSelector?: string | null): Promise<RequestIdentity> {
      const { userId } = await verifier.verify(token);
      const user = await users.load(userId);
      const identity: RequestIdentity = { user };
      if (user.isPlatformOperator) identity.platformScope = grantPlatformScope(userId);

      let membership = user.memberships.length === 1 && !tenantSelector ? user.memberships[0] : undefined;
      if (tenantSelector) {
        const tenantId = await resolveTenantId(tenantSelector);
        membership = user.memberships.find((candidate) => candidate.tenantId === tenantId);
        // Same answer whether the tenant exists or not: no probing of other tenants.
        if (!membership) throw new ForbiddenError('You are not a member of the selected tenant.');
      }
      if (membership) {
        identity.tenantScope = grantTenantScope(membership.tenantId, userId, membership.role);
        if (membership.status === 'INVITED') {
          // First signed-in request in this tenant: the invitation has been used.
          // A failed condition only means another request activated it first.
          await transactWrite(table, memberships.activateItems(membership.tenantId, userId), () => {
            throw new ConflictError('Already active.');
          }).catch((error) => {
            if (!(error instanceof ConflictError)) throw error;
          });
          membership.status = 'ACTIVE';
        }
      }
      return identity;
    },

    /** A scope for each of the user's own memberships (to show the user their memberships). */
    scopesOf(user: UserRecord): TenantScope[] {
      return user.memberships.map((membership) => grantTenantScope(membership.tenantId, user.userId, membership.role));
    },

    async setPreferredLanguage(user: UserRecord, language: Language): Promise<void> {
      if (!user.email) throw new NotFoundError('Your profile is not set up yet.');
      await users.setPreferredLanguage(user.userId, language);
      user.preferredLanguage = language;
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
