// The one definition of the single table's shape: the CDK data stack and the local stack both build
// the table from it, and repositories use its attribute names. Pure data, no AWS imports.
export const tableShape = {
  /** Logical name; the deployed table gets a CDK-generated physical name, locally it is this one. */
  localTableName: 'tandem',
  partitionKey: 'pk',
  sortKey: 'sk',
  globalSecondaryIndexes: [
    // Secondary access patterns; each entity module documents what it puts in them (e.g. people:
    // gsi1 by creation, gsi2 by waiting time, gsi3 by last name).
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
  /** Items with this Number attribute (epoch seconds) are deleted by DynamoDB after that time. */
  timeToLiveAttribute: 'ttl',
  /** Optimistic locking attribute on every mutable item. */
  versionAttribute: 'version',
} as const;

export type TableShape = typeof tableShape;
