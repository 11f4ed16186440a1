// SDK clients for the emulators. They ignore credentials, but the SDK refuses to sign without any.
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export function localDynamoDbClient(endpoint: string, region: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region, credentials: localCredentials, maxAttempts: 1 });
}

export function localCognitoClient(endpoint: string, region: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ endpoint, region, credentials: localCredentials, maxAttempts: 1 });
}

/**
 * Code that builds its own clients from AppConfig (the GraphQL handler, the seeding) finds
 * credentials in the environment: give it dummy ones unless the developer has set some.
 */
export function useLocalAwsEnvironment(region: string): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.AWS_REGION ??= region;
  if (!process.env.AWS_ACCESS_KEY_ID) {
    process.env.AWS_ACCESS_KEY_ID = 'local';
    process.env.AWS_SECRET_ACCESS_KEY = 'local';
  }
}
