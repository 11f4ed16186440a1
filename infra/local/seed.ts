// TEMPORARY STUB (the real seeding is being written): the contract is the signature.
import type { AppConfig } from '../../services/shared/config';

export interface DemoUser {
  email: string;
  password: string;
  /** Tenant slug, or null for the platform operator. */
  tenant: string | null;
  role: 'platform-operator' | 'tenant-admin' | 'coordinator';
}

/**
 * Seeds the demo tenants and users on first start only (idempotent: a second call changes nothing)
 * and returns the demo logins either way.
 */
export async function seedDemo(_config: AppConfig): Promise<DemoUser[]> {
  return [];
}
