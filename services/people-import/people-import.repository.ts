// CSV import jobs of a tenant, and the batch reads an import needs:
//   TENANT#<t> / IMPORT#<id>                   the job: status, counts, progress, lease
//   TENANT#<t> / IMPORT#<id>#ROWS#<n>          chunk n of the validated rows to write (gzipped JSON, at most ~300 KB)
//   TENANT#<t> / IMPORT#<id>#DONE#<n>#<g>      group g of chunk n is written (so a retry skips it and a roll-back undoes it)
// Chunks and markers hold personal data only while the job runs: they are deleted when it is DONE or
// FAILED, and carry `ttl` (epoch seconds): the table's TTL clears abandoned jobs.
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  BatchGetCommand, BatchWriteCommand, DeleteCommand, GetCommand, QueryCommand,
  type BatchGetCommandOutput, type BatchWriteCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type { Table } from '../data/dynamo';
import type { TransactItem } from '../data/transactions';
import type { PersonRole } from '../people/lifecycle';
import type { Person } from '../people/person.repository';
import type { TenantScope } from '../shared/scope';
import { inParallel } from './in-parallel';
import type { ImportedFields } from './import-rows';

export type ImportJobStatus = 'READY' | 'RUNNING' | 'DONE' | 'ROLLING_BACK' | 'FAILED';

export interface PeopleImportJob {
  tenantId: string;
  id: string;
  role: PersonRole;
  programmeId: string;
  /** The consent the coordinator confirmed for every row (recorded with method PAPER). */
  consent: { purpose: string; textVersion: string };
  createdBy: string;
  status: ImportJobStatus;
  /** Data rows in the file. */
  totalRows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  chunkCount: number;
  /** The next chunk to write (RUNNING) or to undo (ROLLING_BACK, counting down). */
  nextChunk: number;
  /** Rows of the file that are in: rises to totalRows while RUNNING, falls back to 0 while ROLLING_BACK. */
  processed: number;
  created: number;
  updated: number;
  /** The chunk whose write failed; chunks before it were written whole. */
  failedChunk: number | null;
  failedRow: number | null;
  failureReason: string | null;
  /** A continue call holds the job until then (ISO time); others return it as it is. */
  leaseUntil: string | null;
  leaseToken: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A row to write, as planned when the import started. */
export type PlannedRow =
  | { row: number; group: number; op: 'CREATE'; id: string; fields: ImportedFields }
  /** `before` is the person as read when the import started: the write is conditional on its version, a roll-back restores it. */
  | { row: number; group: number; op: 'UPDATE'; id: string; before: Person; set: Partial<Person> };

export interface ImportChunk {
  n: number;
  rows: PlannedRow[];
  /** Rows of the file (including unchanged ones) that are in before and after this chunk. */
  processedBefore: number;
  processedAfter: number;
}

const maxChunkBytes = 300_000;
const workLifetimeSeconds = 14 * 24 * 3600;

const tenantPk = (tenantId: string) => `TENANT#${tenantId}`;
const jobSk = (id: string) => `IMPORT#${id}`;
const pad = (n: number) => String(n).padStart(5, '0');
const chunkSk = (id: string, n: number) => `${jobSk(id)}#ROWS#${pad(n)}`;
const markerPrefix = (id: string, n: number) => `${jobSk(id)}#DONE#${pad(n)}#`;

function toJob(item: Record<string, unknown>): PeopleImportJob {
  const { pk: _pk, sk: _sk, type: _type, ...job } = item;
  return job as unknown as PeopleImportJob;
}

/** Encodes chunk rows; splits a chunk until each is well under DynamoDB's 400 KB item limit. */
export function encodeChunks(chunks: PlannedRow[][]): { rows: PlannedRow[]; data: Buffer }[] {
  return chunks.flatMap((rows) => {
    const data = gzipSync(JSON.stringify(rows));
    if (data.length <= maxChunkBytes) return [{ rows, data }];
    if (rows.length === 1) throw new Error(`Import row ${rows[0].row} is too large to store`);
    // Groups stay valid when a chunk is split: a marker names its chunk, so each half writes its part of a group on its own.
    const half = Math.ceil(rows.length / 2);
    return encodeChunks([rows.slice(0, half), rows.slice(half)]);
  });
}

export function createPeopleImportRepository(table: Table) {
  const expiresAt = () => Math.floor(Date.now() / 1000) + workLifetimeSeconds;

  async function batchGet(keys: { pk: string; sk: string }[]): Promise<Record<string, unknown>[]> {
    const unique = [...new Map(keys.map((key) => [`${key.pk}|${key.sk}`, key])).values()];
    const batches: { pk: string; sk: string }[][] = [];
    for (let i = 0; i < unique.length; i += 100) batches.push(unique.slice(i, i + 100));
    const found = await inParallel(batches, 4, async (batch) => {
      const items: Record<string, unknown>[] = [];
      let pending: Record<string, unknown>[] | undefined = batch;
      while (pending?.length) {
        const result: BatchGetCommandOutput = await table.doc.send(new BatchGetCommand({ RequestItems: { [table.name]: { Keys: pending, ConsistentRead: true } } }));
        items.push(...(result.Responses?.[table.name] ?? []));
        pending = result.UnprocessedKeys?.[table.name]?.Keys;
      }
      return items;
    });
    return found.flat();
  }

  async function batchWrite(requests: NonNullable<BatchWriteCommandOutput['UnprocessedItems']>[string]): Promise<void> {
    const batches: typeof requests[] = [];
    for (let i = 0; i < requests.length; i += 25) batches.push(requests.slice(i, i + 25));
    await inParallel(batches, 4, async (batch) => {
      let pending: typeof requests | undefined = batch;
      while (pending?.length) {
        const result: BatchWriteCommandOutput = await table.doc.send(new BatchWriteCommand({ RequestItems: { [table.name]: pending } }));
        pending = result.UnprocessedItems?.[table.name];
      }
    });
  }

  return {
    /** A put of the job: new (must not exist) or the next version (only while `expectedVersion` is current). */
    jobItem(scope: TenantScope, job: PeopleImportJob, expectedVersion?: number): TransactItem {
      return {
        Put: {
          TableName: table.name,
          Item: { pk: tenantPk(scope.tenantId), sk: jobSk(job.id), type: 'PeopleImportJob', ...job, tenantId: scope.tenantId },
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: '#version = :expected', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
        },
      };
    },

    async getJob(scope: TenantScope, id: string): Promise<PeopleImportJob | null> {
      const result = await table.doc.send(new GetCommand({ TableName: table.name, Key: { pk: tenantPk(scope.tenantId), sk: jobSk(id) }, ConsistentRead: true }));
      return result.Item ? toJob(result.Item) : null;
    },

    /** Stores the chunks of a job (before the job item, which is what makes them count). */
    async putChunks(scope: TenantScope, id: string, chunks: { rows: Buffer; processedBefore: number; processedAfter: number }[]): Promise<void> {
      const until = expiresAt();
      await batchWrite(
        chunks.map((chunk, n) => ({
          PutRequest: {
            Item: { pk: tenantPk(scope.tenantId), sk: chunkSk(id, n), type: 'PeopleImportChunk', rows: chunk.rows, processedBefore: chunk.processedBefore, processedAfter: chunk.processedAfter, ttl: until },
          },
        })),
      );
    },

    async getChunk(scope: TenantScope, id: string, n: number): Promise<ImportChunk> {
      const result = await table.doc.send(new GetCommand({ TableName: table.name, Key: { pk: tenantPk(scope.tenantId), sk: chunkSk(id, n) }, ConsistentRead: true }));
      if (!result.Item) throw new Error(`Chunk ${n} of import ${id} is missing`);
      const rows = JSON.parse(gunzipSync(result.Item.rows as Uint8Array).toString('utf8')) as PlannedRow[];
      return { n, rows, processedBefore: result.Item.processedBefore as number, processedAfter: result.Item.processedAfter as number };
    },

    /** A put that marks group `group` of chunk `n` as written; fails if it already is. */
    markerItem(scope: TenantScope, id: string, n: number, group: number): TransactItem {
      return {
        Put: {
          TableName: table.name,
          Item: { pk: tenantPk(scope.tenantId), sk: `${markerPrefix(id, n)}${pad(group)}`, type: 'PeopleImportMarker', ttl: expiresAt() },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    },

    /** The groups of chunk `n` that are written. */
    async writtenGroups(scope: TenantScope, id: string, n: number): Promise<Set<number>> {
      const result = await table.doc.send(
        new QueryCommand({
          TableName: table.name,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': tenantPk(scope.tenantId), ':prefix': markerPrefix(id, n) },
          ProjectionExpression: 'sk',
          ConsistentRead: true,
        }),
      );
      // At most ~500 markers of a few dozen bytes per chunk: one page.
      return new Set((result.Items ?? []).map((item) => Number((item.sk as string).slice(markerPrefix(id, n).length))));
    },

    async deleteMarker(scope: TenantScope, id: string, n: number, group: number): Promise<void> {
      await table.doc.send(new DeleteCommand({ TableName: table.name, Key: { pk: tenantPk(scope.tenantId), sk: `${markerPrefix(id, n)}${pad(group)}` } }));
    },

    /** Deletes the chunks and markers of a finished job. */
    async removeWork(scope: TenantScope, id: string): Promise<void> {
      const keys: { pk: string; sk: string }[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const result = await table.doc.send(
          new QueryCommand({
            TableName: table.name,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': tenantPk(scope.tenantId), ':prefix': `${jobSk(id)}#` },
            ProjectionExpression: 'pk, sk',
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        );
        keys.push(...((result.Items ?? []) as { pk: string; sk: string }[]));
        start = result.LastEvaluatedKey;
      } while (start);
      await batchWrite(keys.map((key) => ({ DeleteRequest: { Key: key } })));
    },

    /** Who holds each reservation key (e-mail address or external id): sk → person id. */
    async reservationHolders(keys: { pk: string; sk: string }[]): Promise<Map<string, string>> {
      return new Map((await batchGet(keys)).map((item) => [item.sk as string, item.personId as string]));
    },

    /** Deletes a reservation only while `personId` holds it. */
    releaseIfHeld(key: { pk: string; sk: string }, personId: string): TransactItem {
      return { Delete: { TableName: table.name, Key: key, ConditionExpression: 'personId = :id', ExpressionAttributeValues: { ':id': personId } } };
    },
  };
}

export type PeopleImportRepository = ReturnType<typeof createPeopleImportRepository>;
