import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { CDK_APP_MODE_CONTEXT } from 'aws-cdk-lib/cx-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableShape } from '../shapes/table';
import { userPoolShape } from '../shapes/user-pool';
import { cognitoAdminActions, dynamoItemActions } from './api-stack';
import { createTandemStacks } from './tandem-app';

const repoRoot = path.resolve(import.meta.dirname, '../..');
// The same feature flags and settings as `cdk synth`, so the tests see the deployed templates.
const cdkContext = JSON.parse(readFileSync(path.join(repoRoot, 'cdk.json'), 'utf8')).context;
const env = { account: '123456789012', region: 'eu-west-1' };
const scratch = mkdtempSync(path.join(tmpdir(), 'tandem-cdk-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let apps = 0;
/** A fresh app; bundling is skipped unless a stack is named in `bundle`. */
function buildApp(options: { bundle?: string[]; webDistDir?: string } = {}) {
  const outdir = path.join(scratch, `app-${apps++}`);
  const context = {
    ...cdkContext,
    'aws:cdk:bundling-stacks': options.bundle ?? [],
    // synth() throws with the validation report in the message, whatever NODE_ENV the runner sets.
    [CDK_APP_MODE_CONTEXT]: 'inmemory',
  };
  const app = new App({ outdir, context });
  const stacks = createTandemStacks(app, { env, webDistDir: options.webDistDir ?? path.join(scratch, 'no-dist') });
  return { app, stacks, outdir };
}

type Statement = { Action: string | string[]; Resource: unknown; Effect: string; Condition?: unknown };
const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
function statementsOf(template: Template): Statement[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) => policy.Properties.PolicyDocument.Statement as Statement[],
  );
}
/** The policies attached to the role whose logical id starts with `rolePrefix`. */
function policiesOf(template: Template, rolePrefix: string): { id: string; statements: Statement[] }[] {
  return Object.entries(template.findResources('AWS::IAM::Policy'))
    .filter(([, policy]) => policy.Properties.Roles.some((role: { Ref: string }) => role.Ref.startsWith(rolePrefix)))
    .map(([id, policy]) => ({ id, statements: policy.Properties.PolicyDocument.Statement }));
}
/** The Lambda function with this construct id (its logical id is the id plus a hash). */
function functionNamed(template: Template, constructId: string) {
  const found = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) =>
    new RegExp(`^${constructId}[0-9A-F]{8}$`).test(id),
  );
  expect(found).toHaveLength(1);
  return { id: found[0][0], Properties: found[0][1].Properties };
}

describe('the synthesised app', () => {
  let t: Record<'data' | 'auth' | 'api' | 'web' | 'webContent', Template>;
  let outdir: string;
  beforeAll(() => {
    const built = buildApp();
    outdir = built.outdir;
    const s = built.stacks;
    t = {
      data: Template.fromStack(s.data),
      auth: Template.fromStack(s.auth),
      api: Template.fromStack(s.api),
      web: Template.fromStack(s.web),
      webContent: Template.fromStack(s.webContent),
    };
  });

  it('passes every AWS Solutions check, each exception acknowledged with a reason', () => {
    // synth() throws on an error finding; the report also lists warnings and would show any here.
    const report = JSON.parse(readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
    const findings = report.pluginReports.flatMap((plugin: { violations?: unknown[] }) => plugin.violations ?? []);
    expect(findings).toEqual([]);
  });

  it('DataStack: the single table from the shape, recoverable, encrypted, protected', () => {
    t.data.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: tableShape.partitionKey, KeyType: 'HASH' },
          { AttributeName: tableShape.sortKey, KeyType: 'RANGE' },
        ],
        AttributeDefinitions: Match.arrayWith([
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'gsi1pk', AttributeType: 'S' },
          { AttributeName: 'gsi1sk', AttributeType: 'S' },
        ]),
        GlobalSecondaryIndexes: tableShape.globalSecondaryIndexes.map((index) =>
          Match.objectLike({
            IndexName: index.indexName,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' },
              { AttributeName: index.sortKey, KeyType: 'RANGE' },
            ],
          }),
        ),
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            SSESpecification: { KMSMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TableKey'), 'Arn'] } },
          }),
        ],
      }),
    });
    t.data.hasResource('AWS::KMS::Key', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ EnableKeyRotation: true }),
    });
  });

  it('AuthStack: invitation-only pool with the shape password policy, groups and client', () => {
    const policy = userPoolShape.passwordPolicy;
    t.auth.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        AdminCreateUserConfig: Match.objectLike({
          AllowAdminCreateUserOnly: true,
          InviteMessageTemplate: { EmailSubject: Match.stringLikeRegexp('Tandem'), EmailMessage: Match.anyValue() },
        }),
        UsernameAttributes: ['email'],
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
        DeletionProtection: 'ACTIVE',
        Policies: {
          PasswordPolicy: {
            MinimumLength: policy.minimumLength,
            RequireLowercase: policy.requireLowercase,
            RequireUppercase: policy.requireUppercase,
            RequireNumbers: policy.requireNumbers,
            RequireSymbols: policy.requireSymbols,
            TemporaryPasswordValidityDays: policy.temporaryPasswordValidityDays,
          },
        },
      }),
    });
    const pool = Object.values(t.auth.findResources('AWS::Cognito::UserPool'))[0];
    // Cognito rejects an invitation template without both placeholders.
    const invitation = JSON.stringify(pool.Properties.AdminCreateUserConfig.InviteMessageTemplate.EmailMessage);
    expect(invitation).toContain('{username}');
    expect(invitation).toContain('{####}');

    const groups = Object.values(t.auth.findResources('AWS::Cognito::UserPoolGroup'));
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual(
      userPoolShape.groups.map((group) => group.name).sort(),
    );

    t.auth.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: userPoolShape.clientName,
      GenerateSecret: false,
      ExplicitAuthFlows: Match.arrayEquals(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
      AccessTokenValidity: userPoolShape.tokenValidity.accessMinutes,
      IdTokenValidity: userPoolShape.tokenValidity.idMinutes,
      RefreshTokenValidity: userPoolShape.tokenValidity.refreshDays * 24 * 60,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
    });
  });

  it('ApiStack: arm64 production Lambda with the environment configFromEnv reads', () => {
    t.api.hasResourceProperties('AWS::Lambda::Function', {
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^GraphqlRole'), 'Arn'] },
      Architectures: ['arm64'],
      Runtime: Match.stringLikeRegexp('^nodejs(20|22)\\.x$'),
      MemorySize: 512,
      Timeout: 10,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^GraphqlLogs') } },
      Environment: {
        Variables: {
          TABLE_NAME: Match.anyValue(),
          USER_POOL_ID: Match.anyValue(),
          USER_POOL_CLIENT_ID: Match.anyValue(),
          MAIL_FROM: 'no-reply@example.org',
          APP_URL: Match.anyValue(),
          NODE_ENV: 'production',
          MATCHING_WORKER_FUNCTION: { Ref: Match.stringLikeRegexp('^MatchingWorker[0-9A-F]{8}$') },
        },
      },
    });
    const logGroups = t.api.findResources('AWS::Logs::LogGroup');
    const graphqlLogs = Object.entries(logGroups).find(([id]) => id.startsWith('GraphqlLogs'));
    expect(graphqlLogs?.[1].Properties.RetentionInDays).toBe(30);
  });

  it('ApiStack: a matching worker with one vCPU and 15 minutes, which the API starts asynchronously', () => {
    const worker = functionNamed(t.api, 'MatchingWorker');
    expect(worker.Properties).toMatchObject({
      Architectures: ['arm64'],
      MemorySize: 1769,
      Timeout: 900,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: { LogGroup: { Ref: expect.stringMatching(/^MatchingWorkerLogs/) } },
      Environment: { Variables: { MAIL_FROM: 'no-reply@example.org', NODE_ENV: 'production' } },
    });
    // The worker reads the API's configuration, minus the web origin and the worker itself.
    const apiVars = functionNamed(t.api, 'Graphql').Properties.Environment.Variables;
    const workerVars = worker.Properties.Environment.Variables;
    expect(Object.keys(workerVars).sort()).toEqual(['MAIL_FROM', 'NODE_ENV', 'TABLE_NAME', 'USER_POOL_CLIENT_ID', 'USER_POOL_ID']);
    for (const name of Object.keys(workerVars)) expect(workerVars[name]).toEqual(apiVars[name]);
    // A run that timed out is not started again behind the coordinator's back.
    t.api.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: worker.id },
      MaximumRetryAttempts: 0,
    });

    // The API's role may invoke exactly the worker, and nothing else may invoke anything.
    const invokes = statementsOf(t.api).filter((s) => list(s.Action).some((action) => action.startsWith('lambda:')));
    expect(invokes).toHaveLength(1);
    expect(invokes[0]).toMatchObject({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [worker.id, 'Arn'] } });
    expect(policiesOf(t.api, 'GraphqlRole').flatMap((policy) => policy.statements)).toContainEqual(invokes[0]);
  });

  it('ApiStack: the worker reads and writes table items only, no Scan, no user pool, no mail', () => {
    const statements = policiesOf(t.api, 'MatchingWorkerRole').flatMap((policy) => policy.statements);
    const actions = statements.flatMap((statement) => list(statement.Action));
    expect(actions.filter((action) => action.startsWith('dynamodb:')).sort()).toEqual([...dynamoItemActions].sort());
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions.filter((action) => /^(cognito-idp|ses|lambda):/.test(action))).toEqual([]);
    // The same table and index resources as the API's (checked in the least-privilege test).
    const dynamoOf = (rolePrefix: string) =>
      policiesOf(t.api, rolePrefix).flatMap((policy) => policy.statements).find((s) => list(s.Action).includes('dynamodb:Query'));
    expect(dynamoOf('MatchingWorkerRole')?.Resource).toEqual(dynamoOf('GraphqlRole')?.Resource);
    const key = statements.find((s) => list(s.Action).includes('kms:Decrypt'));
    expect(key?.Condition).toEqual({ StringEquals: { 'kms:ViaService': 'dynamodb.eu-west-1.amazonaws.com' } });
    const role = t.api.findResources('AWS::IAM::Role');
    expect(Object.entries(role).find(([id]) => id.startsWith('MatchingWorkerRole'))?.[1].Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('ApiStack: least privilege, scoped to the table, its index, the key and the user pool', () => {
    const statements = statementsOf(t.api);
    const actions = statements.flatMap((statement) => list(statement.Action));
    expect(actions.filter((action) => action.includes('*'))).toEqual([]);

    // Only X-Ray, which has no resource-level permissions, may use Resource '*'.
    for (const statement of statements.filter((s) => list(s.Resource).includes('*'))) {
      expect(list(statement.Action).every((action) => action.startsWith('xray:'))).toBe(true);
    }

    const apiStatements = policiesOf(t.api, 'GraphqlRole').flatMap((policy) => policy.statements);
    const dynamo = apiStatements.filter((s) => list(s.Action).some((action) => action.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect(list(dynamo[0].Action).sort()).toEqual([...dynamoItemActions].sort());
    expect(list(dynamo[0].Action)).not.toContain('dynamodb:Scan');
    const resources = JSON.stringify(dynamo[0].Resource);
    expect(resources).not.toContain('"*"');
    expect(resources).toMatch(/"StackName":"Tandem-Data".*"OutputName":"[^"]*TableCD117FA1Arn/);
    expect(resources).toContain('/index/gsi1');

    const cognito = statements.find((s) => list(s.Action).some((action) => action.startsWith('cognito-idp:')));
    expect(list(cognito!.Action).sort()).toEqual([...cognitoAdminActions].sort());
    expect(JSON.stringify(cognito!.Resource)).toMatch(/"StackName":"Tandem-Auth".*UserPool[0-9A-F]+Arn/);

    const ses = statements.find((s) => list(s.Action).includes('ses:SendEmail'));
    expect(JSON.stringify(ses!.Resource)).toContain(':identity/example.org');

    const role = Object.values(t.api.findResources('AWS::IAM::Role'))[0];
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('ApiStack: GET and POST /graphql, CORS for the web origin only, logged and throttled stage', () => {
    const routes = Object.values(t.api.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual(['GET /graphql', 'POST /graphql']);
    const api = Object.values(t.api.findResources('AWS::ApiGatewayV2::Api'))[0];
    const origins = api.Properties.CorsConfiguration.AllowOrigins;
    expect(origins).toHaveLength(1);
    expect(JSON.stringify(origins[0])).toMatch(/https:\/\/.*"StackName":"Tandem-Web".*Distribution[0-9A-F]+DomainName/);
    t.api.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('\\$context\\.requestId') },
      DefaultRouteSettings: { ThrottlingBurstLimit: Match.anyValue(), ThrottlingRateLimit: Match.anyValue() },
    });
  });

  it('ApiStack: outputs with the keys the local stack also writes', () => {
    expect(Object.keys(t.api.findOutputs('*'))).toEqual(
      expect.arrayContaining(['GraphqlUrl', 'UserPoolId', 'UserPoolClientId', 'Region', 'TableName']),
    );
    t.api.hasOutput('Region', { Value: 'eu-west-1' });
    expect(JSON.stringify(t.api.findOutputs('GraphqlUrl'))).toMatch(/execute-api.*\/graphql"/);
  });

  it('WebStack: private, logged buckets behind CloudFront with OAC, SPA fallback and HTTPS', () => {
    const buckets = Object.values(t.web.findResources('AWS::S3::Bucket'));
    expect(buckets).toHaveLength(2);
    for (const bucket of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault).toEqual({
        SSEAlgorithm: 'AES256',
      });
    }
    t.web.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
    });
    t.web.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          ResponseHeadersPolicyId: Match.anyValue(),
        }),
        CustomErrorResponses: Match.arrayWith([
          Match.objectLike({ ErrorCode: 403, ResponseCode: 200, ResponsePagePath: '/index.html' }),
          Match.objectLike({ ErrorCode: 404, ResponseCode: 200, ResponsePagePath: '/index.html' }),
        ]),
        Logging: Match.objectLike({ Bucket: Match.anyValue() }),
      }),
    });
    expect(JSON.stringify(t.web.findOutputs('WebUrl'))).toMatch(/https:\/\/.*Distribution[0-9A-F]+.*DomainName/);
    t.web.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 31536000 }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentSecurityPolicy: Match.objectLike({ Override: true }),
        }),
      }),
    });
  });

  it('WebContentStack: config.json carries the API URL, region and Cognito ids', () => {
    const deployments = Object.values(t.webContent.findResources('Custom::CDKBucketDeployment'));
    expect(deployments).toHaveLength(1); // no web build here: config.json only
    const { SourceObjectKeys, SourceMarkers } = deployments[0].Properties;
    const assetDir = path.join(outdir, `asset.${String(SourceObjectKeys[0]).replace(/\.zip$/, '')}`);
    const config = JSON.parse(readFileSync(path.join(assetDir, 'config.json'), 'utf8'));
    expect(Object.keys(config).sort()).toEqual(['graphqlUrl', 'region', 'userPoolClientId', 'userPoolId']);
    expect(config.region).toBe('eu-west-1');

    // Deploy-time values are markers, replaced by the upload function with the referenced outputs.
    const resolved = (marker: string) => JSON.stringify(SourceMarkers[0][marker]);
    expect(config.graphqlUrl).toMatch(/^https:\/\/<<marker:0xbaba:\d+>>\.execute-api\.eu-west-1\..*\/graphql$/);
    expect(resolved(config.graphqlUrl.match(/<<marker:0xbaba:\d+>>/)[0])).toMatch(/"Tandem-Api".*RefHttpApi/);
    expect(resolved(config.userPoolId)).toMatch(/"Tandem-Auth".*RefUserPool[0-9A-F]+"/);
    expect(resolved(config.userPoolClientId)).toMatch(/"Tandem-Auth".*RefUserPoolWebClient/);
  });
});

describe('with a built web app', () => {
  it('uploads hashed assets with long caching, then index.html and config.json without', () => {
    const dist = path.join(scratch, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/app-1a2b.js"></script>');
    writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
    const template = Template.fromStack(buildApp({ webDistDir: dist }).stacks.webContent);

    const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment'));
    const caching = deployments.map((deployment) => deployment.Properties.SystemMetadata['cache-control']).sort();
    expect(caching).toEqual(['no-cache', 'public, max-age=31536000, immutable']);
    const entry = deployments.find((deployment) => deployment.Properties.Prune === false)!;
    expect(entry.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^AssetsCustomResource/)]));

    // The upload role reads exactly the three asset objects, nothing else of the asset bucket.
    const reads = statementsOf(template).filter((s) => list(s.Action).includes('s3:GetObject'));
    expect(reads).toHaveLength(1);
    expect(list(reads[0].Resource)).toHaveLength(3);
    expect(JSON.stringify(reads[0].Resource)).not.toContain('*');
  });
});

describe('cdk-nag', () => {
  it('fails synthesis on an unacknowledged finding', () => {
    const { app, stacks, outdir } = buildApp();
    new Bucket(stacks.web, 'Unlogged'); // no server access logs, no SSL enforcement
    stacks.api.handler.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] }));
    let message = '';
    try {
      app.synth();
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/AwsSolutions-S1/);
    expect(message).toMatch(/AwsSolutions-S10/);
    expect(message).toMatch(/AwsSolutions-IAM5\[Action::dynamodb:\*\]/);
    // The same report file that the passing test reads lists them.
    const report = JSON.parse(readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
    const rules = report.pluginReports.flatMap((plugin: { violations: { ruleName: string }[] }) =>
      plugin.violations.map((violation) => violation.ruleName),
    );
    expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-IAM5[Resource::*]']));
  });
});

describe('the Lambda bundles', () => {
  const lambdaEnv = {
    PATH: process.env.PATH,
    AWS_REGION: 'eu-west-1',
    TABLE_NAME: 'tandem',
    USER_POOL_ID: 'eu-west-1_test',
    USER_POOL_CLIENT_ID: 'client',
    MAIL_FROM: 'no-reply@example.org',
    APP_URL: 'https://example.org',
    MATCHING_WORKER_FUNCTION: 'tandem-matching-worker',
    NODE_ENV: 'production',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };

  it('build ES modules under 3 MB that load on Node with the Lambda environment', () => {
    const { stacks, outdir } = buildApp({ bundle: ['Tandem-Api'] });
    const template = Template.fromStack(stacks.api);
    const bundleOf = (constructId: string) => {
      const key: string = functionNamed(template, constructId).Properties.Code.S3Key;
      const bundle = path.join(outdir, `asset.${key.replace(/\.zip$/, '')}`, 'index.mjs');
      const size = readFileSync(bundle).byteLength;
      console.info(`${constructId} bundle: ${(size / 1024).toFixed(0)} KiB`);
      expect(size).toBeGreaterThan(0);
      expect(size).toBeLessThan(3 * 1024 * 1024);
      return bundle;
    };
    const run = (script: string) => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: lambdaEnv, encoding: 'utf8', timeout: 20_000 });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout + result.stderr;
    };

    // Importing catches ESM/CommonJS mistakes (e.g. "Dynamic require of ... is not supported").
    const graphql = bundleOf('Graphql');
    run(`const m = await import(${JSON.stringify(graphql)}); if (typeof m.handler !== 'function') process.exit(3);`);

    // The worker ignores (and logs, without the event's values) an event that is not a run.
    const worker = bundleOf('MatchingWorker');
    const out = run(
      `const m = await import(${JSON.stringify(worker)});\n` +
        `await m.handler({ kind: 'matching-run', tenantId: 'jane.doe@example.org', runId: '' });`,
    );
    expect(out).toContain('matching worker ignores an invalid event');
    expect(out).not.toContain('jane.doe@example.org');
  }, 90_000);
});
