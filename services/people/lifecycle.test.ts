import { describe, expect, it } from 'vitest';
import { allowedNextStatuses, buddyStatuses, initialStatus, isStatusOf, newcomerStatuses } from './lifecycle';

describe('person lifecycles', () => {
  it('newcomers go from registration through intake to waiting; matching is not a manual step', () => {
    expect(initialStatus('NEWCOMER', false)).toBe('REGISTERED');
    expect(initialStatus('NEWCOMER', true)).toBe('INTAKE_DONE');
    expect(allowedNextStatuses('NEWCOMER', 'INTAKE_DONE')).toEqual(['WAITING', 'WITHDRAWN']);
    expect(allowedNextStatuses('NEWCOMER', 'WAITING')).not.toContain('MATCHED');
    expect(allowedNextStatuses('NEWCOMER', 'COMPLETED')).toEqual([]);
  });

  it('buddies are screened and trained before they are available', () => {
    expect(initialStatus('BUDDY', true)).toBe('APPLIED');
    expect(allowedNextStatuses('BUDDY', 'APPLIED')).toEqual(['SCREENED', 'STOPPED']);
    expect(allowedNextStatuses('BUDDY', 'APPLIED')).not.toContain('AVAILABLE');
    expect(allowedNextStatuses('BUDDY', 'SCREENED')).toContain('TRAINED');
    expect(allowedNextStatuses('BUDDY', 'PAUSED')).toEqual(['AVAILABLE', 'STOPPED']);
  });

  it('every transition stays within the role’s own statuses', () => {
    for (const status of newcomerStatuses) for (const to of allowedNextStatuses('NEWCOMER', status)) expect(isStatusOf('NEWCOMER', to)).toBe(true);
    for (const status of buddyStatuses) for (const to of allowedNextStatuses('BUDDY', status)) expect(isStatusOf('BUDDY', to)).toBe(true);
    expect(isStatusOf('BUDDY', 'WAITING')).toBe(false);
    expect(isStatusOf('NEWCOMER', 'TRAINED')).toBe(false);
  });
});
