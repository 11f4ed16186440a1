import path from 'node:path';
import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, Runtime, type CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { tableShape } from '../shapes/table';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** How the GraphQL Lambda is bundled; the benchmark (test/bench) bundles it the same way. */
export const graphqlBundling = {
  format: OutputFormat.ESM,
  target: 'node22',
  minify: true,
  sourceMap: false,
  // Bundle the SDK too: the version we test is the version that runs, and an ESM handler
  // cannot resolve the runtime's copy anyway.
  externalModules: [],
  // ESM entry points of dependencies; with the default (main first) the bundle grew ~20 %.
  mainFields: ['module', 'main'],
  // CommonJS dependencies (@as-integrations/aws-lambda, Apollo's lru-cache) call require() on
  // Node built-ins, which an ES module does not have.
  banner: "import{createRequire as __tandemRequire}from'node:module';const require=__tandemRequire(import.meta.url);",
} satisfies BundlingOptions;

export interface ApiStackProps extends StackProps {
  table: ITableV2;
  tableKey: IKey;
  userPool: IUserPool;
  userPoolClient: IUserPoolClient;
  /** The web app's origin: the only one allowed by CORS, and the sign-in link in mail. */
  webOrigin: string;
  /** Sender of the API's own mail (SES); must be a verified SES identity to actually send. */
  mailFrom: string;
}

/** Cognito actions the API calls to invite and manage people. */
export const cognitoAdminActions = [
  'AdminCreateUser',
  'AdminGetUser',
  'AdminAddUserToGroup',
  'AdminRemoveUserFromGroup',
  'AdminDeleteUser',
  'AdminDisableUser',
  'AdminEnableUser',
  'ListUsers',
].map((action) => `cognito-idp:${action}`);

/**
 * Item-level DynamoDB actions; transactions are authorised through these. No Scan: no request may
 * do work proportional to a whole table.
 */
export const dynamoItemActions = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'ConditionCheckItem',
].map((action) => `dynamodb:${action}`);

/** The GraphQL endpoint: one Lambda behind an HTTP API. */
export class ApiStack extends Stack {
  readonly graphqlUrl: string;
  readonly handler: NodejsFunction;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { table, tableKey, userPool, userPoolClient } = props;

    const logGroup = new LogGroup(this, 'GraphqlLogs', { retention: RetentionDays.ONE_MONTH });
    // Our own role, so that no AWS managed policy (with its wildcards) is attached.
    const role = new Role(this, 'GraphqlRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Tandem GraphQL Lambda',
    });

    this.handler = new NodejsFunction(this, 'Graphql', {
      entry: path.join(repoRoot, 'graphql/src/lambda.ts'),
      handler: 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: path.join(repoRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      role,
      logGroup,
      environment: {
        TABLE_NAME: table.tableName,
        USER_POOL_ID: userPool.userPoolId,
        USER_POOL_CLIENT_ID: userPoolClient.userPoolClientId,
        MAIL_FROM: props.mailFrom,
        APP_URL: props.webOrigin, // sign-in link in the API's own mail
        // Turns off introspection and stack traces in Apollo Server.
        NODE_ENV: 'production',
      },
      bundling: graphqlBundling,
    });

    const dynamoAccess = new PolicyStatement({
      sid: 'TableItems',
      actions: dynamoItemActions,
      resources: [
        table.tableArn,
        ...tableShape.globalSecondaryIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`),
      ],
    });
    const access = new Policy(this, 'GraphqlAccess', {
      roles: [role],
      statements: [
        dynamoAccess,
        // The table key may be used only by DynamoDB on the function's behalf.
        new PolicyStatement({
          sid: 'TableKey',
          actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
          resources: [tableKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${this.region}.amazonaws.com` } },
        }),
        new PolicyStatement({
          sid: 'UserPoolAdmin',
          actions: cognitoAdminActions,
          resources: [userPool.userPoolArn],
        }),
        sendEmailStatement(this, props.mailFrom),
      ],
    });

    // Active X-Ray tracing, set on the L1 resource: `tracing: Tracing.ACTIVE` would put the X-Ray
    // grant (Resource '*') into the role's default policy, where an acknowledgement would also hide
    // any later '*'. X-Ray has no resource-level permissions, so '*' lives in its own policy.
    (this.handler.node.defaultChild as CfnFunction).tracingConfig = { mode: 'Active' };
    const tracing = new Policy(this, 'GraphqlTracing', {
      roles: [role],
      statements: [new PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] })],
    });
    Validations.of(tracing).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'xray:PutTraceSegments and xray:PutTelemetryRecords do not support resource-level permissions.',
    });
    this.handler.node.addDependency(access, tracing); // permissions in place before the first call
    Validations.of(this.handler).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 on purpose: the closest Lambda runtime to the Node 20 toolchain the code is tested on ' +
        '(vitest 4 and the AWS SDK pins); move to 24 together with the toolchain.',
    });

    const api = new HttpApi(this, 'HttpApi', {
      apiName: 'tandem',
      description: 'Tandem GraphQL API',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [props.webOrigin],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        // x-tenant-id selects the tenant; apollo-require-preflight / x-apollo-operation-name satisfy
        // Apollo's CSRF prevention.
        allowHeaders: ['authorization', 'content-type', 'x-tenant-id', 'apollo-require-preflight', 'x-apollo-operation-name'],
        maxAge: Duration.hours(1),
      },
    });
    api.addRoutes({
      path: '/graphql',
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', this.handler),
    });
    Validations.of(api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'The function verifies the Cognito JWT itself: /graphql also serves the public mutation with ' +
        'which a municipality requests an account, so the route cannot require a token.',
    });

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.ONE_MONTH });
    const stage = api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 100, burstLimit: 200 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    this.graphqlUrl = `${stage.url}graphql`;

    // Keys of `cdk deploy --outputs-file`, the same names as the local stack's .local/outputs.json.
    new CfnOutput(this, 'GraphqlUrl', { value: this.graphqlUrl });
    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: userPoolClient.userPoolClientId });
    new CfnOutput(this, 'Region', { value: this.region });
    new CfnOutput(this, 'TableName', { value: table.tableName });
  }
}

/**
 * SES may send only from MAIL_FROM, whether its address or its domain is the verified identity.
 * (In the SES sandbox, recipients must be verified identities too.)
 */
function sendEmailStatement(stack: Stack, mailFrom: string): PolicyStatement {
  const domain = mailFrom.split('@')[1];
  const identity = (name: string) => stack.formatArn({ service: 'ses', resource: 'identity', resourceName: name });
  return new PolicyStatement({
    sid: 'SendMail',
    actions: ['ses:SendEmail'],
    resources: [identity(mailFrom), identity(domain)],
    conditions: { StringEquals: { 'ses:FromAddress': mailFrom } },
  });
}
