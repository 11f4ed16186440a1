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

/**
 * The GraphQL endpoint: one Lambda behind an HTTP API, plus the matching worker Lambda that does the
 * whole-pool matching runs the API starts (asynchronous invocations).
 */
export class ApiStack extends Stack {
  readonly graphqlUrl: string;
  readonly handler: NodejsFunction;
  readonly matchingWorker: NodejsFunction;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { table, tableKey, userPool, userPoolClient } = props;

    // What configFromEnv needs in both functions.
    const environment = {
      TABLE_NAME: table.tableName,
      USER_POOL_ID: userPool.userPoolId,
      USER_POOL_CLIENT_ID: userPoolClient.userPoolClientId,
      MAIL_FROM: props.mailFrom,
      // Turns off introspection and stack traces in Apollo Server.
      NODE_ENV: 'production',
    };

    this.matchingWorker = tandemFunction(this, 'MatchingWorker', {
      description: 'Tandem matching worker Lambda',
      entry: 'services/matching/run-worker.lambda.ts',
      // One full vCPU for scoring and the solver; a run of a large pool takes minutes.
      memorySize: 1769,
      timeout: Duration.minutes(15),
      // executeRun records its own failures; a retry would only repeat a run that timed out or crashed.
      retryAttempts: 0,
      environment,
      statements: tableStatements(this, table, tableKey),
    });

    this.handler = tandemFunction(this, 'Graphql', {
      description: 'Tandem GraphQL Lambda',
      entry: 'graphql/src/lambda.ts',
      memorySize: 512,
      timeout: Duration.seconds(10),
      environment: {
        ...environment,
        APP_URL: props.webOrigin, // sign-in link in the API's own mail
        MATCHING_WORKER_FUNCTION: this.matchingWorker.functionName,
      },
      statements: [
        ...tableStatements(this, table, tableKey),
        new PolicyStatement({
          sid: 'UserPoolAdmin',
          actions: cognitoAdminActions,
          resources: [userPool.userPoolArn],
        }),
        sendEmailStatement(this, props.mailFrom),
        // The API starts matching runs; nothing else may invoke the worker (it trusts its events).
        new PolicyStatement({
          sid: 'StartMatchingRuns',
          actions: ['lambda:InvokeFunction'],
          resources: [this.matchingWorker.functionArn],
        }),
      ],
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

interface TandemFunctionProps {
  description: string;
  /** Handler file, relative to the repository root; it exports `handler`. */
  entry: string;
  memorySize: number;
  timeout: Duration;
  retryAttempts?: number;
  environment: Record<string, string>;
  /** Everything the function may do besides logging and tracing. */
  statements: PolicyStatement[];
}

/**
 * A Node.js Lambda bundled like the GraphQL one, with its own log group, its own role (so that no
 * AWS managed policy, with its wildcards, is attached) and active X-Ray tracing.
 */
function tandemFunction(stack: Stack, id: string, props: TandemFunctionProps): NodejsFunction {
  const logGroup = new LogGroup(stack, `${id}Logs`, { retention: RetentionDays.ONE_MONTH });
  const role = new Role(stack, `${id}Role`, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: props.description,
  });
  const fn = new NodejsFunction(stack, id, {
    entry: path.join(repoRoot, props.entry),
    handler: 'handler',
    projectRoot: repoRoot,
    depsLockFilePath: path.join(repoRoot, 'package-lock.json'),
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: props.memorySize,
    timeout: props.timeout,
    retryAttempts: props.retryAttempts,
    role,
    logGroup,
    environment: props.environment,
    bundling: graphqlBundling,
  });
  const access = new Policy(stack, `${id}Access`, { roles: [role], statements: props.statements });

  // Active X-Ray tracing, set on the L1 resource: `tracing: Tracing.ACTIVE` would put the X-Ray
  // grant (Resource '*') into the role's default policy, where an acknowledgement would also hide
  // any later '*'. X-Ray has no resource-level permissions, so '*' lives in its own policy.
  (fn.node.defaultChild as CfnFunction).tracingConfig = { mode: 'Active' };
  const tracing = new Policy(stack, `${id}Tracing`, {
    roles: [role],
    statements: [new PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] })],
  });
  Validations.of(tracing).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'xray:PutTraceSegments and xray:PutTelemetryRecords do not support resource-level permissions.',
  });
  fn.node.addDependency(access, tracing); // permissions in place before the first call
  Validations.of(fn).acknowledge({
    id: 'AwsSolutions-L1',
    reason:
      'Node.js 22 on purpose: the closest Lambda runtime to the Node 20 toolchain the code is tested on ' +
      '(vitest 4 and the AWS SDK pins); move to 24 together with the toolchain.',
  });
  return fn;
}

/** The table's items and indexes; its key only through DynamoDB. */
function tableStatements(stack: Stack, table: ITableV2, tableKey: IKey): PolicyStatement[] {
  return [
    new PolicyStatement({
      sid: 'TableItems',
      actions: dynamoItemActions,
      resources: [
        table.tableArn,
        ...tableShape.globalSecondaryIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`),
      ],
    }),
    // The table key may be used only by DynamoDB on the function's behalf.
    new PolicyStatement({
      sid: 'TableKey',
      actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      resources: [tableKey.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${stack.region}.amazonaws.com` } },
    }),
  ];
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
