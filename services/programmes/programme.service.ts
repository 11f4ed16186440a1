// Programmes: what a coordinator runs (social buddy programme, participation trajectory, ...), with
// the intake forms it uses and the sensitive data it may collect.
import * as z from 'zod/mini';
import type { AuditRepository } from '../audit/audit.repository';
import type { Table } from '../data/dynamo';
import type { Page } from '../data/pagination';
import { transactWrite } from '../data/transactions';
import { NotFoundError, ValidationError } from '../shared/errors';
import { sortableId } from '../shared/ids';
import { requireRole, type TenantScope } from '../shared/scope';
import { distinctListSchema, languageSchema, lineSchema, parseInput, versionSchema } from '../shared/validation';
import { defaultBuddyForm, defaultNewcomerForm, interestTaxonomy } from './default-forms';
import type { FormAudience, IntakeForm, Interest } from './intake-form';
import { programmeKinds, programmeStatuses, type Programme, type ProgrammeRepository, type ProgrammeStatus } from './programme.repository';

const sensitiveSchema = distinctListSchema(z.enum(['HEALTH', 'PSYCHOSOCIAL', 'RELIGION']), 0, 3);
const hourTargetSchema = z.nullish(z.int().check(z.minimum(1), z.maximum(1000)));
const formIdSchema = z.nullish(z.string().check(z.minLength(1), z.maxLength(100)));

const createSchema = z.object({
  name: lineSchema(2, 120),
  kind: z.enum(programmeKinds),
  description: z.nullish(z.string().check(z.trim(), z.maxLength(4000))),
  languages: distinctListSchema(languageSchema, 1, 15),
  hourTarget: hourTargetSchema,
  newcomerFormId: formIdSchema,
  buddyFormId: formIdSchema,
  sensitiveCategories: z.nullish(sensitiveSchema),
  publicSignupOpen: z.nullish(z.boolean()),
});

const updateSchema = z.object({
  programmeId: z.string().check(z.minLength(1)),
  version: versionSchema,
  name: z.nullish(lineSchema(2, 120)),
  description: z.nullish(z.string().check(z.trim(), z.maxLength(4000))),
  languages: z.nullish(distinctListSchema(languageSchema, 1, 15)),
  status: z.nullish(z.enum(programmeStatuses)),
  hourTarget: hourTargetSchema,
  newcomerFormId: formIdSchema,
  buddyFormId: formIdSchema,
  sensitiveCategories: z.nullish(sensitiveSchema),
  publicSignupOpen: z.nullish(z.boolean()),
});

// A closed programme can reopen; nothing goes back to draft.
const allowedStatus: Record<ProgrammeStatus, ProgrammeStatus[]> = {
  DRAFT: ['DRAFT', 'ACTIVE', 'CLOSED'],
  ACTIVE: ['ACTIVE', 'CLOSED'],
  CLOSED: ['CLOSED', 'ACTIVE'],
};

const defaultForms: Record<string, IntakeForm> = { [defaultNewcomerForm.id]: defaultNewcomerForm, [defaultBuddyForm.id]: defaultBuddyForm };

interface Deps {
  table: Table;
  programmes: ProgrammeRepository;
  audit: AuditRepository;
}

export function createProgrammeService({ table, programmes, audit }: Deps) {
  /** A form the tenant can use: Tandem's defaults (tenant-made forms come with template sharing). */
  function formOf(formId: string, audience: FormAudience, field: string[]): IntakeForm {
    const form = defaultForms[formId];
    if (!form || form.audience !== audience) throw ValidationError.of(field, 'INVALID', `No ${audience.toLowerCase()} intake form with this id.`);
    return form;
  }

  async function existing(scope: TenantScope, id: string): Promise<Programme> {
    const programme = await programmes.get(scope, id);
    if (!programme) throw new NotFoundError('This programme does not exist.');
    return programme;
  }

  return {
    forms(audience: FormAudience | null): IntakeForm[] {
      return Object.values(defaultForms).filter((form) => !audience || form.audience === audience);
    },

    form(formId: string): IntakeForm | null {
      return defaultForms[formId] ?? null;
    },

    interests(): Interest[] {
      return interestTaxonomy;
    },

    list(scope: TenantScope, status: ProgrammeStatus | null, first?: number | null, after?: string | null): Promise<Page<Programme>> {
      requireRole(scope, 'COORDINATOR', 'TENANT_ADMIN');
      return programmes.list(scope, status, first, after);
    },

    async get(scope: TenantScope, id: string): Promise<Programme> {
      requireRole(scope, 'COORDINATOR', 'TENANT_ADMIN');
      return existing(scope, id);
    },

    /** For the public sign-up page and people's own views: no role check, the scope is the tenant's. */
    find(scope: TenantScope, id: string): Promise<Programme | null> {
      return programmes.get(scope, id);
    },

    async create(scope: TenantScope, input: unknown): Promise<Programme> {
      requireRole(scope, 'COORDINATOR', 'TENANT_ADMIN');
      const fields = parseInput(createSchema, input);
      const programme: Programme = {
        tenantId: scope.tenantId,
        id: sortableId(),
        name: fields.name,
        kind: fields.kind,
        description: fields.description ?? '',
        languages: fields.languages,
        status: 'DRAFT',
        hourTarget: fields.hourTarget ?? (fields.kind === 'PARTICIPATION_TRAJECTORY' ? 40 : null),
        newcomerFormId: formOf(fields.newcomerFormId ?? defaultNewcomerForm.id, 'NEWCOMER', ['input', 'newcomerFormId']).id,
        buddyFormId: formOf(fields.buddyFormId ?? defaultBuddyForm.id, 'BUDDY', ['input', 'buddyFormId']).id,
        sensitiveCategories: fields.sensitiveCategories ?? [],
        publicSignupOpen: fields.publicSignupOpen ?? false,
        createdAt: new Date().toISOString(),
        version: 1,
      };
      await transactWrite(table, [
        programmes.putItem(scope, programme),
        audit.tenantEntry(scope.tenantId, { action: 'programme.created', actorId: scope.userId, subjectId: programme.id }),
      ]);
      return programme;
    },

    async update(scope: TenantScope, input: unknown): Promise<Programme> {
      requireRole(scope, 'COORDINATOR', 'TENANT_ADMIN');
      const { programmeId, version, ...patch } = parseInput(updateSchema, input);
      const current = await existing(scope, programmeId);
      if (patch.status && !allowedStatus[current.status].includes(patch.status)) {
        throw ValidationError.of(['input', 'status'], 'NOT_ALLOWED', `A ${current.status.toLowerCase()} programme cannot become ${patch.status.toLowerCase()}.`);
      }
      const next: Programme = {
        ...current,
        name: patch.name ?? current.name,
        description: patch.description ?? current.description,
        languages: patch.languages ?? current.languages,
        status: patch.status ?? current.status,
        hourTarget: patch.hourTarget === undefined ? current.hourTarget : patch.hourTarget,
        newcomerFormId: patch.newcomerFormId ? formOf(patch.newcomerFormId, 'NEWCOMER', ['input', 'newcomerFormId']).id : current.newcomerFormId,
        buddyFormId: patch.buddyFormId ? formOf(patch.buddyFormId, 'BUDDY', ['input', 'buddyFormId']).id : current.buddyFormId,
        sensitiveCategories: patch.sensitiveCategories ?? current.sensitiveCategories,
        publicSignupOpen: patch.publicSignupOpen ?? current.publicSignupOpen,
        version: version + 1,
      };
      const changed = Object.keys(patch).filter((key) => patch[key as keyof typeof patch] !== undefined);
      await transactWrite(table, [
        programmes.putItem(scope, next, version),
        audit.tenantEntry(scope.tenantId, { action: 'programme.updated', actorId: scope.userId, subjectId: programmeId, details: { fields: changed } }),
      ]);
      return next;
    },
  };
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>;
