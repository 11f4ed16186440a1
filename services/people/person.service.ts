// Newcomers and buddies from first contact to "ready to match": assisted intake, public sign-up,
// profile changes, the lifecycle, notes, consent, vetting and training, export and erasure.
import * as z from 'zod/mini';
import type { AuditRepository } from '../audit/audit.repository';
import type { Table } from '../data/dynamo';
import type { Page } from '../data/pagination';
import { transactWrite, type TransactItem } from '../data/transactions';
import type { IntakeForm } from '../programmes/intake-form';
import type { Programme } from '../programmes/programme.repository';
import type { ProgrammeService } from '../programmes/programme.service';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../shared/errors';
import { sortableId } from '../shared/ids';
import { requireRole, type TenantScope } from '../shared/scope';
import { lineSchema, parseInput, versionSchema } from '../shared/validation';
import type { TenantRepository } from '../tenants/tenant.repository';
import { allowedNextStatuses, buddyStatuses, initialStatus, isStatusOf, newcomerStatuses, type PersonRole } from './lifecycle';
import { emailKey, externalIdKey, type Consent, type ConsentMethod, type Note, type Person, type PersonListFilter, type PersonRepository, type PersonSort, type StatusChange } from './person.repository';
import { checkAgainstForm, consentSchema, postcodeIssue, profileSchema, throwIfAny, type ConsentInput, type ProfileInput } from './person.validation';

const roleSchema = z.enum(['NEWCOMER', 'BUDDY']);
const idSchema = z.string().check(z.minLength(1), z.maxLength(100));
const isoDateTime = z.nullish(z.iso.datetime({ offset: true }));

const registerSchema = z.object({
  role: roleSchema,
  programmeId: idSchema,
  profile: profileSchema,
  consents: z.array(consentSchema).check(z.maxLength(20)),
  intakeDone: z.nullish(z.boolean()),
});
const updateSchema = z.object({ personId: idSchema, version: versionSchema, profile: profileSchema });
const statusSchema = z.object({
  personId: idSchema,
  version: versionSchema,
  status: z.enum([...newcomerStatuses, ...buddyStatuses.filter((status) => status !== 'MATCHED')]),
  reason: z.nullish(z.string().check(z.trim(), z.maxLength(500))),
});
const enrolSchema = z.object({ personId: idSchema, programmeId: idSchema, version: versionSchema });
const noteSchema = z.object({ personId: idSchema, text: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)) });
const recordConsentSchema = z.object({ personId: idSchema, consent: consentSchema, method: z.enum(['ASSISTED', 'SELF_SERVICE', 'PAPER']) });
const vettingSchema = z.object({
  personId: idSchema,
  version: versionSchema,
  interviewedAt: isoDateTime,
  goodConductCheckedAt: isoDateTime,
  goodConductValidUntil: isoDateTime,
  training: z.nullish(z.object({ name: lineSchema(2, 120), completedAt: z.iso.datetime({ offset: true }), validUntil: isoDateTime })),
});
const publicApplySchema = z.object({ programmeId: idSchema, profile: profileSchema, consents: z.array(consentSchema).check(z.minLength(1), z.maxLength(20)) });

export interface PersonView extends Person {
  /** The caller's view: sensitive data stripped unless a coordinator may see it. */
  sensitiveVisible: boolean;
}

/**
 * What other domains hold about a person (matches): included in the export and scrubbed on erasure.
 * Injected so that people/ does not depend on matching/.
 */
export interface RelatedRecords {
  forExport(scope: TenantScope, person: Person): Promise<Record<string, unknown>[]>;
  erasureItems(scope: TenantScope, person: Person): Promise<TransactItem[]>;
}

interface Deps {
  table: Table;
  people: PersonRepository;
  programmes: ProgrammeService;
  tenants: TenantRepository;
  audit: AuditRepository;
  related?: RelatedRecords;
}

/** A newcomer in a match, or a buddy with open matches: the matching flow owns their status until those end. */
const inOpenMatch = (person: Person) => Boolean(person.currentMatchId) || (person.openMatchCount ?? 0) > 0;

export function createPersonService({ table, people, programmes, tenants, audit, related }: Deps) {
  const staff = (scope: TenantScope) => requireRole(scope, 'COORDINATOR', 'TENANT_ADMIN');

  /** The stored person; with `version`, only if nobody changed it since the caller read it. */
  async function existing(scope: TenantScope, id: string, version?: number): Promise<Person> {
    const person = await people.get(scope, id);
    if (!person) throw new NotFoundError('This person does not exist.');
    if (version !== undefined && person.version !== version) throw new ConflictError('This person was changed meanwhile; reload and try again.');
    return person;
  }

  /** Sensitive data is for coordinators, and only for categories one of the person's programmes collects. */
  async function view(scope: TenantScope, person: Person): Promise<PersonView> {
    if (scope.role !== 'COORDINATOR') return { ...person, sensitive: {}, sensitiveVisible: false };
    const collected = new Set((await Promise.all(person.programmeIds.map((id) => programmes.find(scope, id)))).flatMap((programme) => programme?.sensitiveCategories ?? []));
    return {
      ...person,
      sensitive: {
        health: collected.has('HEALTH') ? (person.sensitive.health ?? null) : null,
        psychosocial: collected.has('PSYCHOSOCIAL') ? (person.sensitive.psychosocial ?? null) : null,
        religion: collected.has('RELIGION') ? (person.sensitive.religion ?? null) : null,
      },
      sensitiveVisible: true,
    };
  }

  async function programmeFor(scope: TenantScope, programmeId: string, field: string[]): Promise<Programme> {
    const programme = await programmes.find(scope, programmeId);
    if (!programme) throw ValidationError.of(field, 'INVALID', 'No such programme.');
    return programme;
  }

  function formFor(programme: Programme, role: PersonRole): IntakeForm {
    const form = programmes.form(role === 'NEWCOMER' ? programme.newcomerFormId : programme.buddyFormId);
    if (!form) throw new Error(`Programme ${programme.id} refers to a missing form`);
    return form;
  }

  /** Checks the tenant-dependent rules and the uniqueness of e-mail and external id. */
  async function checkProfile(scope: TenantScope, role: PersonRole, profile: ProfileInput, personId: string | null, prefix: string[]): Promise<FieldIssue[]> {
    const issues: FieldIssue[] = [];
    if (profile.postcode) {
      const tenant = await tenants.getById(scope.tenantId);
      const problem = postcodeIssue(profile.postcode, tenant?.country ?? 'BE');
      if (problem) issues.push({ field: [...prefix, 'postcode'], code: 'INVALID', message: problem });
    }
    if (profile.email) {
      const holder = await people.reservedBy(emailKey(scope.tenantId, role, profile.email));
      if (holder && holder !== personId) issues.push({ field: [...prefix, 'email'], code: 'ALREADY_EXISTS', message: 'Another person already has this e-mail address.' });
    }
    if (profile.externalId) {
      const holder = await people.reservedBy(externalIdKey(scope.tenantId, profile.externalId));
      if (holder && holder !== personId) issues.push({ field: [...prefix, 'externalId'], code: 'ALREADY_EXISTS', message: 'Another person already has this external id.' });
    }
    return issues;
  }

  function applyProfile(person: Person, profile: ProfileInput): Person {
    return {
      ...person,
      firstName: profile.firstName,
      lastName: profile.lastName,
      email: profile.email || null,
      phone: profile.phone || null,
      preferredLanguage: profile.preferredLanguage ?? null,
      postcode: profile.postcode ? profile.postcode.toUpperCase() : null,
      birthYear: profile.birthYear ?? null,
      gender: profile.gender ?? null,
      languages: profile.languages ?? [],
      interests: [...new Set(profile.interests ?? [])],
      availability: profile.availability ?? [],
      capacity: person.role === 'BUDDY' ? (profile.capacity ?? person.capacity ?? 1) : null,
      answers: Object.fromEntries((profile.answers ?? []).map((answer) => [answer.key, answer.value])),
      sensitive: {
        health: profile.sensitive?.health || null,
        psychosocial: profile.sensitive?.psychosocial || null,
        religion: profile.sensitive?.religion || null,
      },
      externalId: profile.externalId || null,
    };
  }

  async function create(
    scope: TenantScope,
    input: { role: PersonRole; programmeId: string; profile: ProfileInput; consents: ConsentInput[]; intakeDone: boolean },
    actor: string | null,
    method: ConsentMethod,
  ): Promise<Person> {
    const prefix = ['input', 'profile'];
    const programme = await programmeFor(scope, input.programmeId, ['input', 'programmeId']);
    // A newcomer registered before the intake (e.g. to send an intake link) needs only a name.
    const complete = input.role === 'BUDDY' || input.intakeDone;
    const issues = checkAgainstForm(formFor(programme, input.role), input.profile, input.consents, programme.sensitiveCategories, prefix, complete);
    issues.push(...(await checkProfile(scope, input.role, input.profile, null, prefix)));
    throwIfAny(issues);

    const now = new Date().toISOString();
    const blank: Person = {
      tenantId: scope.tenantId, id: sortableId(), role: input.role, status: initialStatus(input.role, input.intakeDone),
      firstName: '', lastName: '', email: null, phone: null, preferredLanguage: null, postcode: null, birthYear: null, gender: null,
      languages: [], interests: [], availability: [], programmeIds: [programme.id], capacity: null, answers: {}, vetting: null,
      trainings: [], sensitive: {}, waitingSince: null, externalId: null, createdAt: now, updatedAt: now, erasedAt: null, version: 1,
    };
    const person = applyProfile(blank, input.profile);
    const items = [
      people.putItem(scope, person),
      ...people.reservationMoves(scope, null, person),
      people.historyItem(scope, person.id, { from: null, to: person.status, reason: null, by: actor, at: now }),
      ...input.consents.map((consent) => people.consentItem(scope, person.id, { ...consent, method, recordedBy: actor, at: now })),
      audit.tenantEntry(scope.tenantId, { action: 'person.registered', actorId: actor ?? 'public-sign-up', subjectId: person.id, details: { role: person.role } }, now),
    ];
    await transactWrite(table, items, () => {
      throw ValidationError.of([...prefix, 'email'], 'ALREADY_EXISTS', 'Another person already has this e-mail address or external id.');
    });
    return person;
  }

  return {
    async list(scope: TenantScope, filter: PersonListFilter, sort: PersonSort, first?: number | null, after?: string | null): Promise<Page<PersonView>> {
      staff(scope);
      const page = await people.list(scope, filter, sort, first, after);
      return { ...page, items: await Promise.all(page.items.map(async (item) => ({ ...item, node: await view(scope, item.node) }))) };
    },

    async get(scope: TenantScope, id: string): Promise<PersonView> {
      staff(scope);
      return view(scope, await existing(scope, id));
    },

    allowedNextStatuses(person: Person) {
      if (person.erasedAt) return [];
      // A buddy with open matches may take a break (their matches go on), nothing else by hand.
      if (inOpenMatch(person)) return person.role === 'BUDDY' && person.status === 'MATCHED' ? ['PAUSED' as const] : [];
      return allowedNextStatuses(person.role, person.status).filter((status) => status !== 'MATCHED');
    },

    async history(scope: TenantScope, id: string): Promise<StatusChange[]> {
      staff(scope);
      return people.history(scope, id);
    },

    async consents(scope: TenantScope, id: string): Promise<Consent[]> {
      staff(scope);
      return people.consents(scope, id);
    },

    async notes(scope: TenantScope, id: string, first?: number | null, after?: string | null): Promise<Page<Note>> {
      staff(scope);
      return people.notes(scope, id, first, after);
    },

    /**
     * A newcomer's own intake through a personal link (see intake-link.service.ts): the profile
     * replaces what the coordinator registered, consents are self-service, and `extraItems`
     * (the link being used up) are written in the same transaction.
     */
    async completeIntake(scope: TenantScope, person: Person, profile: ProfileInput, consents: ConsentInput[], extraItems: TransactItem[]): Promise<void> {
      const prefix = ['input', 'profile'];
      // Contact details the coordinator registered stay when the newcomer leaves them empty.
      profile = { ...profile, email: profile.email || person.email, phone: profile.phone || person.phone };
      const programme = await programmeFor(scope, person.programmeIds[0], ['input', 'token']);
      const issues = checkAgainstForm(formFor(programme, 'NEWCOMER'), profile, consents, programme.sensitiveCategories, prefix);
      issues.push(...(await checkProfile(scope, 'NEWCOMER', profile, person.id, prefix)));
      throwIfAny(issues);
      const now = new Date().toISOString();
      const next: Person = { ...applyProfile(person, profile), status: 'INTAKE_DONE', updatedAt: now, version: person.version + 1 };
      await transactWrite(table, [
        people.putItem(scope, next, person.version),
        ...people.reservationMoves(scope, person, next),
        people.historyItem(scope, person.id, { from: person.status, to: 'INTAKE_DONE', reason: null, by: null, at: now }),
        ...consents.map((consent) => people.consentItem(scope, person.id, { ...consent, method: 'SELF_SERVICE', recordedBy: null, at: now })),
        audit.tenantEntry(scope.tenantId, { action: 'person.intake_completed', actorId: 'intake-link', subjectId: person.id }, now),
        ...extraItems,
      ]);
    },

    /** Assisted intake by a coordinator. */
    async register(scope: TenantScope, input: unknown): Promise<PersonView> {
      staff(scope);
      const fields = parseInput(registerSchema, input);
      return view(scope, await create(scope, { ...fields, intakeDone: fields.intakeDone ?? false }, scope.userId, 'ASSISTED'));
    },

    /**
     * A volunteer applies through a programme's public sign-up page. `scope` is the tenant of the
     * page (from its slug), granted only for this; the programme must be ACTIVE with sign-up open.
     */
    async applyAsBuddy(scope: TenantScope, input: unknown): Promise<void> {
      const fields = parseInput(publicApplySchema, input);
      const programme = await programmes.find(scope, fields.programmeId);
      if (!programme || programme.status !== 'ACTIVE' || !programme.publicSignupOpen) {
        throw ValidationError.of(['input', 'programmeId'], 'NOT_ALLOWED', 'This programme does not take applications now.');
      }
      await create(scope, { role: 'BUDDY', programmeId: programme.id, profile: fields.profile, consents: fields.consents, intakeDone: false }, null, 'SELF_SERVICE');
    },

    async update(scope: TenantScope, input: unknown): Promise<PersonView> {
      staff(scope);
      const { personId, version, profile } = parseInput(updateSchema, input);
      const current = await existing(scope, personId, version);
      if (current.erasedAt) throw ValidationError.of(['input', 'personId'], 'NOT_ALLOWED', 'This person was erased.');
      const prefix = ['input', 'profile'];
      // Sensitive fields the caller cannot see are kept as they are.
      const visible = await view(scope, current);
      const merged = { ...profile, sensitive: visible.sensitiveVisible ? profile.sensitive : current.sensitive };
      const collects = (await Promise.all(current.programmeIds.map((id) => programmes.find(scope, id)))).flatMap((programme) => programme?.sensitiveCategories ?? []);
      const programme = await programmeFor(scope, current.programmeIds[0], ['input', 'personId']);
      const issues = checkAgainstForm(formFor(programme, current.role), merged, null, collects, prefix, current.status !== 'REGISTERED');
      issues.push(...(await checkProfile(scope, current.role, merged, current.id, prefix)));
      throwIfAny(issues);
      const next = { ...applyProfile(current, merged), updatedAt: new Date().toISOString(), version: version + 1 };
      await transactWrite(table, [
        people.putItem(scope, next, version),
        ...people.reservationMoves(scope, current, next),
        audit.tenantEntry(scope.tenantId, { action: 'person.updated', actorId: scope.userId, subjectId: personId }),
      ]);
      return view(scope, next);
    },

    async changeStatus(scope: TenantScope, input: unknown): Promise<PersonView> {
      staff(scope);
      const { personId, version, status, reason } = parseInput(statusSchema, input);
      const current = await existing(scope, personId, version);
      if (current.erasedAt) throw ValidationError.of(['input', 'personId'], 'NOT_ALLOWED', 'This person was erased.');
      if (!isStatusOf(current.role, status) || !allowedNextStatuses(current.role, current.status).includes(status)) {
        throw ValidationError.of(['input', 'status'], 'NOT_ALLOWED', `A ${current.role.toLowerCase()} cannot go from ${current.status} to ${status}.`);
      }
      if (inOpenMatch(current) && !(current.role === 'BUDDY' && status === 'PAUSED')) {
        throw ValidationError.of(['input', 'status'], 'NOT_ALLOWED', 'This person has an open match: decline, complete or end it first.');
      }
      if (status === 'SCREENED' && !(current.vetting?.interviewedAt && current.vetting.goodConductCheckedAt)) {
        throw ValidationError.of(['input', 'status'], 'NOT_ALLOWED', 'Record the screening interview and the certificate of good conduct first.');
      }
      const now = new Date().toISOString();
      const next: Person = {
        ...current,
        status,
        waitingSince: status === 'WAITING' ? (current.waitingSince ?? now) : current.waitingSince,
        updatedAt: now,
        version: version + 1,
      };
      await transactWrite(table, [
        people.putItem(scope, next, version),
        people.historyItem(scope, personId, { from: current.status, to: status, reason: reason || null, by: scope.userId, at: now }),
        audit.tenantEntry(scope.tenantId, { action: 'person.status_changed', actorId: scope.userId, subjectId: personId, details: { from: current.status, to: status } }, now),
      ]);
      return view(scope, next);
    },

    /** Adds a programme to a person's programmes (it must be the tenant's and not closed). */
    async enrol(scope: TenantScope, input: unknown): Promise<PersonView> {
      staff(scope);
      const { personId, programmeId, version } = parseInput(enrolSchema, input);
      const current = await existing(scope, personId, version);
      if (current.erasedAt) throw ValidationError.of(['input', 'personId'], 'NOT_ALLOWED', 'This person was erased.');
      const programme = await programmeFor(scope, programmeId, ['input', 'programmeId']);
      if (programme.status === 'CLOSED') throw ValidationError.of(['input', 'programmeId'], 'NOT_ALLOWED', 'This programme is closed.');
      if (current.programmeIds.includes(programme.id)) throw ValidationError.of(['input', 'programmeId'], 'ALREADY_EXISTS', 'The person already takes part in this programme.');
      const next: Person = { ...current, programmeIds: [...current.programmeIds, programme.id], updatedAt: new Date().toISOString(), version: version + 1 };
      await transactWrite(table, [
        people.putItem(scope, next, version),
        audit.tenantEntry(scope.tenantId, { action: 'person.enrolled', actorId: scope.userId, subjectId: personId, details: { programmeId: programme.id } }),
      ]);
      return view(scope, next);
    },

    async addNote(scope: TenantScope, input: unknown): Promise<Note> {
      staff(scope);
      const { personId, text } = parseInput(noteSchema, input);
      await existing(scope, personId);
      const at = new Date().toISOString();
      const { item, key } = people.noteItem(scope, personId, { text, by: scope.userId, at });
      await transactWrite(table, [item]);
      return { tenantId: scope.tenantId, personId, key, text, by: scope.userId, at };
    },

    async recordConsent(scope: TenantScope, input: unknown): Promise<PersonView> {
      staff(scope);
      const { personId, consent, method } = parseInput(recordConsentSchema, input);
      const person = await existing(scope, personId);
      const at = new Date().toISOString();
      await transactWrite(table, [
        people.consentItem(scope, personId, { ...consent, method, recordedBy: scope.userId, at }),
        audit.tenantEntry(scope.tenantId, { action: consent.granted ? 'consent.granted' : 'consent.withdrawn', actorId: scope.userId, subjectId: personId, details: { purpose: consent.purpose } }, at),
      ]);
      return view(scope, person);
    },

    async recordVetting(scope: TenantScope, input: unknown): Promise<PersonView> {
      staff(scope);
      const { personId, version, training, ...vetting } = parseInput(vettingSchema, input);
      const current = await existing(scope, personId, version);
      if (current.role !== 'BUDDY') throw ValidationError.of(['input', 'personId'], 'NOT_ALLOWED', 'Vetting and training are recorded for buddies.');
      const merged = {
        interviewedAt: vetting.interviewedAt ?? current.vetting?.interviewedAt ?? null,
        goodConductCheckedAt: vetting.goodConductCheckedAt ?? current.vetting?.goodConductCheckedAt ?? null,
        goodConductValidUntil: vetting.goodConductValidUntil ?? current.vetting?.goodConductValidUntil ?? null,
      };
      if (merged.goodConductValidUntil && merged.goodConductCheckedAt && merged.goodConductValidUntil < merged.goodConductCheckedAt) {
        throw ValidationError.of(['input', 'goodConductValidUntil'], 'INVALID', 'The certificate cannot expire before it was checked.');
      }
      const next: Person = {
        ...current,
        vetting: merged,
        trainings: training ? [...current.trainings, { name: training.name, completedAt: training.completedAt, validUntil: training.validUntil ?? null }] : current.trainings,
        updatedAt: new Date().toISOString(),
        version: version + 1,
      };
      await transactWrite(table, [
        people.putItem(scope, next, version),
        audit.tenantEntry(scope.tenantId, { action: 'person.vetting_recorded', actorId: scope.userId, subjectId: personId, details: { training: Boolean(training) } }),
      ]);
      return view(scope, next);
    },

    /** Everything stored about the person (GDPR access and portability), for tenant admins. */
    async exportJson(scope: TenantScope, personId: string): Promise<string> {
      requireRole(scope, 'TENANT_ADMIN');
      const items = await people.everything(scope, personId);
      if (!items.length) throw new NotFoundError('This person does not exist.');
      await transactWrite(table, [audit.tenantEntry(scope.tenantId, { action: 'person.exported', actorId: scope.userId, subjectId: personId })]);
      const person = items.find((item) => item.type === 'Person') as unknown as Person;
      const matches = related ? await related.forExport(scope, person) : [];
      const records = [...items, ...matches].map(({ pk: _pk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, gsi3pk: _e, gsi3sk: _f, searchText: _s, languageCodes: _l, ...rest }) => rest);
      return JSON.stringify({ exportedAt: new Date().toISOString(), person: records.find((record) => record.type === 'Person'), records: records.filter((record) => record.type !== 'Person') }, null, 2);
    },

    /**
     * Erasure (anonymisation) for tenant admins: names and contact data removed, sensitive data,
     * answers, notes and consents deleted; the status history stays (without reasons) for statistics.
     */
    async erase(scope: TenantScope, personId: string): Promise<PersonView> {
      requireRole(scope, 'TENANT_ADMIN');
      const current = await existing(scope, personId);
      if (inOpenMatch(current)) throw ValidationError.of(['input', 'personId'], 'NOT_ALLOWED', 'This person has an open match: end it first, then erase the person.');
      const now = new Date().toISOString();
      const anonymous: Person = {
        ...current,
        firstName: 'Erased',
        lastName: 'person',
        email: null, phone: null, postcode: null, birthYear: null, gender: null, preferredLanguage: null,
        languages: [], interests: [], availability: [], answers: {}, sensitive: {}, externalId: null, vetting: null, trainings: [],
        erasedAt: now, updatedAt: now, version: current.version + 1,
      };
      await transactWrite(table, [
        people.putItem(scope, anonymous, current.version),
        ...people.reservationMoves(scope, current, anonymous),
        audit.tenantEntry(scope.tenantId, { action: 'person.erased', actorId: scope.userId, subjectId: personId }, now),
      ]);
      // The person's own records, in transactions of up to 100: notes and consents go, history is kept without reasons.
      const records = (await people.everything(scope, personId)).filter((item) => item.type !== 'Person');
      const deletions = people.deleteItems(records.filter((item) => item.type !== 'StatusChange').map((item) => ({ pk: item.pk as string, sk: item.sk as string })));
      const scrubbed = records
        .filter((item) => item.type === 'StatusChange' && item.reason)
        .map((item): TransactItem => ({ Put: { TableName: table.name, Item: { ...item, reason: null } } }));
      const all = [...deletions, ...scrubbed, ...(related ? await related.erasureItems(scope, current) : [])];
      for (let i = 0; i < all.length; i += 100) await transactWrite(table, all.slice(i, i + 100));
      return view(scope, anonymous);
    },
  };
}

export type PersonService = ReturnType<typeof createPersonService>;
