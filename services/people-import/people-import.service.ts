// CSV import of newcomers and buddies for coordinators: a dry run that reports every bad row, and an
// all-or-nothing import that runs in slices (one continue call each, serverless style) and rolls
// back what it wrote when a write fails midway. Rows match existing people by e-mail address (per
// role) or external id, so importing a file again updates instead of duplicating.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod/mini';
import type { AuditRepository } from '../audit/audit.repository';
import type { Table } from '../data/dynamo';
import { transactWrite, type TransactItem } from '../data/transactions';
import { initialStatus, type PersonRole } from '../people/lifecycle';
import { emailKey, externalIdKey, type Person, type PersonRepository } from '../people/person.repository';
import { consentSchema, throwIfAny } from '../people/person.validation';
import type { ProgrammeService } from '../programmes/programme.service';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../shared/errors';
import { sortableId } from '../shared/ids';
import { logger } from '../shared/log';
import { requireRole, type TenantScope } from '../shared/scope';
import { parseInput } from '../shared/validation';
import type { TenantRepository } from '../tenants/tenant.repository';
import { readCsv, type CsvFile, type Delimiter } from './import-file';
import { importFields, readRows, resolveMapping, rowIssue, sortIssues, type ImportedFields, type ImportRow, type MappedColumn, type RowIssue } from './import-rows';
import { inParallel } from './in-parallel';
import { encodeChunks, type PeopleImportJob, type PeopleImportRepository, type PlannedRow } from './people-import.repository';

const importSchema = z.object({
  role: z.enum(['NEWCOMER', 'BUDDY']),
  programmeId: z.string().check(z.minLength(1), z.maxLength(100)),
  csvBase64: z.string(),
  mapping: z
    .array(z.object({ column: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), field: z.enum(importFields) }))
    .check(z.minLength(1), z.maxLength(40)),
  consent: z.omit(consentSchema, { granted: true }),
});

export interface ImportReport {
  totalRows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  errorCount: number;
  /** In row order; the first `maxReportedErrors` when there are more. */
  errors: RowIssue[];
  delimiter: Delimiter;
}

export const maxReportedErrors = 1000;
/** Rows written per continue call. */
const rowsPerSlice = 500;
const maxTransactionItems = 100;
/** DynamoDB takes at most 4 MB per transaction; people with long intake answers are large. */
const maxTransactionBytes = 3_000_000;
const parallelTransactions = 4;
/** How long a continue call holds a job (a call that died is taken over after this). */
const leaseMs = 30_000;

type WithoutGroup<R> = R extends unknown ? Omit<R, 'group'> : never;
type PlannedWithoutGroup = WithoutGroup<PlannedRow>;

/** A write of a group failed on the condition of item `index`. */
class WriteFailed extends Error {
  constructor(readonly index: number) {
    super(`Import write failed at item ${index}`);
  }
}

interface Deps {
  table: Table;
  people: PersonRepository;
  imports: PeopleImportRepository;
  programmes: ProgrammeService;
  tenants: TenantRepository;
  audit: AuditRepository;
}

export function createPeopleImportService({ table, people, imports, programmes, tenants, audit }: Deps) {
  const staff = (scope: TenantScope) => requireRole(scope, 'COORDINATOR', 'TENANT_ADMIN');

  /** What an existing person would change: only the columns with a value, plus the programme. */
  function changes(person: Person, fields: ImportedFields, programmeId: string): Partial<Person> {
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (!isDeepStrictEqual(person[key as keyof Person] ?? null, value)) set[key] = value;
    }
    if (!person.programmeIds.includes(programmeId)) set.programmeIds = [...person.programmeIds, programmeId];
    return set as Partial<Person>;
  }

  /** Matches valid rows with existing people: by external id, else by e-mail address within the role. */
  async function match(scope: TenantScope, role: PersonRole, programmeId: string, rows: ImportRow[], columns: MappedColumn[]) {
    const column = (field: MappedColumn['field']) => columns.find((candidate) => candidate.field === field);
    const emailOf = (row: ImportRow) => (row.fields.email ? emailKey(scope.tenantId, role, row.fields.email) : null);
    const externalOf = (row: ImportRow) => (row.fields.externalId ? externalIdKey(scope.tenantId, row.fields.externalId) : null);
    const holders = await imports.reservationHolders(rows.flatMap((row) => [emailOf(row), externalOf(row)].filter((key) => key !== null)));
    const found = await people.getMany(scope, [...new Set(holders.values())]);
    const plan: PlannedWithoutGroup[] = [];
    const issues: RowIssue[] = [];
    const seen = new Map<string, number>();
    let unchanged = 0;
    for (const row of rows) {
      const byEmail = holders.get(emailOf(row)?.sk ?? '');
      const byExternalId = holders.get(externalOf(row)?.sk ?? '');
      if (byEmail && byExternalId && byEmail !== byExternalId) {
        issues.push(rowIssue(row.row, column('EMAIL'), 'ALREADY_EXISTS', 'This e-mail address belongs to another person than the external id of this row.'));
        continue;
      }
      const id = byExternalId ?? byEmail;
      if (!id) {
        plan.push({ row: row.row, op: 'CREATE', id: sortableId(), fields: row.fields });
        continue;
      }
      const keyColumn = byExternalId ? column('EXTERNAL_ID') : column('EMAIL');
      const person = found.get(id);
      if (!person || person.role !== role) {
        const other = person?.role === 'BUDDY' ? 'a buddy' : 'a newcomer';
        issues.push(rowIssue(row.row, keyColumn, 'ALREADY_EXISTS', person ? `This external id belongs to ${other}.` : 'Another person already has this e-mail address or external id.'));
        continue;
      }
      const first = seen.get(id);
      if (first !== undefined) {
        issues.push(rowIssue(row.row, keyColumn, 'ALREADY_EXISTS', `This row is about the same person as row ${first}.`));
        continue;
      }
      seen.set(id, row.row);
      const set = changes(person, row.fields, programmeId);
      if (Object.keys(set).length) plan.push({ row: row.row, op: 'UPDATE', id, before: person, set });
      else unchanged += 1;
    }
    return { plan, issues, unchanged };
  }

  /** Reads, maps and validates the whole file against the rules and the stored people. Writes nothing. */
  async function validate(scope: TenantScope, input: unknown) {
    staff(scope);
    const fields = parseInput(importSchema, input);
    const issues: FieldIssue[] = [];
    const programme = await programmes.find(scope, fields.programmeId);
    if (!programme) issues.push({ field: ['input', 'programmeId'], code: 'INVALID', message: 'No such programme.' });
    let file: CsvFile | null = null;
    let columns: MappedColumn[] = [];
    try {
      file = readCsv(fields.csvBase64);
      columns = resolveMapping(file.header, fields.mapping, fields.role);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
    }
    throwIfAny(issues);
    const tenant = await tenants.getById(scope.tenantId);
    const read = readRows(file!, columns, tenant?.country ?? 'BE');
    const matched = await match(scope, fields.role, programme!.id, read.rows, columns);
    const errors = sortIssues([...read.issues, ...matched.issues], file!.header);
    const report: ImportReport = {
      totalRows: file!.records.length,
      toCreate: matched.plan.filter((row) => row.op === 'CREATE').length,
      toUpdate: matched.plan.filter((row) => row.op === 'UPDATE').length,
      unchanged: matched.unchanged,
      errorCount: errors.length,
      errors: errors.slice(0, maxReportedErrors),
      delimiter: file!.delimiter,
    };
    return { fields, programmeId: programme!.id, report, plan: matched.plan, rowNumbers: file!.records.map((record) => record.row) };
  }

  type JobSettings = Pick<PeopleImportJob, 'role' | 'programmeId' | 'consent' | 'createdBy'>;

  /** The transaction items of one row: a new person with reservations, history and consent, or an update. */
  function writeItems(scope: TenantScope, job: JobSettings, row: PlannedWithoutGroup, now: string): TransactItem[] {
    if (row.op === 'UPDATE') {
      const next: Person = { ...row.before, ...row.set, updatedAt: now, version: row.before.version + 1 };
      return [people.putItem(scope, next, row.before.version), ...people.reservationMoves(scope, row.before, next)];
    }
    const person: Person = {
      tenantId: scope.tenantId, id: row.id, role: job.role, status: initialStatus(job.role, false),
      firstName: '', lastName: '', email: null, phone: null, preferredLanguage: null, postcode: null, birthYear: null, gender: null,
      languages: [], interests: [], availability: [], programmeIds: [job.programmeId], capacity: job.role === 'BUDDY' ? 1 : null, answers: {},
      vetting: null, trainings: [], sensitive: {}, waitingSince: null, externalId: null, createdAt: now, updatedAt: now, erasedAt: null, version: 1,
      ...row.fields,
    };
    return [
      people.putItem(scope, person),
      ...people.reservationMoves(scope, null, person),
      people.historyItem(scope, person.id, { from: null, to: person.status, reason: null, by: job.createdBy, at: now }),
      people.consentItem(scope, person.id, { ...job.consent, granted: true, method: 'PAPER', recordedBy: job.createdBy, at: now }),
    ];
  }

  /** Slices of up to 500 rows; within a slice, groups of rows that fit one transaction (with the group's marker). */
  function planChunks(scope: TenantScope, job: JobSettings, plan: PlannedWithoutGroup[], rowNumbers: number[]) {
    const now = new Date().toISOString();
    const slices: PlannedRow[][] = [];
    for (let start = 0; start < plan.length; start += rowsPerSlice) {
      let group = 0;
      let items = 0;
      let bytes = 0;
      slices.push(
        plan.slice(start, start + rowsPerSlice).map((row) => {
          const rowItems = writeItems(scope, job, row, now);
          const rowBytes = JSON.stringify(rowItems).length;
          // One item of each transaction is the group's marker.
          if (items + rowItems.length > maxTransactionItems - 1 || bytes + rowBytes > maxTransactionBytes) (group += 1), (items = 0), (bytes = 0);
          items += rowItems.length;
          bytes += rowBytes;
          return { ...row, group } as PlannedRow;
        }),
      );
    }
    // Rows of the file (including unchanged ones) that are in once a chunk is written.
    let processed = 0;
    return encodeChunks(slices).map((chunk, n, all) => {
      const lastRow = chunk.rows[chunk.rows.length - 1].row;
      const before = processed;
      processed = n === all.length - 1 ? rowNumbers.length : rowNumbers.filter((row) => row <= lastRow).length;
      return { rows: chunk.data, processedBefore: before, processedAfter: processed };
    });
  }

  function groupsOf(rows: PlannedRow[]): [number, PlannedRow[]][] {
    const groups = new Map<number, PlannedRow[]>();
    for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
    return [...groups].sort(([a], [b]) => a - b);
  }
  const count = (rows: PlannedRow[], op: PlannedRow['op']) => rows.filter((row) => row.op === op).length;

  /** Runs `work` on the groups, a few transactions at a time; stops starting new ones after an error and rethrows it. */
  async function eachGroup(groups: [number, PlannedRow[]][], work: (group: number, rows: PlannedRow[]) => Promise<boolean>): Promise<void> {
    let stop = false;
    let crash: unknown = null;
    await inParallel(groups, parallelTransactions, async ([group, rows]) => {
      if (stop) return;
      try {
        if (!(await work(group, rows))) stop = true;
      } catch (error) {
        (stop = true), (crash ??= error);
      }
    });
    if (crash) throw crash;
  }

  function failureReason(row: PlannedRow, personItem: boolean): string {
    if (row.op === 'UPDATE' && personItem) return `Row ${row.row}: this person was changed by someone else after the import started.`;
    if (!personItem) return `Row ${row.row}: its e-mail address or external id was given to another person after the import started.`;
    return `Row ${row.row} could not be written.`;
  }

  const finished = (job: PeopleImportJob, status: 'DONE' | 'FAILED') => ({
    job: status === 'DONE' ? { ...job, status, processed: job.totalRows } : { ...job, status, processed: 0, created: 0, updated: 0 },
    audit: audit.tenantEntry(job.tenantId, {
      action: status === 'DONE' ? 'people.imported' : 'people.import_failed',
      actorId: job.createdBy,
      subjectId: job.id,
      details: status === 'DONE' ? { role: job.role, programmeId: job.programmeId, created: job.created, updated: job.updated, unchanged: job.unchanged } : { role: job.role, failedRow: job.failedRow },
    }),
  });

  /** Writes the next chunk; on a failed condition the job turns to ROLLING_BACK. */
  async function writeChunk(scope: TenantScope, job: PeopleImportJob): Promise<{ job: PeopleImportJob; audit?: TransactItem }> {
    if (job.nextChunk >= job.chunkCount) return finished(job, 'DONE');
    const chunk = await imports.getChunk(scope, job.id, job.nextChunk);
    const written = await imports.writtenGroups(scope, job.id, chunk.n);
    const now = new Date().toISOString();
    const failures: { row: number; reason: string }[] = [];
    await eachGroup(
      groupsOf(chunk.rows).filter(([group]) => !written.has(group)),
      async (group, rows) => {
        const items: TransactItem[] = [];
        const owners: { row: PlannedRow; personItem: boolean }[] = [];
        for (const row of rows) {
          const rowItems = writeItems(scope, job, row, now);
          rowItems.forEach((_, i) => owners.push({ row, personItem: i === 0 }));
          items.push(...rowItems);
        }
        try {
          await transactWrite(table, [...items, imports.markerItem(scope, job.id, chunk.n, group)], (index) => {
            throw new WriteFailed(index);
          });
          return true;
        } catch (error) {
          if (!(error instanceof WriteFailed)) throw error;
          // A call that overlapped with this one (after its lease ran out) may have written the group.
          if ((await imports.writtenGroups(scope, job.id, chunk.n)).has(group)) return true;
          const owner = owners[error.index] ?? { row: rows[0], personItem: false };
          failures.push({ row: owner.row.row, reason: failureReason(owner.row, owner.personItem) });
          return false;
        }
      },
    );
    if (failures.length) {
      const { row, reason } = failures.sort((a, b) => a.row - b.row)[0];
      logger.warn('People import rolls back', { tenantId: scope.tenantId, importId: job.id, row });
      return { job: { ...job, status: 'ROLLING_BACK', failedChunk: chunk.n, failedRow: row, failureReason: reason } };
    }
    const next: PeopleImportJob = {
      ...job,
      nextChunk: chunk.n + 1,
      processed: chunk.processedAfter,
      created: job.created + count(chunk.rows, 'CREATE'),
      updated: job.updated + count(chunk.rows, 'UPDATE'),
    };
    return next.nextChunk >= next.chunkCount ? finished(next, 'DONE') : { job: next };
  }

  /** Undoes what this import wrote for some rows: deletes the people it created, restores the ones it updated. */
  async function undoRows(scope: TenantScope, role: PersonRole, rows: PlannedRow[]): Promise<void> {
    const current = await people.getMany(scope, rows.map((row) => row.id));
    const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter((value): value is string => Boolean(value)))];
    // The reservations an undo may release (created people) or take back (updated people).
    const keysOf = (row: PlannedRow) => {
      const person = current.get(row.id);
      const [emails, externalIds] = row.op === 'CREATE'
        ? [distinct([row.fields.email, person?.email]), distinct([row.fields.externalId, person?.externalId])]
        : [distinct([row.before.email]), distinct([row.before.externalId])];
      return [...emails.map((email) => emailKey(scope.tenantId, role, email)), ...externalIds.map((id) => externalIdKey(scope.tenantId, id))];
    };
    const holders = await imports.reservationHolders(rows.flatMap(keysOf));
    const heldByOther = (key: { sk: string }, id: string) => Boolean(holders.get(key.sk) && holders.get(key.sk) !== id);
    const now = new Date().toISOString();
    const perPerson = await inParallel(rows, 8, async (row): Promise<TransactItem[]> => {
      if (row.op === 'CREATE') {
        // The main item and every record (history, consent, notes added since).
        const records = await people.everything(scope, row.id);
        const held = keysOf(row).filter((key) => holders.get(key.sk) === row.id);
        return [...people.deleteItems(records.map((item) => ({ pk: item.pk as string, sk: item.sk as string }))), ...held.map((key) => imports.releaseIfHeld(key, row.id))];
      }
      const person = current.get(row.id);
      if (!person) return [];
      const restored: Record<string, unknown> = { ...person };
      for (const key of Object.keys(row.set) as (keyof Person)[]) {
        // Only what still holds the imported value: a later edit by someone else stays.
        if (!isDeepStrictEqual(person[key], row.set[key])) continue;
        if (key === 'email' && row.before.email && heldByOther(emailKey(scope.tenantId, role, row.before.email), row.id)) continue;
        if (key === 'externalId' && row.before.externalId && heldByOther(externalIdKey(scope.tenantId, row.before.externalId), row.id)) continue;
        restored[key] = row.before[key];
      }
      if (isDeepStrictEqual(restored, person)) return [];
      const next = { ...(restored as unknown as Person), updatedAt: now, version: person.version + 1 };
      return [people.putItem(scope, next, person.version), ...people.reservationMoves(scope, person, next)];
    });
    // Transactions of up to 100 items; a person's items stay together where they fit.
    const batches: TransactItem[][] = [[]];
    for (const items of perPerson) {
      for (let i = 0; i < items.length; i += maxTransactionItems) {
        const part = items.slice(i, i + maxTransactionItems);
        if (batches[batches.length - 1].length + part.length > maxTransactionItems) batches.push([]);
        batches[batches.length - 1].push(...part);
      }
    }
    for (const batch of batches.filter((items) => items.length)) await transactWrite(table, batch);
  }

  /** Undoes the written groups of the chunk `nextChunk`, counting down to FAILED. */
  async function undoChunk(scope: TenantScope, job: PeopleImportJob): Promise<{ job: PeopleImportJob; audit?: TransactItem }> {
    if (job.nextChunk < 0) return finished(job, 'FAILED');
    const chunk = await imports.getChunk(scope, job.id, job.nextChunk);
    const written = await imports.writtenGroups(scope, job.id, chunk.n);
    await eachGroup(
      groupsOf(chunk.rows).filter(([group]) => written.has(group)),
      async (group, rows) => {
        await undoRows(scope, job.role, rows);
        await imports.deleteMarker(scope, job.id, chunk.n, group);
        return true;
      },
    );
    // Chunks before the failed one were counted whole; the failed one not at all.
    const whole = chunk.n !== job.failedChunk;
    const next: PeopleImportJob = {
      ...job,
      nextChunk: chunk.n - 1,
      processed: chunk.processedBefore,
      created: whole ? job.created - count(chunk.rows, 'CREATE') : job.created,
      updated: whole ? job.updated - count(chunk.rows, 'UPDATE') : job.updated,
    };
    return next.nextChunk < 0 ? finished(next, 'FAILED') : { job: next };
  }

  /** Saves the job if nobody else changed it since `expectedVersion`; false when someone did. */
  async function saveJob(scope: TenantScope, job: PeopleImportJob, expectedVersion: number, ...also: TransactItem[]): Promise<boolean> {
    try {
      await transactWrite(table, [imports.jobItem(scope, job, expectedVersion), ...also]);
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  async function existingJob(scope: TenantScope, id: string): Promise<PeopleImportJob> {
    const job = await imports.getJob(scope, id);
    if (!job) throw new NotFoundError('This import does not exist.');
    return job;
  }

  return {
    /** The report of an import without writing anything. */
    async dryRun(scope: TenantScope, input: unknown): Promise<ImportReport> {
      return (await validate(scope, input)).report;
    },

    /**
     * Validates the whole file; with any error nothing is written (status INVALID). Otherwise stores
     * the job and its rows (status READY); continue() then writes them slice by slice.
     */
    async start(scope: TenantScope, input: unknown): Promise<{ status: 'INVALID' | 'READY'; report: ImportReport; job: PeopleImportJob | null }> {
      const { fields, programmeId, report, plan, rowNumbers } = await validate(scope, input);
      if (report.errorCount) return { status: 'INVALID', report, job: null };
      const settings: JobSettings = { role: fields.role, programmeId, consent: fields.consent, createdBy: scope.userId };
      const chunks = planChunks(scope, settings, plan, rowNumbers);
      const now = new Date().toISOString();
      const job: PeopleImportJob = {
        tenantId: scope.tenantId, id: sortableId(), ...settings, status: 'READY',
        totalRows: report.totalRows, toCreate: report.toCreate, toUpdate: report.toUpdate, unchanged: report.unchanged,
        chunkCount: chunks.length, nextChunk: 0, processed: 0, created: 0, updated: 0,
        failedChunk: null, failedRow: null, failureReason: null, leaseUntil: null, leaseToken: null,
        createdAt: now, updatedAt: now, version: 1,
      };
      await imports.putChunks(scope, job.id, chunks);
      await transactWrite(table, [imports.jobItem(scope, job)]);
      return { status: 'READY', report, job };
    },

    /**
     * Does the next slice of a job: writes up to 500 rows (RUNNING → DONE) or undoes them
     * (ROLLING_BACK → FAILED). A job another call is working on is returned as it is.
     */
    async continue(scope: TenantScope, id: string): Promise<PeopleImportJob> {
      staff(scope);
      const job = await existingJob(scope, id);
      if (job.status === 'DONE' || job.status === 'FAILED') return job;
      if (job.leaseUntil && Date.parse(job.leaseUntil) > Date.now()) return job;
      const claimed: PeopleImportJob = {
        ...job,
        status: job.status === 'READY' ? 'RUNNING' : job.status,
        leaseToken: randomUUID(),
        leaseUntil: new Date(Date.now() + leaseMs).toISOString(),
        version: job.version + 1,
      };
      if (!(await saveJob(scope, claimed, job.version))) return existingJob(scope, id);
      const release = { leaseUntil: null, leaseToken: null, version: claimed.version + 1 };
      let step: { job: PeopleImportJob; audit?: TransactItem };
      try {
        step = claimed.status === 'ROLLING_BACK' ? await undoChunk(scope, claimed) : await writeChunk(scope, claimed);
      } catch (error) {
        // Free the job so that the next call retries this slice at once; someone else's concurrent edit is not an error of the import.
        await saveJob(scope, { ...claimed, ...release }, claimed.version);
        if (error instanceof ConflictError) return existingJob(scope, id);
        throw error;
      }
      const next: PeopleImportJob = { ...step.job, ...release, updatedAt: new Date().toISOString() };
      if (!(await saveJob(scope, next, claimed.version, ...(step.audit ? [step.audit] : [])))) return existingJob(scope, id);
      if (next.status === 'DONE' || next.status === 'FAILED') {
        await imports.removeWork(scope, id).catch((error: unknown) => logger.error('Could not remove the rows of a finished import', { tenantId: scope.tenantId, importId: id, error }));
      }
      return next;
    },

    async get(scope: TenantScope, id: string): Promise<PeopleImportJob | null> {
      staff(scope);
      return imports.getJob(scope, id);
    },
  };
}

export type PeopleImportService = ReturnType<typeof createPeopleImportService>;
