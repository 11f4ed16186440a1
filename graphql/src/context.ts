// The per-request context: the verified identity, the tenant scope bound from it, per-request
// DataLoaders and a logger that carries the request and tenant ids.
import DataLoader from 'dataloader';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Services } from '../../services/app';
import type { UserRecord } from '../../services/identity/user.repository';
import { DomainError, ForbiddenError, UnauthenticatedError } from '../../services/shared/errors';
import { logger } from '../../services/shared/log';
import type { PlatformScope, TenantScope } from '../../services/shared/scope';
import type { Tenant } from '../../services/tenants/tenant.repository';
import type { Person } from '../../services/people/person.repository';
import type { PersonView } from '../../services/people/person.service';
import { toGraphQLError } from './errors';
import { partsOf } from './ids';

export interface Context {
  requestId: string;
  services: Services;
  /** null for anonymous requests (only public operations work). */
  user: UserRecord | null;
  tenantScope: TenantScope | null;
  platformScope: PlatformScope | null;
  /** person: people of the request's tenant by id, without sensitive data (lists of matches and proposals). */
  loaders: { tenant: DataLoader<string, Tenant | null>; person: DataLoader<string, PersonView | null> };
  log: Logger;
}

/** A person as matching screens show them: no sensitive data (least data). */
export const leanView = (person: Person): PersonView => ({ ...person, sensitive: {}, sensitiveVisible: false });

function bearerToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <access token>".');
  return match[1];
}

export async function buildContext(
  services: Services,
  request: { requestId: string; headers: Record<string, string | undefined> },
): Promise<Context> {
  const log = logger.createChild({ persistentKeys: { requestId: request.requestId } });
  const context: Context = {
    requestId: request.requestId,
    services,
    user: null,
    tenantScope: null,
    platformScope: null,
    loaders: {
      tenant: new DataLoader((ids) => services.repositories.tenants.getMany(ids)),
      person: new DataLoader(async (ids) => {
        const scope = context.tenantScope;
        if (!scope) return ids.map(() => null);
        const found = await services.repositories.people.getMany(scope, [...ids]);
        return ids.map((id) => {
          const person = found.get(id);
          return person ? leanView(person) : null;
        });
      }),
    },
    log,
  };
  try {
    const token = bearerToken(request.headers.authorization);
    if (!token) return context;
    const selector = request.headers['x-tenant-id']?.trim() || null;
    // X-Tenant-Id takes a Tenant's global id (as the API returns it) or its slug.
    const tenantSelector = selector ? (partsOf(selector, 'Tenant')?.[0] ?? selector) : null;
    const identity = await services.identity.identify(token, tenantSelector);
    context.user = identity.user;
    context.tenantScope = identity.tenantScope ?? null;
    context.platformScope = identity.platformScope ?? null;
    if (context.tenantScope) log.appendPersistentKeys({ tenantId: context.tenantScope.tenantId });
    return context;
  } catch (error) {
    if (error instanceof DomainError) throw toGraphQLError(error);
    throw error;
  }
}

/** The signed-in user, or UNAUTHENTICATED. */
export function requireUser(context: Context): UserRecord {
  if (!context.user) throw new UnauthenticatedError('Sign in first.');
  return context.user;
}

/** The request's tenant scope, or an error that says why there is none. */
export function requireTenant(context: Context): TenantScope {
  requireUser(context);
  if (!context.tenantScope) {
    throw new ForbiddenError('Choose a tenant with the X-Tenant-Id header (you have no single membership).');
  }
  return context.tenantScope;
}
