import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';
import { endSession, refreshedAccessToken, validAccessToken } from './session';

export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

/** The first `extensions.code` of a failed operation, 'NETWORK' when the API was unreachable. */
export function apiErrorCode(error: CombinedError | undefined): ApiErrorCode | 'NETWORK' | 'UNKNOWN' | undefined {
  if (!error) return undefined;
  if (error.networkError) return 'NETWORK';
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.code;
    if (typeof code === 'string') return code as ApiErrorCode;
  }
  return 'UNKNOWN';
}

interface GraphqlClientOptions {
  url: string;
  /** Sent as X-Tenant-Id; null for requests outside a tenant (viewer, platform operator, public). */
  tenantId: string | null;
  /** Never send the session's token (public pages, which look the same signed in or not). */
  anonymous?: boolean;
}

// One client per signed-in session and tenant: switching tenant makes a new client, so no cached
// answer of one tenant is ever shown in another.
export function createGraphqlClient({ url, tenantId, anonymous = false }: GraphqlClientOptions): Client {
  return new Client({
    url,
    // POST only (GraphQL-over-HTTP contract; the API keeps CSRF prevention on for GET).
    preferGetMethod: false,
    fetch: async (input, init) => {
      const send = (token: string | null) => {
        const headers = new Headers(init?.headers);
        if (token) headers.set('Authorization', `Bearer ${token}`);
        if (tenantId) headers.set('X-Tenant-Id', tenantId);
        return fetch(input, { ...init, headers });
      };
      if (anonymous) return send(null);
      const token = await validAccessToken();
      const response = await send(token);
      if (response.status !== 401 || !token) return response;
      // Refused although it looked valid (clock skew, a revoked token): one refresh, one retry.
      const fresh = await refreshedAccessToken();
      return fresh && fresh !== token ? send(fresh) : response;
    },
    exchanges: [
      mapExchange({
        onError(error) {
          if (anonymous) return;
          // A token the API no longer accepts: back to the sign-in page, which says why.
          const unauthenticated =
            error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
            (error.response as Response | undefined)?.status === 401;
          if (unauthenticated) endSession('expired');
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
