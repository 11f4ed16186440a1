// Self-service intake: a coordinator creates a personal link for a registered newcomer, who fills
// in the intake in their own language without an account. The link carries a random token; only
// its hash is stored, it expires after 14 days and works once.
//   TENANT#<t> / INTAKELINK#<sha256(token)>    personId, expiresAt, usedAt (removed by the table TTL a month after expiry)
import { createHash, randomBytes } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { AuditRepository } from '../audit/audit.repository';
import type { Table } from '../data/dynamo';
import { transactWrite } from '../data/transactions';
import type { IntakeForm, SensitiveCategory } from '../programmes/intake-form';
import type { ProgrammeService } from '../programmes/programme.service';
import { ValidationError } from '../shared/errors';
import { grantTenantScope, requireRole, type TenantScope } from '../shared/scope';
import { parseInput } from '../shared/validation';
import type { TenantRepository } from '../tenants/tenant.repository';
import type { Person, PersonRepository } from './person.repository';
import type { PersonService } from './person.service';
import { consentSchema, profileSchema } from './person.validation';

const validDays = 14;
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');
const linkKey = (tenantId: string, token: string) => ({ pk: `TENANT#${tenantId}`, sk: `INTAKELINK#${hashOf(token)}` });

const submitSchema = z.object({
  profile: profileSchema,
  consents: z.array(consentSchema).check(z.minLength(1), z.maxLength(20)),
});

export interface IntakeInvitation {
  tenantName: string;
  programmeName: string;
  firstName: string;
  lastName: string;
  preferredLanguage: Person['preferredLanguage'];
  form: IntakeForm;
  sensitiveCategories: SensitiveCategory[];
  expiresAt: string;
}

interface Deps {
  table: Table;
  tenants: TenantRepository;
  programmes: ProgrammeService;
  people: PersonService;
  personRepository: PersonRepository;
  audit: AuditRepository;
}

export function createIntakeLinkService({ table, tenants, programmes, people, personRepository, audit }: Deps) {
  /** The person behind a valid (known, unused, unexpired) link, in the tenant of `slug`. */
  async function resolve(slug: string, token: string): Promise<{ scope: TenantScope; person: Person; expiresAt: string } | null> {
    if (!/^[A-Za-z0-9_-]{40,60}$/.test(token)) return null;
    const tenantId = await tenants.idBySlug(slug.trim().toLowerCase());
    if (!tenantId) return null;
    const link = (await table.doc.send(new GetCommand({ TableName: table.name, Key: linkKey(tenantId, token), ConsistentRead: true }))).Item;
    if (!link || link.usedAt || (link.expiresAt as string) < new Date().toISOString()) return null;
    // The link stands in for the newcomer: a scope for this one person's intake only.
    const scope = grantTenantScope(tenantId, 'intake-link', 'NEWCOMER');
    const person = await personRepository.get(scope, link.personId as string);
    return person && person.status === 'REGISTERED' ? { scope, person, expiresAt: link.expiresAt as string } : null;
  }

  return {
    /** A new personal link for a registered newcomer (earlier links stay valid until they expire). */
    async create(scope: TenantScope, personId: string): Promise<{ token: string; expiresAt: string; tenantSlug: string }> {
      requireRole(scope, 'COORDINATOR', 'TENANT_ADMIN');
      const person = await people.get(scope, personId);
      if (person.role !== 'NEWCOMER' || person.status !== 'REGISTERED') {
        throw ValidationError.of(['input', 'personId'], 'NOT_ALLOWED', 'Intake links are for newcomers whose intake is not done yet.');
      }
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + validDays * 86_400_000).toISOString();
      await transactWrite(table, [
        { Put: { TableName: table.name, Item: { ...linkKey(scope.tenantId, token), type: 'IntakeLink', personId, expiresAt, createdBy: scope.userId, ttl: Math.floor(Date.parse(expiresAt) / 1000) + 30 * 86_400 } } },
        audit.tenantEntry(scope.tenantId, { action: 'person.intake_link_created', actorId: scope.userId, subjectId: personId }),
      ]);
      const tenant = await tenants.get(scope);
      return { token, expiresAt, tenantSlug: tenant.slug };
    },

    async invitation(slug: string, token: string): Promise<IntakeInvitation | null> {
      const found = await resolve(slug, token);
      if (!found) return null;
      const programme = await programmes.find(found.scope, found.person.programmeIds[0]);
      const tenant = await tenants.getById(found.scope.tenantId);
      const form = programme ? programmes.form(programme.newcomerFormId) : null;
      if (!programme || !tenant || !form) return null;
      return {
        tenantName: tenant.name,
        programmeName: programme.name,
        firstName: found.person.firstName,
        lastName: found.person.lastName,
        preferredLanguage: found.person.preferredLanguage,
        form,
        sensitiveCategories: programme.sensitiveCategories,
        expiresAt: found.expiresAt,
      };
    },

    /** The newcomer's own intake: validated like an assisted one, then the link is used up. */
    async submit(slug: string, token: string, input: unknown): Promise<void> {
      const found = await resolve(slug, token);
      if (!found) throw ValidationError.of(['input', 'token'], 'INVALID', 'This link is not valid any more. Ask your coordinator for a new one.');
      const { profile, consents } = parseInput(submitSchema, input);
      const usedAt = new Date().toISOString();
      await people.completeIntake(found.scope, found.person, profile, consents, [
        {
          Update: {
            TableName: table.name,
            Key: linkKey(found.scope.tenantId, token),
            UpdateExpression: 'SET usedAt = :now',
            ConditionExpression: 'attribute_not_exists(usedAt)',
            ExpressionAttributeValues: { ':now': usedAt },
          },
        },
      ]);
    },
  };
}

export type IntakeLinkService = ReturnType<typeof createIntakeLinkService>;
