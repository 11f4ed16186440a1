// CSV import of people: dry run, start, continue (one slice per call) and the job.
import type { MutationResolvers, PeopleImportJobResolvers, QueryResolvers } from '../generated/resolvers-types';
import { NotFoundError } from '../../../services/shared/errors';
import { requireTenant } from '../context';
import { localId } from '../ids';
import { withUserErrors } from './connection';

// Job ids have the same shape as other global ids ("<Type>:<tenant>:<id>", base64url) but are not
// nodes: they are read with peopleImport(id). Ids of other tenants never reach the data layer.
const jobType = 'PeopleImportJob';
const jobGlobalId = (tenantId: string, id: string) => Buffer.from(`${jobType}:${tenantId}:${id}`).toString('base64url');
function jobLocalId(globalId: string, tenantId: string): string | null {
  const [type, tenant, id, ...rest] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  return type === jobType && tenant === tenantId && id && !rest.length ? id : null;
}

/** The programme id in the request's tenant; another tenant's id is reported like an unknown one. */
const programmeOf = (id: string, tenantId: string) => localId(id, 'Programme', tenantId) ?? '-';

export const peopleImportQueries: Pick<QueryResolvers, 'peopleImport'> = {
  peopleImport: (_, { id }, context) => {
    const scope = requireTenant(context);
    const local = jobLocalId(id, scope.tenantId);
    return local ? context.services.peopleImport.get(scope, local) : null;
  },
};

export const peopleImportMutations: Pick<MutationResolvers, 'dryRunPeopleImport' | 'startPeopleImport' | 'continuePeopleImport'> = {
  dryRunPeopleImport: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      return { report: await context.services.peopleImport.dryRun(scope, { ...input, programmeId: programmeOf(input.programmeId, scope.tenantId) }) };
    }),

  startPeopleImport: (_, { input }, context) =>
    withUserErrors(() => {
      const scope = requireTenant(context);
      return context.services.peopleImport.start(scope, { ...input, programmeId: programmeOf(input.programmeId, scope.tenantId) });
    }),

  continuePeopleImport: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      const id = jobLocalId(input.jobId, scope.tenantId);
      if (!id) throw new NotFoundError('This import does not exist.');
      return { job: await context.services.peopleImport.continue(scope, id) };
    }),
};

export const PeopleImportJob: PeopleImportJobResolvers = {
  id: (job) => jobGlobalId(job.tenantId, job.id),
  programme: (job, _, context) => context.services.programmes.find(requireTenant(context), job.programmeId),
};
