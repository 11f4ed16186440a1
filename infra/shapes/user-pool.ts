// The one definition of the Cognito user pool: CDK auth stack and the local cognito-local setup both
// create the pool, its groups and its app client from this. Pure data, no AWS imports.
export const userPoolShape = {
  localPoolName: 'tandem-local',
  clientName: 'tandem-web',
  // Users sign in with their e-mail address; it is also the Cognito username.
  usernameAttributes: ['email'] as const,
  passwordPolicy: {
    minimumLength: 12,
    requireLowercase: true,
    requireUppercase: true,
    requireNumbers: true,
    requireSymbols: false,
    temporaryPasswordValidityDays: 7,
  },
  // Groups mirror roles for Cognito-side tooling; authorisation itself uses server-side memberships.
  groups: [
    { name: 'platform-operators', description: 'Tandem platform operators' },
    { name: 'tenant-admins', description: 'Administrators of a municipality (tenant)' },
    { name: 'coordinators', description: 'Buddy programme coordinators' },
    { name: 'buddies', description: 'Volunteer buddies' },
    { name: 'newcomers', description: 'Newcomers (participants)' },
  ],
  // USER_PASSWORD_AUTH because cognito-local has no SRP; refresh tokens for long sessions.
  authFlows: { userPassword: true, userSrp: true },
  tokenValidity: { accessMinutes: 60, idMinutes: 60, refreshDays: 30 },
} as const;

export type UserPoolShape = typeof userPoolShape;
