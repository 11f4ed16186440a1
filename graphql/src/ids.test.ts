import { describe, expect, it } from 'vitest';
import { fromGlobalId, partsOf, toGlobalId } from './ids';

describe('global ids', () => {
  it('round-trip type and key parts', () => {
    const id = toGlobalId('Membership', 'tenant-1', 'user-2');
    expect(fromGlobalId(id)).toEqual({ type: 'Membership', parts: ['tenant-1', 'user-2'] });
    expect(partsOf(id, 'Membership')).toEqual(['tenant-1', 'user-2']);
  });

  it('refuse ids of another type, unknown types and garbage', () => {
    expect(partsOf(toGlobalId('Tenant', 't1'), 'Membership')).toBeNull();
    expect(fromGlobalId(Buffer.from('Secret:1').toString('base64url'))).toBeNull();
    expect(fromGlobalId('not base64 at all!')).toBeNull();
    expect(fromGlobalId(Buffer.from('Tenant:').toString('base64url'))).toBeNull();
  });
});
