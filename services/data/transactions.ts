// Helpers for conditional writes: optimistic locking and reading which condition of a
// transaction failed, so services can answer CONFLICT or a field error instead of a 500.
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { ConflictError } from '../shared/errors';
import type { Table } from './dynamo';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Writes all items or none. On a failed condition, `onConditionFailed(index)` is called with the
 * index of the first item whose condition failed; it should throw the matching domain error.
 */
export async function transactWrite(
  table: Table,
  items: TransactItem[],
  onConditionFailed: (index: number) => never,
): Promise<void> {
  try {
    await table.doc.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      const index = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
      if (index >= 0) onConditionFailed(index);
      // Another transaction touched the same items at the same moment: the caller may retry.
      if (reasons.some((reason) => reason.Code === 'TransactionConflict')) {
        throw new ConflictError('Someone else changed this at the same moment; please try again.');
      }
    }
    throw error;
  }
}

export function isConditionFailed(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException;
}
