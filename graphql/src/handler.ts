// TEMPORARY STUB (being replaced by the real Apollo server): the contract is the signature.
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type { AppConfig } from '../../services/shared/config';

export type GraphqlHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

export function createGraphqlHandler(_config: AppConfig): GraphqlHandler {
  return async () => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: { viewer: null } }) });
}
