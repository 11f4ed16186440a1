// Scopes are the only way to reach tenant data. A TenantScope can be made only by
// `grantTenantScope`, which the identity service calls after checking a server-side membership of a
// verified user; repositories take the tenant id from the scope, never from an argument.
import { ForbiddenError } from './errors';

export const roles = ['TENANT_ADMIN', 'COORDINATOR', 'BUDDY', 'NEWCOMER'] as const;
export type Role = (typeof roles)[number];

const granted = Symbol('granted-scope');

export interface TenantScope {
  readonly tenantId: string;
  /** The acting user (Cognito sub). */
  readonly userId: string;
  readonly role: Role;
  readonly [granted]: true;
}

/** The platform operator's scope: onboarding and the tenant directory, never tenant-private data. */
export interface PlatformScope {
  readonly userId: string;
  readonly [granted]: 'platform';
}

/** Only for the identity service (after a membership check) and trusted system code (seeding). */
export function grantTenantScope(tenantId: string, userId: string, role: Role): TenantScope {
  return Object.freeze({ tenantId, userId, role, [granted]: true as const });
}

/** Only for the identity service (after an operator-record check) and trusted system code. */
export function grantPlatformScope(userId: string): PlatformScope {
  return Object.freeze({ userId, [granted]: 'platform' as const });
}

/** Throws FORBIDDEN unless the scope's role is one of `allowed`. */
export function requireRole(scope: TenantScope, ...allowed: Role[]): void {
  if (scope[granted] !== true || !allowed.includes(scope.role)) {
    throw new ForbiddenError(`This needs one of the roles ${allowed.join(', ')} in the current tenant.`);
  }
}

export function requirePlatform(scope: PlatformScope | undefined): PlatformScope {
  if (!scope || scope[granted] !== 'platform') throw new ForbiddenError('Platform operators only.');
  return scope;
}
