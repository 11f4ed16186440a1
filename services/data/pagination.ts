// Relay-style cursors over DynamoDB queries. A cursor is the key of the last item on the page; it is
// only accepted for the same partition it came from, so it can never open another tenant's partition.
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../shared/errors';
import type { Table } from './dynamo';

export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export const maxPageSize = 100;

export function pageSize(first: number | null | undefined): number {
  if (first == null) return 20;
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw ValidationError.of(['first'], 'INVALID', `first must be between 1 and ${maxPageSize}.`);
  }
  return first;
}

function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes `after` and checks it belongs to the partition `expected` (attribute → value). */
function decodeCursor(after: string, expected: Record<string, string>): Record<string, unknown> {
  try {
    const key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as Record<string, unknown>;
    const matches = Object.entries(expected).every(([attribute, value]) => key[attribute] === value);
    if (matches && Object.values(key).every((value) => typeof value === 'string')) return key;
  } catch {
    // fall through to the validation error
  }
  throw ValidationError.of(['after'], 'INVALID', 'This cursor is not valid for this list.');
}

export interface PageQuery {
  /** The partition being read, e.g. { pk: 'TENANT#t1' } or { gsi1pk: 'ONBOARDING#PENDING' }. */
  partition: Record<string, string>;
  /** Attributes that make up an item's position (table key, plus index key for index queries). */
  keyAttributes: string[];
  params: Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>;
  first?: number | null;
  after?: string | null;
}

/** Runs one paginated query: reads first+1 items so hasNextPage is exact. */
export async function queryPage<T>(
  table: Table,
  query: PageQuery,
  map: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const size = pageSize(query.first);
  const rows: Record<string, unknown>[] = [];
  let start = query.after ? decodeCursor(query.after, query.partition) : undefined;
  // A query page can come back short (1 MB limit); keep reading until we have size+1 or the end.
  do {
    const result = await table.doc.send(
      new QueryCommand({ ...query.params, TableName: table.name, Limit: size + 1 - rows.length, ExclusiveStartKey: start }),
    );
    rows.push(...(result.Items ?? []));
    start = result.LastEvaluatedKey;
  } while (start && rows.length < size + 1);

  const pageRows = rows.slice(0, size);
  const items = pageRows.map((item) => ({
    node: map(item),
    cursor: encodeCursor(Object.fromEntries(query.keyAttributes.map((attribute) => [attribute, item[attribute]]))),
  }));
  return {
    items,
    hasNextPage: rows.length > size,
    endCursor: items.length ? items[items.length - 1].cursor : null,
  };
}

/** Every item a query finds, page after page (for small, bounded sets: a person's records or matches, a programme's pins). */
export async function queryAll(table: Table, params: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const result = await table.doc.send(new QueryCommand({ ...params, TableName: table.name, ExclusiveStartKey: start }));
    items.push(...(result.Items ?? []));
    start = result.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every item of partition `pk` whose sort key starts with `prefix`, read consistently. */
export function queryAllByPrefix(table: Table, pk: string, prefix: string): Promise<Record<string, unknown>[]> {
  return queryAll(table, { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix }, ConsistentRead: true });
}
