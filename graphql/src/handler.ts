// The GraphQL Lambda handler (API Gateway HTTP API, payload v2). The same function serves the
// local gateway and the tests; lambda.ts only adds configuration from the environment.
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context as LambdaContext } from 'aws-lambda';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { createServices, type Services } from '../../services/app';
import type { AppConfig } from '../../services/shared/config';
import { buildContext } from './context';
import { createApolloServer } from './server';

export type GraphqlHandler = (event: APIGatewayProxyEventV2, context: LambdaContext) => Promise<APIGatewayProxyResultV2>;

export function createGraphqlHandler(config: AppConfig, services: Services = createServices(config)): GraphqlHandler {
  const server = createApolloServer({ production: config.production });
  const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: ({ event, context }) => buildContext(services, { requestId: context.awsRequestId, headers: event.headers ?? {} }),
  });
  // The integration's handler also accepts a callback; we only use the promise form.
  return (event, context) => handler(event, context, () => undefined) as Promise<APIGatewayProxyResultV2>;
}
