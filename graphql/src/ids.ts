// Global object ids (Relay): opaque base64url of "<Type>:<key>". The key of tenant-owned objects
// starts with the tenant id, so a lookup can refuse ids of other tenants before touching the data.
// PeopleImportJob ids have this shape too, though jobs are read with peopleImport(id), not node(id).
import { NotFoundError } from '../../services/shared/errors';

export type NodeType = 'Tenant' | 'Membership' | 'OnboardingRequest' | 'AuditEntry' | 'Programme' | 'IntakeForm' | 'Person' | 'Note' | 'PeopleImportJob' | 'Match' | 'MatchingRun' | 'MatchProposal';
const nodeTypes: NodeType[] = ['Tenant', 'Membership', 'OnboardingRequest', 'AuditEntry', 'Programme', 'IntakeForm', 'Person', 'Note', 'PeopleImportJob', 'Match', 'MatchingRun', 'MatchProposal'];

export function toGlobalId(type: NodeType, ...parts: string[]): string {
  return Buffer.from(`${type}:${parts.join(':')}`).toString('base64url');
}

/** Decodes a global id; null when it is not one of ours. */
export function fromGlobalId(id: string): { type: NodeType; parts: string[] } | null {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const [type, ...parts] = decoded.split(':');
  if (!nodeTypes.includes(type as NodeType) || parts.length === 0 || parts.some((part) => !part)) return null;
  return { type: type as NodeType, parts };
}

/** The key parts of a global id of `type`, or null if the id is of another type or malformed. */
export function partsOf(id: string, type: NodeType): string[] | null {
  const decoded = fromGlobalId(id);
  return decoded && decoded.type === type ? decoded.parts : null;
}

/** The local id inside a tenant-owned object's global id, or null if it belongs to another tenant. */
export function localId(id: string, type: NodeType, tenantId: string): string | null {
  const parts = partsOf(id, type);
  return parts && parts.length === 2 && parts[0] === tenantId ? parts[1] : null;
}

/** The local id of the scope's tenant's object `id`; ids of other tenants (and malformed ones) are NOT_FOUND. */
export function ownLocalId(id: string, type: NodeType, tenantId: string): string {
  const local = localId(id, type, tenantId);
  if (!local) throw new NotFoundError(`This ${type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} does not exist.`);
  return local;
}
