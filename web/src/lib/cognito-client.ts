/** The Cognito calls, loaded when first needed (the sign-in page starts loading them early). */
export function loadCognito(): Promise<typeof import('./cognito-api')> {
  return import('./cognito-api');
}

/** The Cognito error name (e.g. NotAuthorizedException), or undefined for other failures. */
export function cognitoErrorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return undefined;
}
