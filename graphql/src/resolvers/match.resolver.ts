// Matches and their lifecycle, and the public proposal page behind a buddy's or newcomer's link.
import type { MatchInvitationResolvers, MatchResolvers, MutationResolvers, PersonResolvers, QueryResolvers } from '../generated/resolvers-types';
import { explainPair } from '../../../services/matching/explain';
import { allowedNextMatchStatuses } from '../../../services/matching/match.service';
import { NotFoundError } from '../../../services/shared/errors';
import { requireTenant, type Context } from '../context';
import { toGlobalId } from '../ids';
import { toConnection, withUserErrors } from './connection';
import { inLanguage, own, personOf, readerLanguage } from './matching.resolver';

export const Match: MatchResolvers = {
  id: (match) => toGlobalId('Match', match.tenantId, match.id),
  programme: async (match, _, context) => {
    const programme = await context.services.programmes.find(requireTenant(context), match.programmeId);
    if (!programme) throw new NotFoundError('This programme does not exist.');
    return programme;
  },
  newcomer: (match, _, context) => personOf(context, match.newcomerId),
  buddy: (match, _, context) => personOf(context, match.buddyId),
  allowedNextStatuses: (match) => allowedNextMatchStatuses(match),
  explanation: (match, { language }, context) => explainPair(match.criteria, readerLanguage(language, context)),
  criteria: (match, { language }, context) => inLanguage(match.criteria, readerLanguage(language, context)),
  history: (match, _, context) => context.services.matches.history(requireTenant(context), match.id),
};

/** The person's own language, unless the page asks for another. */
const invitationLanguage = (invitation: { preferredLanguage: Parameters<typeof readerLanguage>[0] }, language: Parameters<typeof readerLanguage>[0]) =>
  language ?? invitation.preferredLanguage ?? 'EN';

export const MatchInvitation: MatchInvitationResolvers = {
  explanation: (invitation, { language }) => explainPair(invitation.criteria, invitationLanguage(invitation, language)),
  criteria: (invitation, { language }) => inLanguage(invitation.criteria, invitationLanguage(invitation, language)),
};

export const personMatchFields: Pick<PersonResolvers, 'matches' | 'openMatchCount'> = {
  matches: async (person, { first, after }, context) => toConnection(await context.services.matches.ofPerson(requireTenant(context), person, first, after)),
  openMatchCount: (person) => (person.role === 'BUDDY' ? (person.openMatchCount ?? 0) : null),
};

export const matchQueries: Pick<QueryResolvers, 'matches' | 'matchInvitation'> = {
  matches: async (_, { filter, first, after }, context) => {
    const scope = requireTenant(context);
    return toConnection(await context.services.matches.list(scope, { programmeId: own(filter.programmeId, 'Programme', scope), status: filter.status }, first, after));
  },
  matchInvitation: (_, { tenantSlug, token }, context) => context.services.matches.invitation(tenantSlug, token),
};

/** A lifecycle mutation on one match: the match id is resolved in the request's tenant. */
const onMatch =
  <I extends { matchId: string }>(run: (context: Context, input: I) => Promise<unknown>) =>
  (_: unknown, { input }: { input: I }, context: Context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      return { match: (await run(context, { ...input, matchId: own(input.matchId, 'Match', scope) })) as never };
    });

export const matchMutations: Pick<
  MutationResolvers,
  'approveMatch' | 'recordMatchAnswer' | 'createMatchAnswerLink' | 'startMatch' | 'pauseMatch' | 'resumeMatch' | 'endMatch' | 'answerMatchInvitation'
> = {
  approveMatch: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      return {
        match: await context.services.matches.approve(scope, {
          programmeId: own(input.programmeId, 'Programme', scope),
          newcomerId: own(input.newcomerId, 'Person', scope),
          buddyId: own(input.buddyId, 'Person', scope),
        }),
      };
    }),
  recordMatchAnswer: onMatch((context, input) => context.services.matches.recordAnswer(requireTenant(context), input)),
  startMatch: onMatch((context, input) => context.services.matches.start(requireTenant(context), input)),
  pauseMatch: onMatch((context, input) => context.services.matches.pause(requireTenant(context), input)),
  resumeMatch: onMatch((context, input) => context.services.matches.resume(requireTenant(context), input)),
  endMatch: onMatch((context, input) => context.services.matches.end(requireTenant(context), input)),
  createMatchAnswerLink: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      return { link: await context.services.matches.createAnswerLink(scope, { ...input, matchId: own(input.matchId, 'Match', scope) }) };
    }),
  answerMatchInvitation: (_, { input }, context) =>
    withUserErrors(async () => {
      const { tenantSlug, token, ...answer } = input;
      return { invitation: await context.services.matches.answerByLink(tenantSlug, token, answer) };
    }),
};
