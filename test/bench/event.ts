// Synthetic API Gateway HTTP API (payload 2.0) requests, shaped like the ones the local gateway
// and API Gateway hand to the Lambda.
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';

export function graphqlEvent(query: string, token: string, requestId: string): APIGatewayProxyEventV2 {
  const now = new Date();
  const body = JSON.stringify({ query });
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${token}`,
      'content-length': String(Buffer.byteLength(body)),
      'content-type': 'application/json',
      host: 'bench.execute-api.eu-west-1.amazonaws.com',
      'user-agent': 'tandem-bench',
    },
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: 'bench',
      apiId: 'bench',
      domainName: 'bench.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'bench',
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'tandem-bench' },
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
  };
}

export function lambdaContext(requestId: string): Context {
  const deadline = Date.now() + 10_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'tandem-graphql-bench',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:000000000000:function:tandem-graphql-bench',
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/tandem-graphql-bench',
    logStreamName: 'bench',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
