// What matching holds about one person, for the people service's export and erasure (GDPR): their
// matches with their histories, and the locked or excluded pairs they are in.
import type { Table } from '../data/dynamo';
import type { TransactItem } from '../data/transactions';
import type { Person } from '../people/person.repository';
import type { RelatedRecords } from '../people/person.service';
import type { TenantScope } from '../shared/scope';
import type { MatchRepository, PairPin } from './match.repository';

export function createMatchPersonRecords(table: Table, matches: MatchRepository): RelatedRecords {
  async function pinsOf(scope: TenantScope, person: Person): Promise<PairPin[]> {
    const pins = (await Promise.all(person.programmeIds.map((programmeId) => matches.allPins(scope, programmeId)))).flat();
    return pins.filter((pin) => pin.newcomerId === person.id || pin.buddyId === person.id);
  }

  return {
    async forExport(scope, person) {
      const [items, pins] = await Promise.all([matches.allPersonMatchItems(scope, person.id, person.role), pinsOf(scope, person)]);
      return [...items, ...pins.map((pin) => ({ type: 'PairPin', ...pin }))];
    },

    /** Reasons are scrubbed and the explanation facts (interests, languages, distance) removed; the pairs' outcome stays for statistics. */
    async erasureItems(scope, person) {
      const [items, pins] = await Promise.all([matches.allPersonMatchItems(scope, person.id, person.role), pinsOf(scope, person)]);
      const updates: TransactItem[] = items.map((item) =>
        item.type === 'Match'
          ? { Update: { TableName: table.name, Key: { pk: item.pk, sk: item.sk }, UpdateExpression: 'SET criteria = :none, #version = #version + :one', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':none': [], ':one': 1 } } }
          : { Update: { TableName: table.name, Key: { pk: item.pk, sk: item.sk }, UpdateExpression: 'SET reason = :null', ExpressionAttributeValues: { ':null': null } } },
      );
      return [...updates, ...pins.map((pin) => matches.deletePinItem(scope, pin.programmeId, pin.newcomerId, pin.buddyId))];
    },
  };
}
