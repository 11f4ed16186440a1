// CSV import of people: dry run, start, continue (one slice per call) and the job.
import type { MutationResolvers, PeopleImportJobResolvers, QueryResolvers } from '../generated/resolvers-types';
import { NotFoundError } from '../../../services/shared/errors';
import { requireTenant } from '../context';
import { localId, toGlobalId } from '../ids';
import { withUserErrors } from './connection';

// Job ids are global ids (see ids.ts) read with peopleImport(id); other tenants' ids never reach the data layer.
const jobLocalId = (id: string, tenantId: string) => localId(id, 'PeopleImportJob', tenantId);

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
  id: (job) => toGlobalId('PeopleImportJob', job.tenantId, job.id),
  programme: (job, _, context) => context.services.programmes.find(requireTenant(context), job.programmeId),
};
