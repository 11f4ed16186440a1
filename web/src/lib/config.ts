import * as z from 'zod/mini';

// Runtime configuration, served next to the app as /config.json (locally by the gateway, in the
// cloud by the web stack), so one build runs against any stack.
const required = () => z.string().check(z.minLength(1));
const runtimeConfigSchema = z.object({
  graphqlUrl: required(),
  region: required(),
  userPoolId: required(),
  userPoolClientId: required(),
  // Unset (or null/empty) in the cloud, where the SDK finds Cognito from the region.
  cognitoEndpoint: z.optional(z.nullable(z.string())),
});

export interface RuntimeConfig {
  graphqlUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  cognitoEndpoint?: string;
}

let loaded: RuntimeConfig | undefined;

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const json: unknown = await response.json();
  const config = runtimeConfigSchema.parse(json);
  // A relative graphqlUrl ("/graphql") is resolved against the page.
  loaded = {
    ...config,
    graphqlUrl: new URL(config.graphqlUrl, window.location.href).toString(),
    cognitoEndpoint: config.cognitoEndpoint || undefined,
  };
  return loaded;
}

/** The configuration loaded at start-up (main.tsx renders nothing before it is there). */
export function runtimeConfig(): RuntimeConfig {
  if (!loaded) throw new Error('Runtime configuration is not loaded yet');
  return loaded;
}
