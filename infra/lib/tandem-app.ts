import path from 'node:path';
import { Stack, Validations, type App, type Environment } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ApiStack } from './api-stack';
import { AuthStack } from './auth-stack';
import { DataStack } from './data-stack';
import { WebContentStack } from './web-content-stack';
import { WebStack } from './web-stack';

export interface TandemOptions {
  env?: Environment;
  /** The built web app; defaults to web/dist in the repository. */
  webDistDir?: string;
}

/**
 * All stacks of the cloud deployment, in dependency order:
 * Data, Web (hosting) → Auth (invitation links to the web) → Api (CORS for the web origin)
 * → WebContent (the built app plus config.json pointing at the API).
 */
export function createTandemStacks(app: App, options: TandemOptions = {}) {
  const { env } = options;
  const mailFrom: string = app.node.tryGetContext('mailFrom') ?? 'no-reply@example.org';
  const sendEmailViaSes = String(app.node.tryGetContext('cognitoEmailViaSes')) === 'true';

  // Every finding of the AWS Solutions rules fails synth unless fixed or acknowledged with a reason.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

  const data = new DataStack(app, 'Tandem-Data', { env, description: 'Tandem: single DynamoDB table' });
  const web = new WebStack(app, 'Tandem-Web', { env, description: 'Tandem: web hosting (S3 + CloudFront)' });
  const auth = new AuthStack(app, 'Tandem-Auth', {
    env,
    description: 'Tandem: Cognito user pool, groups and web client',
    signInUrl: web.webOrigin,
    mailFrom,
    sendEmailViaSes,
  });
  const api = new ApiStack(app, 'Tandem-Api', {
    env,
    description: 'Tandem: GraphQL API (HTTP API + Lambda)',
    table: data.table,
    tableKey: data.tableKey,
    userPool: auth.userPool,
    userPoolClient: auth.userPoolClient,
    webOrigin: web.webOrigin,
    mailFrom,
  });
  const webContent = new WebContentStack(app, 'Tandem-WebContent', {
    env,
    description: 'Tandem: web app files and config.json',
    siteBucket: web.siteBucket,
    publisherRole: web.publisherRole,
    distDir: options.webDistDir ?? path.resolve(import.meta.dirname, '../../web/dist'),
    config: {
      graphqlUrl: api.graphqlUrl,
      region: Stack.of(api).region,
      userPoolId: auth.userPool.userPoolId,
      userPoolClientId: auth.userPoolClient.userPoolClientId,
    },
  });
  return { data, web, auth, api, webContent };
}
