// All resolvers, one file per GraphQL type.
import type { Resolvers } from '../generated/resolvers-types';
import { AuditEntry } from './audit-entry.resolver';
import { FieldOption, FormField, IntakeForm, Interest } from './intake-form.resolver';
import { Match, MatchInvitation, matchMutations, matchQueries } from './match.resolver';
import { CriterionScore, MatchingPreset, MatchingRun, MatchProposal, MatchSuggestion, matchingMutations, matchingQueries, PairPin } from './matching.resolver';
import { Membership } from './membership.resolver';
import { Mutation } from './mutation.resolver';
import { Node } from './node.resolver';
import { OnboardingRequest } from './onboarding-request.resolver';
import { PeopleImportJob, peopleImportMutations, peopleImportQueries } from './people-import.resolver';
import { Note, Person, PublicSignupPage } from './person.resolver';
import { Programme } from './programme.resolver';
import { Query } from './query.resolver';
import { Tenant } from './tenant.resolver';
import { Viewer } from './viewer.resolver';

export const resolvers: Resolvers = {
  Query: { ...Query, ...peopleImportQueries, ...matchingQueries, ...matchQueries },
  Mutation: { ...Mutation, ...peopleImportMutations, ...matchingMutations, ...matchMutations },
  Node, Viewer, Tenant, Membership, OnboardingRequest, AuditEntry,
  Programme, IntakeForm, FormField, FieldOption, Interest, Person, Note, PublicSignupPage,
  PeopleImportJob,
  MatchingPreset, MatchSuggestion, CriterionScore, MatchingRun, MatchProposal, PairPin, Match, MatchInvitation,
};
