import { describe, expect, test } from 'vitest';
import { proposalErrors } from './match-outcome';

const conflict = (field: string[]) => ({ field, message: 'The buddy has no room left', code: 'CONFLICT' as const });

describe('proposalErrors', () => {
  test('an error that names a proposal by id belongs to that proposal', () => {
    const { byProposal, general } = proposalErrors([conflict(['input', 'proposalIds', 'p2'])], undefined, ['p1', 'p2']);
    expect([...byProposal.keys()]).toEqual(['p2']);
    expect(general).toEqual([]);
  });

  test('an index points into the ids that were sent', () => {
    const { byProposal } = proposalErrors([conflict(['input', 'proposalIds', '1'])], ['p3', 'p7'], ['p3', 'p7', 'p9']);
    expect(byProposal.get('p7')?.code).toBe('CONFLICT');
  });

  test('an error about no proposal in particular is about the run', () => {
    const { byProposal, general } = proposalErrors([conflict(['input', 'runId'])], undefined, ['p1']);
    expect(byProposal.size).toBe(0);
    expect(general).toHaveLength(1);
  });
});
