// Demo data for the local stack, seeded on first start only: a platform operator and five tenants
// (Mechelen, Capaci and three Noord-Limburg municipalities), each with a tenant admin and a
// coordinator. The demo passwords are for this machine's emulators only, never for the cloud.
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createServices } from '../../services/app';
import { transactWrite } from '../../services/data/transactions';
import type { AppConfig } from '../../services/shared/config';
import type { Role } from '../../services/shared/scope';
import type { Tenant } from '../../services/tenants/tenant.repository';

export interface DemoUser {
  email: string;
  password: string;
  /** Tenant slug, or null for the platform operator. */
  tenant: string | null;
  role: 'platform-operator' | 'tenant-admin' | 'coordinator';
}

const demoPassword = 'Tandem-demo-2026';
const seedMarker = { pk: 'PLATFORM', sk: 'SEED#demo-v1' };

type DemoTenant = Pick<Tenant, 'slug' | 'name' | 'kind' | 'country' | 'defaultLanguage' | 'languages'>;
const demoTenants: DemoTenant[] = [
  { slug: 'mechelen', name: 'Mechelen', kind: 'MUNICIPALITY', country: 'BE', defaultLanguage: 'NL', languages: ['NL', 'FR', 'EN', 'AR'] },
  { slug: 'capaci', name: 'Capaci', kind: 'MUNICIPALITY', country: 'IT', defaultLanguage: 'IT', languages: ['IT', 'EN', 'AR'] },
  { slug: 'bree', name: 'Bree', kind: 'MUNICIPALITY', country: 'BE', defaultLanguage: 'NL', languages: ['NL', 'EN', 'FR'] },
  { slug: 'peer', name: 'Peer', kind: 'MUNICIPALITY', country: 'BE', defaultLanguage: 'NL', languages: ['NL', 'EN', 'FR'] },
  { slug: 'hamont-achel', name: 'Hamont-Achel', kind: 'MUNICIPALITY', country: 'BE', defaultLanguage: 'NL', languages: ['NL', 'EN', 'FR'] },
];

export function demoUsers(): DemoUser[] {
  return [
    { email: 'operator@tandem.test', password: demoPassword, tenant: null, role: 'platform-operator' },
    ...demoTenants.flatMap(({ slug }): DemoUser[] => [
      { email: `admin.${slug}@tandem.test`, password: demoPassword, tenant: slug, role: 'tenant-admin' },
      { email: `coordinator.${slug}@tandem.test`, password: demoPassword, tenant: slug, role: 'coordinator' },
    ]),
  ];
}

const roleOf: Record<Exclude<DemoUser['role'], 'platform-operator'>, Role> = { 'tenant-admin': 'TENANT_ADMIN', coordinator: 'COORDINATOR' };

/**
 * Seeds the demo tenants and users on first start only (idempotent: a second call changes nothing)
 * and returns the demo logins either way.
 */
export async function seedDemo(config: AppConfig): Promise<DemoUser[]> {
  const services = createServices(config);
  const { table, directory } = services;
  const { tenants, memberships, users, audit } = services.repositories;
  const users_ = demoUsers();
  const seeded = await table.doc.send(new GetCommand({ TableName: table.name, Key: seedMarker, ConsistentRead: true }));
  if (seeded.Item) return users_;

  const failed = (what: string) => (): never => {
    throw new Error(`Seeding ${what} failed`);
  };
  const operator = users_[0];
  const operatorId = await directory.ensureUserWithPassword(operator.email, operator.password);
  await transactWrite(table, [users.profileItem(operatorId, operator.email, 'EN'), users.operatorItem(operatorId)], failed('operator'));
  await directory.addToGroup(operator.email, 'PLATFORM_OPERATOR');

  for (const demo of demoTenants) {
    if (await tenants.slugTaken(demo.slug)) continue; // an earlier, interrupted seed got this far
    const now = new Date().toISOString();
    const tenant: Tenant = { ...demo, id: randomUUID(), status: 'ACTIVE', createdAt: now, version: 1 };
    const people = users_.filter((user) => user.tenant === demo.slug);
    const items = [...tenants.createItems(tenant, 1), audit.tenantEntry(tenant.id, { action: 'tenant.created', actorId: operatorId, subjectId: tenant.id, details: { seeded: true } }, now)];
    for (const person of people) {
      const role = roleOf[person.role as keyof typeof roleOf];
      const userId = await directory.ensureUserWithPassword(person.email, person.password);
      await directory.addToGroup(person.email, role);
      items.push(
        ...memberships.createItems({ tenantId: tenant.id, userId, email: person.email, role, status: 'ACTIVE', createdAt: now, version: 1 }),
        users.profileItem(userId, person.email, demo.defaultLanguage),
      );
    }
    await transactWrite(table, items, failed(`tenant ${demo.slug}`));
  }
  await table.doc.send(new PutCommand({ TableName: table.name, Item: { ...seedMarker, type: 'SeedMarker', at: new Date().toISOString() } }));
  return users_;
}
