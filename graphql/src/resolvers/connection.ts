// Relay connection and mutation payload shapes, shared by all resolvers.
import type { Page } from '../../../services/data/pagination';
import { ValidationError, type FieldIssue } from '../../../services/shared/errors';

export function toConnection<T>(page: Page<T>) {
  return { edges: page.items, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
}

/** Runs a mutation; bad input becomes the payload's `userErrors` instead of a top-level error. */
export async function withUserErrors<T extends object>(run: () => Promise<T>): Promise<Partial<T> & { userErrors: FieldIssue[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (error instanceof ValidationError) return { userErrors: error.issues } as Partial<T> & { userErrors: FieldIssue[] };
    throw error;
  }
}
