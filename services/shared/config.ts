// Runtime configuration of the API, the same shape locally and on Lambda.
export interface AppConfig {
  region: string;
  tableName: string;
  /** Set locally (DynamoDB Local); unset in the cloud. */
  dynamoDbEndpoint?: string;
  userPoolId: string;
  userPoolClientId: string;
  /** Set locally (cognito-local); unset in the cloud. */
  cognitoEndpoint?: string;
  /**
   * How invitations (temporary passwords) and other mail reach people:
   * - outbox: written as JSON files to `outboxDir` (local development; readable at /outbox)
   * - cognito: Cognito sends the invitation itself; other mail goes through Amazon SES from `mailFrom`
   */
  mail: { kind: 'outbox'; outboxDir: string } | { kind: 'cognito'; mailFrom: string };
  /** Where people sign in (used in e-mails), e.g. http://127.0.0.1:4000 or the CloudFront URL. */
  appUrl?: string;
  /** true only in the cloud: introspection and stack traces off. */
  production: boolean;
  /** The Lambda that does whole-pool matching runs (cloud); unset locally, where runs work in-process. */
  matchingWorkerFunction?: string;
}

/** Reads the Lambda environment (set by the CDK api stack). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`Missing environment variable ${name}`);
    return value;
  };
  return {
    region: env.AWS_REGION ?? need('REGION'),
    tableName: need('TABLE_NAME'),
    dynamoDbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    userPoolId: need('USER_POOL_ID'),
    userPoolClientId: need('USER_POOL_CLIENT_ID'),
    cognitoEndpoint: env.COGNITO_ENDPOINT || undefined,
    mail: env.OUTBOX_DIR
      ? { kind: 'outbox', outboxDir: env.OUTBOX_DIR }
      : { kind: 'cognito', mailFrom: need('MAIL_FROM') },
    appUrl: env.APP_URL || undefined,
    production: env.NODE_ENV === 'production',
    matchingWorkerFunction: env.MATCHING_WORKER_FUNCTION || undefined,
  };
}
