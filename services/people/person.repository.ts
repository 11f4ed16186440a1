// Newcomers and buddies of a tenant. One main item per person plus its own records:
//   TENANT#<t> / PERSON#<id>                       the person (gsi1: by creation, gsi2: by waiting time, gsi3: by last name;
//                                                  each index partition is TENANT#<t>#<ROLE>)
//   TENANT#<t> / PERSON#<id>#HISTORY#<at>#<rand>   a status change
//   TENANT#<t> / PERSON#<id>#NOTE#<at>#<rand>      a coordinator's note
//   TENANT#<t> / PERSON#<id>#CONSENT#<at>#<rand>   a consent given or withdrawn
//   TENANT#<t> / PERSONEMAIL#<role>#<email>        reserves an e-mail address per role (re-imports match on it)
//   TENANT#<t> / PERSONEXT#<externalId>            reserves an external id
import { randomBytes } from 'node:crypto';
import { BatchGetCommand, GetCommand, QueryCommand, type BatchGetCommandOutput, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../data/dynamo';
import { queryAllByPrefix, queryPage, type Page } from '../data/pagination';
import type { TransactItem } from '../data/transactions';
import type { TenantScope } from '../shared/scope';
import type { Language } from '../shared/validation';
import type { PersonRole, PersonStatus } from './lifecycle';

export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'NATIVE';
export type Gender = 'FEMALE' | 'MALE' | 'NON_BINARY' | 'UNDISCLOSED';
export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';
export type DayPart = 'MORNING' | 'AFTERNOON' | 'EVENING';

export interface Person {
  tenantId: string;
  id: string;
  role: PersonRole;
  status: PersonStatus;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  preferredLanguage: Language | null;
  postcode: string | null;
  birthYear: number | null;
  gender: Gender | null;
  languages: { code: string; level: CefrLevel }[];
  interests: string[];
  availability: { day: Weekday; part: DayPart }[];
  programmeIds: string[];
  capacity: number | null;
  /** Other intake answers, JSON per key. */
  answers: Record<string, string>;
  vetting: { interviewedAt: string | null; goodConductCheckedAt: string | null; goodConductValidUntil: string | null } | null;
  trainings: { name: string; completedAt: string; validUntil: string | null }[];
  sensitive: { health?: string | null; psychosocial?: string | null; religion?: string | null };
  waitingSince: string | null;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
  version: number;
  /** Buddies: open matches (APPROVED to PAUSED); only the matching flow changes it. */
  openMatchCount?: number;
  /** Newcomers: their open match, if any; only the matching flow changes it. */
  currentMatchId?: string | null;
}

export interface StatusChange {
  from: PersonStatus | null;
  to: PersonStatus;
  reason: string | null;
  by: string | null;
  at: string;
}

export interface Note {
  tenantId: string;
  personId: string;
  key: string;
  text: string;
  by: string;
  at: string;
}

export type ConsentMethod = 'ASSISTED' | 'SELF_SERVICE' | 'PAPER';

export interface Consent {
  purpose: string;
  granted: boolean;
  textVersion: string;
  method: ConsentMethod;
  recordedBy: string | null;
  at: string;
}

export type PersonSort = 'CREATED_AT' | 'WAITING_SINCE' | 'LAST_NAME';

export interface PersonListFilter {
  role: PersonRole;
  statuses?: PersonStatus[] | null;
  programmeId?: string | null;
  language?: string | null;
  interest?: string | null;
  postcodePrefix?: string | null;
  search?: string | null;
  waitingSinceBefore?: string | null;
}

const tenantPk = (tenantId: string) => `TENANT#${tenantId}`;
const personSk = (id: string) => `PERSON#${id}`;
const recordSk = (personId: string, kind: 'HISTORY' | 'NOTE' | 'CONSENT', at: string) =>
  `${personSk(personId)}#${kind}#${at}#${randomBytes(4).toString('hex')}`;
export const emailKey = (tenantId: string, role: PersonRole, email: string) => ({ pk: tenantPk(tenantId), sk: `PERSONEMAIL#${role}#${email}` });
export const externalIdKey = (tenantId: string, externalId: string) => ({ pk: tenantPk(tenantId), sk: `PERSONEXT#${externalId}` });

/** Folds accents and case so "Özdemir" sorts and searches like "ozdemir". */
export const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const indexes: Record<PersonSort, { name: string; pk: string; sk: string }> = {
  CREATED_AT: { name: 'gsi1', pk: 'gsi1pk', sk: 'gsi1sk' },
  WAITING_SINCE: { name: 'gsi2', pk: 'gsi2pk', sk: 'gsi2sk' },
  LAST_NAME: { name: 'gsi3', pk: 'gsi3pk', sk: 'gsi3sk' },
};

function indexAttributes(person: Person) {
  const partition = `${tenantPk(person.tenantId)}#${person.role}`;
  return {
    gsi1pk: partition,
    gsi1sk: `${person.createdAt}#${person.id}`,
    gsi2pk: partition,
    // People who are not waiting sort after everyone who is ('~' sorts after digits).
    gsi2sk: `${person.waitingSince ?? '~'}#${person.createdAt}#${person.id}`,
    gsi3pk: partition,
    gsi3sk: `${fold(person.lastName)} ${fold(person.firstName)}#${person.id}`,
  };
}

function toPerson(item: Record<string, unknown>): Person {
  const {
    pk: _pk, sk: _sk, type: _type, searchText: _s, languageCodes: _l,
    gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, gsi3pk: _e, gsi3sk: _f,
    ...person
  } = item;
  return person as unknown as Person;
}

export function createPersonRepository(table: Table) {
  const queryAll = (tenantId: string, prefix: string) => queryAllByPrefix(table, tenantPk(tenantId), prefix);

  return {
    /** A put of the person's main item: new (must not exist) or the next version (only while `expectedVersion` is current). */
    putItem(scope: TenantScope, person: Person, expectedVersion?: number): TransactItem {
      const item = {
        pk: tenantPk(scope.tenantId),
        sk: personSk(person.id),
        type: 'Person',
        ...person,
        tenantId: scope.tenantId,
        ...indexAttributes({ ...person, tenantId: scope.tenantId }),
        // Denormalised for filters.
        searchText: fold(`${person.firstName} ${person.lastName} ${person.email ?? ''}`),
        languageCodes: person.languages.map((language) => language.code),
      };
      return {
        Put: {
          TableName: table.name,
          Item: item,
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: '#version = :expected', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
        },
      };
    },

    /** Reserves an e-mail address or external id for a person; fails if another person holds it. */
    reserveItem(key: { pk: string; sk: string }, personId: string): TransactItem {
      return {
        Put: {
          TableName: table.name,
          Item: { ...key, type: 'PersonReservation', personId },
          ConditionExpression: 'attribute_not_exists(pk) OR personId = :id',
          ExpressionAttributeValues: { ':id': personId },
        },
      };
    },

    releaseItem(key: { pk: string; sk: string }): TransactItem {
      return { Delete: { TableName: table.name, Key: key } };
    },

    /** Moves the e-mail and external-id reservations from `before` (null: a new person) to `after`. */
    reservationMoves(scope: TenantScope, before: Person | null, after: Person): TransactItem[] {
      const items: TransactItem[] = [];
      if (before?.email && before.email !== after.email) items.push(this.releaseItem(emailKey(scope.tenantId, before.role, before.email)));
      if (before?.externalId && before.externalId !== after.externalId) items.push(this.releaseItem(externalIdKey(scope.tenantId, before.externalId)));
      if (after.email && after.email !== before?.email) items.push(this.reserveItem(emailKey(scope.tenantId, after.role, after.email), after.id));
      if (after.externalId && after.externalId !== before?.externalId) items.push(this.reserveItem(externalIdKey(scope.tenantId, after.externalId), after.id));
      return items;
    },

    /** Many people at once (batches of 100, consistent reads), by id. */
    async getMany(scope: TenantScope, ids: string[]): Promise<Map<string, Person>> {
      const found = new Map<string, Person>();
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i += 100) {
        let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((id) => ({ pk: tenantPk(scope.tenantId), sk: personSk(id) }));
        while (keys?.length) {
          const result: BatchGetCommandOutput = await table.doc.send(new BatchGetCommand({ RequestItems: { [table.name]: { Keys: keys, ConsistentRead: true } } }));
          for (const item of result.Responses?.[table.name] ?? []) found.set(item.id as string, toPerson(item));
          keys = result.UnprocessedKeys?.[table.name]?.Keys;
        }
      }
      return found;
    },

    async reservedBy(key: { pk: string; sk: string }): Promise<string | null> {
      const result = await table.doc.send(new GetCommand({ TableName: table.name, Key: key, ConsistentRead: true }));
      return (result.Item?.personId as string | undefined) ?? null;
    },

    historyItem(scope: TenantScope, personId: string, change: StatusChange): TransactItem {
      return { Put: { TableName: table.name, Item: { pk: tenantPk(scope.tenantId), sk: recordSk(personId, 'HISTORY', change.at), type: 'StatusChange', ...change } } };
    },

    noteItem(scope: TenantScope, personId: string, note: Pick<Note, 'text' | 'by' | 'at'>): { item: TransactItem; key: string } {
      const key = recordSk(personId, 'NOTE', note.at);
      return { key, item: { Put: { TableName: table.name, Item: { pk: tenantPk(scope.tenantId), sk: key, type: 'Note', personId, ...note } } } };
    },

    consentItem(scope: TenantScope, personId: string, consent: Consent): TransactItem {
      return { Put: { TableName: table.name, Item: { pk: tenantPk(scope.tenantId), sk: recordSk(personId, 'CONSENT', consent.at), type: 'Consent', ...consent } } };
    },

    async get(scope: TenantScope, id: string): Promise<Person | null> {
      const result = await table.doc.send(new GetCommand({ TableName: table.name, Key: { pk: tenantPk(scope.tenantId), sk: personSk(id) }, ConsistentRead: true }));
      return result.Item ? toPerson(result.Item) : null;
    },

    /** Everything stored about a person: the main item and all its records (export, erasure). */
    async everything(scope: TenantScope, id: string): Promise<Record<string, unknown>[]> {
      return queryAll(scope.tenantId, personSk(id));
    },

    async history(scope: TenantScope, id: string): Promise<StatusChange[]> {
      return (await queryAll(scope.tenantId, `${personSk(id)}#HISTORY#`)).map(({ from, to, reason, by, at }) => ({ from, to, reason, by, at }) as StatusChange);
    },

    async consents(scope: TenantScope, id: string): Promise<Consent[]> {
      return (await queryAll(scope.tenantId, `${personSk(id)}#CONSENT#`)).map(
        ({ purpose, granted, textVersion, method, recordedBy, at }) => ({ purpose, granted, textVersion, method, recordedBy, at }) as Consent,
      );
    },

    /** Notes, newest first. */
    notes(scope: TenantScope, id: string, first?: number | null, after?: string | null): Promise<Page<Note>> {
      const pk = tenantPk(scope.tenantId);
      return queryPage(
        table,
        {
          partition: { pk },
          keyAttributes: ['pk', 'sk'],
          params: { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': pk, ':prefix': `${personSk(id)}#NOTE#` }, ScanIndexForward: false },
          first,
          after,
        },
        (item) => ({ tenantId: scope.tenantId, personId: id, key: item.sk as string, text: item.text as string, by: item.by as string, at: item.at as string }),
      );
    },

    /** People of one role, in the order of `sort`, filtered. */
    list(scope: TenantScope, filter: PersonListFilter, sort: PersonSort, first?: number | null, after?: string | null): Promise<Page<Person>> {
      const index = indexes[sort];
      const partition = `${tenantPk(scope.tenantId)}#${filter.role}`;
      const conditions: string[] = [];
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = { ':partition': partition };
      if (filter.statuses?.length) {
        names['#status'] = 'status';
        conditions.push(`#status IN (${filter.statuses.map((status, i) => ((values[`:status${i}`] = status), `:status${i}`)).join(', ')})`);
      }
      if (filter.programmeId) (values[':programme'] = filter.programmeId), conditions.push('contains(programmeIds, :programme)');
      if (filter.language) (values[':language'] = filter.language), conditions.push('contains(languageCodes, :language)');
      if (filter.interest) (values[':interest'] = filter.interest), conditions.push('contains(interests, :interest)');
      if (filter.postcodePrefix) (values[':postcode'] = filter.postcodePrefix), conditions.push('begins_with(postcode, :postcode)');
      if (filter.search) (values[':search'] = fold(filter.search)), conditions.push('contains(searchText, :search)');
      if (filter.waitingSinceBefore) (values[':waiting'] = filter.waitingSinceBefore), conditions.push('waitingSince < :waiting');
      const params: Omit<QueryCommandInput, 'TableName'> = {
        IndexName: index.name,
        KeyConditionExpression: `${index.pk} = :partition`,
        ExpressionAttributeValues: values,
        ...(conditions.length ? { FilterExpression: conditions.join(' AND ') } : {}),
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
      };
      return queryPage(table, { partition: { [index.pk]: partition }, keyAttributes: ['pk', 'sk', index.pk, index.sk], params, first, after }, toPerson);
    },

    /** Every person of one role in a programme with one of `statuses` (a whole-pool matching run reads its pool). */
    async listAll(scope: TenantScope, role: PersonRole, programmeId: string, statuses: PersonStatus[]): Promise<Person[]> {
      const people: Person[] = [];
      const values: Record<string, unknown> = { ':partition': `${tenantPk(scope.tenantId)}#${role}`, ':programme': programmeId };
      const placeholders = statuses.map((status, i) => ((values[`:status${i}`] = status), `:status${i}`));
      let start: Record<string, unknown> | undefined;
      do {
        const result = await table.doc.send(
          new QueryCommand({
            TableName: table.name,
            IndexName: 'gsi2',
            KeyConditionExpression: 'gsi2pk = :partition',
            FilterExpression: `contains(programmeIds, :programme) AND #status IN (${placeholders.join(', ')})`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: values,
            ExclusiveStartKey: start,
          }),
        );
        for (const item of result.Items ?? []) people.push(toPerson(item));
        start = result.LastEvaluatedKey;
      } while (start);
      return people;
    },

    /** Deletes records (notes, consents) in batches of one transaction each (erasure). */
    deleteItems(keys: { pk: string; sk: string }[]): TransactItem[] {
      return keys.map((key) => ({ Delete: { TableName: table.name, Key: key } }));
    },
  };
}

export type PersonRepository = ReturnType<typeof createPersonRepository>;
