// Demo data for the local stack, seeded on first start only: a platform operator and five tenants
// (Mechelen, Capaci and three Noord-Limburg municipalities), each with a tenant admin and a
// coordinator. The demo passwords are for this machine's emulators only, never for the cloud.
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createServices } from '../../services/app';
import { transactWrite } from '../../services/data/transactions';
import type { AppConfig } from '../../services/shared/config';
import { grantTenantScope, type Role } from '../../services/shared/scope';
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
// Separate marker: stacks seeded before programmes existed get them on their next start.
const programmesMarker = { pk: 'PLATFORM', sk: 'SEED#demo-programmes-v1' };

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
  if (seeded.Item) {
    await seedProgrammes(services);
    return users_;
  }

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
  await seedProgrammes(services);
  return users_;
}

const consent = [{ purpose: 'processing', granted: true, textVersion: '1' }];
const needs = (values: string[]) => [{ key: 'needs', value: JSON.stringify(values) }];

/** Mechelen's demo programme: an active participation trajectory with a waiting list and buddies. */
async function seedProgrammes(services: ReturnType<typeof createServices>): Promise<void> {
  const { table } = services;
  if ((await table.doc.send(new GetCommand({ TableName: table.name, Key: programmesMarker, ConsistentRead: true }))).Item) return;
  const tenantId = await services.repositories.tenants.idBySlug('mechelen');
  if (!tenantId) return;
  // Seeding acts as Mechelen's coordinator would, through the same services.
  const scope = grantTenantScope(tenantId, 'demo-seed', 'COORDINATOR');
  const draft = await services.programmes.create(scope, {
    name: 'Participatietraject Mechelen',
    kind: 'PARTICIPATION_TRAJECTORY',
    description: 'Veertig uur meedoen in Mechelen: samen met een buddy je netwerk uitbouwen.',
    languages: ['NL', 'FR', 'EN', 'AR'],
    sensitiveCategories: ['HEALTH'],
  });
  const programme = await services.programmes.update(scope, { programmeId: draft.id, version: draft.version, status: 'ACTIVE', publicSignupOpen: true });
  const now = () => new Date().toISOString();
  const newcomers = [
    { firstName: 'Amina', lastName: 'Haddad', postcode: '2800', languages: [{ code: 'ar', level: 'NATIVE' }, { code: 'nl', level: 'A2' }], interests: ['cooking', 'hiking'], answers: needs(['language-practice', 'work']) },
    { firstName: 'Yonas', lastName: 'Tesfay', postcode: '2801', languages: [{ code: 'ti', level: 'NATIVE' }, { code: 'en', level: 'B1' }], interests: ['football', 'music'], answers: needs(['social-contacts', 'housing-search']) },
    { firstName: 'Olena', lastName: 'Kovalenko', postcode: '2811', languages: [{ code: 'uk', level: 'NATIVE' }, { code: 'fr', level: 'B2' }], interests: ['reading', 'gardening'], answers: needs(['work', 'paperwork']) },
  ];
  for (const profile of newcomers) {
    const person = await services.people.register(scope, { role: 'NEWCOMER', programmeId: programme.id, profile, consents: consent, intakeDone: true });
    await services.people.changeStatus(scope, { personId: person.id, version: person.version, status: 'WAITING' });
  }
  const buddies = [
    { firstName: 'Sofie', lastName: 'Peeters', email: 'sofie.peeters@example.org', postcode: '2800', capacity: 2, languages: [{ code: 'nl', level: 'NATIVE' }, { code: 'en', level: 'C1' }] },
    { firstName: 'Pieter', lastName: 'Janssens', email: 'pieter.janssens@example.org', postcode: '2812', capacity: 1, languages: [{ code: 'nl', level: 'NATIVE' }, { code: 'fr', level: 'B2' }] },
  ];
  for (const buddy of buddies) {
    const profile = {
      ...buddy,
      interests: ['cooking', 'cycling', 'hiking'],
      availability: [{ day: 'TUE', part: 'EVENING' }, { day: 'SAT', part: 'MORNING' }],
      answers: [{ key: 'offers', value: JSON.stringify(['language-practice', 'social-contacts']) }, { key: 'motivation', value: JSON.stringify('Mijn stad delen.') }],
    };
    const registered = await services.people.register(scope, { role: 'BUDDY', programmeId: programme.id, profile, consents: [...consent, { purpose: 'good-conduct-check', granted: true, textVersion: '1' }] });
    // Screened, vetted and trained, so the matching board has buddies to propose.
    let person = await services.people.recordVetting(scope, {
      personId: registered.id,
      version: registered.version,
      interviewedAt: now(),
      goodConductCheckedAt: now(),
      goodConductValidUntil: new Date(Date.now() + 365 * 86_400_000).toISOString(),
      training: { name: 'Basisvorming buddywerking', completedAt: now() },
    });
    for (const status of ['SCREENED', 'TRAINED', 'AVAILABLE']) person = await services.people.changeStatus(scope, { personId: person.id, version: person.version, status });
  }
  await table.doc.send(new PutCommand({ TableName: table.name, Item: { ...programmesMarker, type: 'SeedMarker', at: new Date().toISOString() } }));
}
