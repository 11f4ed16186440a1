// The cold-start reference: the smallest API Gateway v2 handler, bundled with the same options as
// the GraphQL Lambda (see bundling.ts). Whatever it costs is the floor no handler can go below.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export const handler = async (_event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => ({
  statusCode: 200,
  body: '{"data":{"hello":"world"}}',
});
