// Who fits whom: the programme's matching preset, suggestions, whole-pool runs, their proposals and the
// coordinator's locked and excluded pairs.
import type {
  CriterionScoreResolvers,
  MatchingPresetResolvers,
  MatchingRunResolvers,
  MatchProposalResolvers,
  MatchSuggestionResolvers,
  MutationResolvers,
  PairPinResolvers,
  QueryResolvers,
} from '../generated/resolvers-types';
import { explainCriterion, explainPair } from '../../../services/matching/explain';
import { criteria as allCriteria } from '../../../services/matching/preset';
import type { CriterionResult } from '../../../services/matching/scoring';
import { NotFoundError } from '../../../services/shared/errors';
import type { TenantScope } from '../../../services/shared/scope';
import type { Language } from '../../../services/shared/validation';
import { leanView, requireTenant, type Context } from '../context';
import { ownLocalId, partsOf, toGlobalId, type NodeType } from '../ids';
import { toConnection, withUserErrors } from './connection';

/** The language explanations are written in: asked for, else the viewer's, else English. */
export const readerLanguage = (language: Language | null | undefined, context: Context): Language =>
  language ?? context.user?.preferredLanguage ?? 'EN';

/** A criterion result with the language its explanation is to be written in. */
export const inLanguage = (criteria: CriterionResult[], language: Language) => criteria.map((result) => ({ ...result, language }));

/** The local id of the scope's tenant's object `id`; ids of other tenants are NOT_FOUND. */
export const own = (id: string, type: NodeType, scope: TenantScope) => ownLocalId(id, type, scope.tenantId);

/** Loads a person of the request's tenant (matching views carry no sensitive data). */
export async function personOf(context: Context, id: string) {
  const person = await context.loaders.person.load(id);
  if (!person) throw new NotFoundError('This person does not exist.');
  return person;
}

export const CriterionScore: CriterionScoreResolvers = {
  explanation: (result) => explainCriterion(result, (result as CriterionResult & { language?: Language }).language ?? 'EN'),
};

export const MatchingPreset: MatchingPresetResolvers = {
  weights: (view) => allCriteria.map((criterion) => ({ criterion, weight: view.preset.weights[criterion] })),
  requireVetting: (view) => view.preset.requireVetting,
  requireTraining: (view) => view.preset.requireTraining,
  respectGenderPreference: (view) => view.preset.respectGenderPreference,
  maxDistanceKm: (view) => view.preset.maxDistanceKm,
  requireCommonLanguage: (view) => view.preset.requireCommonLanguage,
  minimumLanguageLevel: (view) => view.preset.minimumLanguageLevel,
};

type WithLanguage = { language?: Language };

export const MatchSuggestion: MatchSuggestionResolvers = {
  newcomer: (suggestion) => leanView(suggestion.newcomer),
  buddy: (suggestion) => leanView(suggestion.buddy),
  explanation: (suggestion) => explainPair(suggestion.criteria, (suggestion as WithLanguage).language ?? 'EN'),
  criteria: (suggestion) => inLanguage(suggestion.criteria, (suggestion as WithLanguage).language ?? 'EN'),
};

export const MatchingRun: MatchingRunResolvers = {
  id: (run) => toGlobalId('MatchingRun', run.tenantId, run.id),
  programme: async (run, _, context) => {
    const programme = await context.services.programmes.find(requireTenant(context), run.programmeId);
    if (!programme) throw new NotFoundError('This programme does not exist.');
    return programme;
  },
  proposals: async (run, { first, after, language }, context) => {
    const page = await context.services.matching.proposals(requireTenant(context), run.id, first, after);
    const reader = readerLanguage(language, context);
    return toConnection({ ...page, items: page.items.map((edge) => ({ ...edge, node: { ...edge.node, tenantId: run.tenantId, language: reader } })) });
  },
};

type ProposalParent = WithLanguage & { tenantId?: string };

export const MatchProposal: MatchProposalResolvers = {
  id: (proposal) => toGlobalId('MatchProposal', (proposal as ProposalParent).tenantId ?? '', proposal.runId, String(proposal.rank)),
  newcomer: (proposal, _, context) => personOf(context, proposal.newcomerId),
  buddy: (proposal, _, context) => personOf(context, proposal.buddyId),
  explanation: (proposal) => explainPair(proposal.criteria, (proposal as ProposalParent).language ?? 'EN'),
  criteria: (proposal) => inLanguage(proposal.criteria, (proposal as ProposalParent).language ?? 'EN'),
  match: async (proposal, _, context) => (proposal.matchId ? context.services.matches.get(requireTenant(context), proposal.matchId) : null),
};

export const PairPin: PairPinResolvers = {
  newcomer: (pin, _, context) => personOf(context, pin.newcomerId),
  buddy: (pin, _, context) => personOf(context, pin.buddyId),
};

export const matchingQueries: Pick<QueryResolvers, 'matchSuggestions' | 'matchingRuns' | 'pairPins'> = {
  matchSuggestions: async (_, { personId, programmeId, first, language }, context) => {
    const scope = requireTenant(context);
    const suggestions = await context.services.matching.suggestions(
      scope,
      own(personId, 'Person', scope),
      programmeId ? own(programmeId, 'Programme', scope) : null,
      first ?? 5,
    );
    const reader = readerLanguage(language, context);
    return suggestions.map((suggestion) => ({ ...suggestion, language: reader }));
  },
  matchingRuns: async (_, { programmeId, first, after }, context) => {
    const scope = requireTenant(context);
    return toConnection(await context.services.matching.runs(scope, own(programmeId, 'Programme', scope), first, after));
  },
  pairPins: async (_, { programmeId, first, after }, context) => {
    const scope = requireTenant(context);
    return toConnection(await context.services.matching.pins(scope, own(programmeId, 'Programme', scope), first, after));
  },
};

/** Proposal ids of the run `runId` as the ranks the service knows; ids of other runs or tenants become -1 (not part of the run). */
function proposalRanks(ids: readonly string[], runId: string, tenantId: string): number[] {
  return ids.map((id) => {
    const parts = partsOf(id, 'MatchProposal');
    return parts && parts.length === 3 && parts[0] === tenantId && parts[1] === runId && /^\d+$/.test(parts[2]) ? Number(parts[2]) : -1;
  });
}

export const matchingMutations: Pick<MutationResolvers, 'updateMatchingPreset' | 'startMatchingRun' | 'setPairPin' | 'approveMatchProposals'> = {
  updateMatchingPreset: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      return { preset: await context.services.matching.updatePreset(scope, { ...input, programmeId: own(input.programmeId, 'Programme', scope) }) };
    }),

  startMatchingRun: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      return { run: await context.services.matching.startRun(scope, { programmeId: own(input.programmeId, 'Programme', scope) }, context.services.runLauncher) };
    }),

  setPairPin: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      const pin = await context.services.matching.setPin(scope, {
        ...input,
        programmeId: own(input.programmeId, 'Programme', scope),
        newcomerId: own(input.newcomerId, 'Person', scope),
        buddyId: own(input.buddyId, 'Person', scope),
      });
      return { pin };
    }),

  approveMatchProposals: async (_, { input }, context) => {
    const scope = requireTenant(context);
    const runId = own(input.runId, 'MatchingRun', scope);
    const ranks = input.proposalIds ? proposalRanks(input.proposalIds, runId, scope.tenantId) : null;
    const result = await withUserErrors(() => context.services.matches.approveProposals(scope, { runId, proposalRanks: ranks }));
    if (!result.matches) return { matches: [], userErrors: result.userErrors };
    return {
      matches: result.matches,
      userErrors: (result.problems ?? []).map((problem) => ({
        field: input.proposalIds ? ['input', 'proposalIds', String(problem.index)] : ['input', 'runId'],
        code: problem.code,
        message: problem.proposal ? `${problem.message} (proposal ${problem.proposal.rank + 1})` : problem.message,
      })),
    };
  },
};
