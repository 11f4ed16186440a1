import { readStored, writeStored } from '../lib/storage';
import type { Viewer } from './viewer';

// The chosen tenant is remembered per user in this browser (localStorage), so a regional
// coordinator comes back to the tenant they last worked in.
const key = (viewerId: string) => `tandem.tenant.${viewerId}`;

/** The remembered tenant if the viewer is still a member there, else their first membership's. */
export function chooseTenant(viewer: Viewer): string | null {
  const remembered = readStored('local', key(viewer.id));
  if (remembered && viewer.memberships.some((m) => m.tenant.id === remembered)) return remembered;
  return viewer.memberships[0]?.tenant.id ?? null;
}

export function rememberTenant(viewerId: string, tenantId: string): void {
  writeStored('local', key(viewerId), tenantId);
}
