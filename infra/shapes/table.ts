// The one definition of the single table's shape: the CDK data stack and the local stack both build
// the table from it, and repositories use its attribute names. Pure data, no AWS imports.
export const tableShape = {
  /** Logical name; the deployed table gets a CDK-generated physical name, locally it is this one. */
  localTableName: 'tandem',
  partitionKey: 'pk',
  sortKey: 'sk',
  globalSecondaryIndexes: [
    // gsi1: secondary access patterns (lists by status, lookups by slug, ...)
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  ],
  /** Optimistic locking attribute on every mutable item. */
  versionAttribute: 'version',
} as const;

export type TableShape = typeof tableShape;
