// Helpers for conditional writes: optimistic locking and reading which condition of a
// transaction failed, so services can answer CONFLICT or a field error instead of a 500.
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { ConflictError } from '../shared/errors';
import type { Table } from './dynamo';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Writes all items or none. On a failed condition, `onConditionFailed(index)` is called with the
 * index of the first item whose condition failed; it should throw the matching domain error
 * (without it, a failed condition is a CONFLICT).
 */
export async function transactWrite(
  table: Table,
  items: TransactItem[],
  onConditionFailed: (index: number) => never = () => {
    throw new ConflictError('This was changed meanwhile; reload and try again.');
  },
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await table.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const index = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
      if (index >= 0) onConditionFailed(index);
      if (!reasons.some((reason) => reason.Code === 'TransactionConflict')) throw error;
      // Two transactions on the same items at the same moment cancel each other; after a short,
      // random pause one of them goes through and the other then meets its failed condition.
      if (attempt === 3) throw new ConflictError('Someone else changed this at the same moment; please try again.');
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}
