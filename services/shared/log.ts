// Structured JSON logs (Powertools). Every line carries the request id and, once known, the tenant
// id; never personal data (no e-mail addresses, names or tokens).
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({
  serviceName: 'tandem-graphql',
  logLevel: (process.env.LOG_LEVEL as 'INFO' | 'DEBUG' | 'WARN' | 'ERROR' | undefined) ?? (process.env.VITEST ? 'ERROR' : 'INFO'),
});
