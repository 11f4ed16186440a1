// AWS Lambda entry of the matching worker: does one whole-pool matching run that the API started
// (matchingService.startRun → the launcher in services/app.ts invokes this function asynchronously).
import type { Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { createServices, type Services } from '../app';
import { configFromEnv } from '../shared/config';
import { logger } from '../shared/log';
import { grantTenantScope } from '../shared/scope';

const idSchema = z.string().check(z.minLength(1), z.maxLength(100));

/** What the API sends; the launcher in services/app.ts builds it against this type. */
export const matchingRunEventSchema = z.object({
  kind: z.literal('matching-run'),
  tenantId: idSchema,
  runId: idSchema,
  userId: idSchema,
});
export type MatchingRunEvent = z.infer<typeof matchingRunEventSchema>;

// Built on the first event, then reused by the container's later invocations.
let services: Services | undefined;

export async function handler(event: unknown, context?: Context): Promise<void> {
  const parsed = z.safeParse(matchingRunEventSchema, event);
  if (!parsed.success) {
    // Paths and codes only: the event's values are not logged.
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
    logger.error('matching worker ignores an invalid event', { requestId: context?.awsRequestId, issues });
    return;
  }
  const { tenantId, runId, userId } = parsed.data;
  services ??= createServices(configFromEnv());
  // Trusted system code: IAM lets only the API function invoke this one, and the API sends an event
  // only after startRun checked the coordinator's membership and created the run in that tenant.
  const scope = grantTenantScope(tenantId, userId, 'COORDINATOR');
  logger.info('matching run starts', { requestId: context?.awsRequestId, tenantId, runId });
  await services.matching.executeRun(scope, runId); // never throws: a failure is recorded on the run
}
