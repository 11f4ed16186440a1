import type { NoteResolvers, PersonResolvers, PublicSignupPageResolvers } from '../generated/resolvers-types';
import { requireTenant } from '../context';
import { toGlobalId } from '../ids';
import { toConnection } from './connection';
import { personMatchFields } from './match.resolver';

export const Person: PersonResolvers = {
  id: (person) => toGlobalId('Person', person.tenantId, person.id),
  allowedNextStatuses: (person, _, context) => context.services.people.allowedNextStatuses(person),
  programmes: async (person, _, context) => {
    const scope = requireTenant(context);
    const programmes = await Promise.all(person.programmeIds.map((id) => context.services.programmes.find(scope, id)));
    return programmes.filter((programme) => programme !== null);
  },
  answers: (person) => Object.entries(person.answers).map(([key, value]) => ({ key, value })),
  sensitive: (person) => (person.sensitiveVisible ? person.sensitive : null),
  consents: (person, _, context) => context.services.people.consents(requireTenant(context), person.id),
  history: (person, _, context) => context.services.people.history(requireTenant(context), person.id),
  notes: async (person, { first, after }, context) => toConnection(await context.services.people.notes(requireTenant(context), person.id, first, after)),
  ...personMatchFields,
};

export const Note: NoteResolvers = {
  id: (note) => toGlobalId('Note', note.tenantId, note.personId, Buffer.from(note.key).toString('base64url')),
};

export const PublicSignupPage: PublicSignupPageResolvers = {
  programmeName: (page) => page.programme.name,
  programmeDescription: (page) => page.programme.description,
  languages: (page) => page.programme.languages,
};
