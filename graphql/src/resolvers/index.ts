// All resolvers, one file per GraphQL type.
import type { Resolvers } from '../generated/resolvers-types';
import { AuditEntry } from './audit-entry.resolver';
import { FieldOption, FormField, IntakeForm, Interest } from './intake-form.resolver';
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
  Query: { ...Query, ...peopleImportQueries },
  Mutation: { ...Mutation, ...peopleImportMutations },
  Node, Viewer, Tenant, Membership, OnboardingRequest, AuditEntry,
  Programme, IntakeForm, FormField, FieldOption, Interest, Person, Note, PublicSignupPage,
  PeopleImportJob,
};
