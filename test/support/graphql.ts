// Calling the test stack's GraphQL API over HTTP, as a third-party client would.
import type { StackOutputs } from './stack';

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResponse<TData> {
  status: number;
  body: { data?: TData | null; errors?: GraphqlError[] };
}

/** POSTs one operation; `token` goes in `Authorization: Bearer`, `tenant` in `X-Tenant-Id`. */
export async function gql<TData = Record<string, unknown>>(
  stack: StackOutputs,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; tenant?: string } = {},
): Promise<GraphqlResponse<TData>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.tenant) headers['x-tenant-id'] = options.tenant;
  const response = await fetch(stack.GraphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as GraphqlResponse<TData>['body'] };
  } catch {
    throw new Error(`GraphQL answered ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
}
