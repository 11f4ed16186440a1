// Whole-pool matching run benchmark (part of `npm run bench`, against its local stack): a programme's
// stored pool — waiting newcomers and vetted, available buddies with seeded, realistic attributes — goes
// through the real run path, `services.matching.executeRun` (read the pool, score every pair, solve,
// store the proposals, update the run), next to reading the same pool alone: the run's I/O floor.
// Both are measured in one fresh `node` process (matching-run-child.ts), as the matching worker
// Lambda does a run, so its peak RSS is the run's own.
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { BatchWriteCommand, type BatchWriteCommandInput, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { createServices } from '../../services/app';
import type { Table } from '../../services/data/dynamo';
import postcodeTable from '../../services/matching/geo/be-postcodes.json' with { type: 'json' };
import { seededRandom } from '../../services/matching/instance-generator';
import type { CefrLevel, DayPart, Gender, Person, PersonRepository, Weekday } from '../../services/people/person.repository';
import { interestTaxonomy, needOptions } from '../../services/programmes/default-forms';
import type { AppConfig } from '../../services/shared/config';
import { grantTenantScope, type TenantScope } from '../../services/shared/scope';
import { sortableId } from '../../services/shared/ids';
import type { Language } from '../../services/shared/validation';
import type { MatchingRunChildArgs, MatchingRunChildReport } from './matching-run-child';

const here = import.meta.dirname;
const repoRoot = path.resolve(here, '../..');
const SEED = 2024;
/** executeRun calls per process (each writes its own proposals; the pool does not change). */
const RUNS = 3;
const DAY_MS = 86_400_000;

type Progress = (message: string) => void;

export interface MatchingRunBench {
  newcomers: number;
  buddies: number;
  /** Sum of the buddies' capacities. */
  places: number;
  seed: number;
  /** Seconds to write the pool (BatchWriteCommand, not part of any figure). */
  writeSeconds: number;
  child: MatchingRunChildReport;
}

// Flanders (Antwerp, Flemish Brabant's 3000s, Limburg): the postcodes the geo table knows there.
const flemishPostcodes = Object.keys(postcodeTable).filter((code) => Number(code) >= 2000 && Number(code) <= 3999);
const interests = interestTaxonomy.map((interest) => interest.key);
const needs = needOptions.map((option) => option.value);
const weekdays: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const dayParts: DayPart[] = ['MORNING', 'AFTERNOON', 'EVENING'];
const families = ['single', 'partner', 'partner-children', 'single-parent', 'other'];
/** Newcomers' first languages (ISO 639-1) and the app language they would choose. */
const origins: [code: string, language: Language][] = [
  ['ar', 'AR'], ['uk', 'UK'], ['ti', 'TI'], ['fa', 'FA'], ['ps', 'PS'], ['so', 'SO'], ['ru', 'RU'], ['tr', 'TR'], ['es', 'ES'],
];
const firstNames = ['Amina', 'Yusuf', 'Olena', 'Dawit', 'Fatima', 'Ahmad', 'Sara', 'Ivan', 'Lina', 'Omar', 'Jan', 'Els', 'Koen', 'Sofie', 'Pieter', 'An'];
const lastNames = ['Haddad', 'Kovalenko', 'Tesfaye', 'Rahimi', 'Mohamed', 'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Willems', 'Claes', 'Wouters'];

/** Writes a programme's pool into the bench's tenant and measures a whole-pool run on it in a fresh process. */
export async function runMatchingRunBench(config: AppConfig, options: { newcomers: number; buddies: number }, progress: Progress): Promise<MatchingRunBench> {
  const services = createServices(config, { runLauncher: async () => {} });
  // A tenant of its own: trusted bench code grants the scope (no tenant item is needed for a run).
  const scope = grantTenantScope(randomUUID(), 'bench-coordinator', 'COORDINATOR');
  const created = await services.programmes.create(scope, { name: 'Buddywerking bench', kind: 'SOCIAL_BUDDY', languages: ['NL', 'FR', 'EN'] });
  const programme = await services.programmes.update(scope, { programmeId: created.id, version: created.version, status: 'ACTIVE' });

  const pool = generatePool(scope, programme.id, options, seededRandom(SEED));
  progress(`matching run: writing a pool of ${options.newcomers} newcomers and ${options.buddies} buddies…`);
  const writeStarted = performance.now();
  await writeItems(services.table, pool.map((person) => personItem(services.repositories.people, scope, person)));
  const writeSeconds = (performance.now() - writeStarted) / 1000;

  progress(`matching run: ${RUNS} × executeRun and the pool read alone, in a fresh node process…`);
  const args: MatchingRunChildArgs = { config, tenantId: scope.tenantId, userId: scope.userId, programmeId: programme.id, runs: RUNS };
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(here, 'matching-run-child.ts'), JSON.stringify(args)], {
    cwd: repoRoot,
    maxBuffer: 16 * 1024 * 1024,
    timeout: 300_000,
  }).catch((error: Error & { stderr?: string }) => {
    throw new Error(`matching run child failed: ${error.message}\nstderr: ${error.stderr?.slice(-2000) ?? ''}`);
  });
  const child = JSON.parse(stdout.trim().split('\n').pop() ?? '') as MatchingRunChildReport;

  // Sanity (not a timed assertion): every run finished with proposals over the whole pool written.
  for (const { run } of child.runs) {
    if (run.status !== 'DONE' || run.proposalCount <= 0) throw new Error(`matching run ${run.id}: ${run.status}, ${run.proposalCount} proposals (${run.failureReason ?? 'no reason'})`);
    if (run.newcomerCount !== options.newcomers || run.buddyCount !== options.buddies) {
      throw new Error(`matching run ${run.id} saw ${run.newcomerCount} newcomers and ${run.buddyCount} buddies, not the ${options.newcomers} and ${options.buddies} written`);
    }
  }
  for (const read of child.poolReads) {
    if (read.newcomers !== options.newcomers || read.buddies !== options.buddies) throw new Error(`a pool read found ${read.newcomers} newcomers and ${read.buddies} buddies`);
  }
  const places = pool.reduce((sum, person) => sum + (person.capacity ?? 0), 0);
  return { newcomers: options.newcomers, buddies: options.buddies, places, seed: SEED, writeSeconds, child };
}

/** The person's main item exactly as the repository stores it (keys, index attributes, denormalised fields). */
function personItem(people: PersonRepository, scope: TenantScope, person: Person): Record<string, unknown> {
  const item = people.putItem(scope, person).Put?.Item;
  if (!item) throw new Error('putItem gave no Put');
  return item;
}

/** BatchWriteCommand in batches of 25, a few at a time, retrying unprocessed items. */
async function writeItems(table: Table, items: Record<string, unknown>[]): Promise<void> {
  let next = 0;
  const writer = async () => {
    while (next < items.length) {
      const batch = items.slice(next, (next += 25));
      let requests: NonNullable<BatchWriteCommandInput['RequestItems']>[string] | undefined = batch.map((Item) => ({ PutRequest: { Item } }));
      while (requests?.length) {
        const result: BatchWriteCommandOutput = await table.doc.send(new BatchWriteCommand({ RequestItems: { [table.name]: requests } }));
        requests = result.UnprocessedItems?.[table.name];
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, writer));
}

function generatePool(scope: TenantScope, programmeId: string, counts: { newcomers: number; buddies: number }, random: () => number): Person[] {
  const now = Date.now();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const chosen = new Set<T>();
    for (let count = between(min, max); chosen.size < count; ) chosen.add(pick(list));
    return [...chosen];
  };
  const iso = (ms: number) => new Date(ms).toISOString();
  const level = (levels: CefrLevel[]) => pick(levels);
  const slots = () => some(weekdays.flatMap((day) => dayParts.map((part) => `${day}|${part}`)), 2, 6).map((slot) => {
    const [day, part] = slot.split('|') as [Weekday, DayPart];
    return { day, part };
  });
  const gender = (femaleShare: number): Gender => {
    const x = random();
    return x < femaleShare ? 'FEMALE' : x < 0.96 ? 'MALE' : x < 0.98 ? 'NON_BINARY' : 'UNDISCLOSED';
  };
  const base = (role: Person['role'], createdAt: number): Person => ({
    tenantId: scope.tenantId,
    id: sortableId(),
    role,
    status: role === 'NEWCOMER' ? 'WAITING' : 'AVAILABLE',
    firstName: pick(firstNames),
    lastName: pick(lastNames),
    email: null,
    phone: null,
    preferredLanguage: 'NL',
    postcode: pick(flemishPostcodes),
    birthYear: null,
    gender: null,
    languages: [],
    interests: some(interests, 2, 6),
    availability: slots(),
    programmeIds: [programmeId],
    capacity: null,
    answers: {},
    vetting: null,
    trainings: [],
    sensitive: {},
    waitingSince: null,
    externalId: null,
    createdAt: iso(createdAt),
    updatedAt: iso(createdAt),
    erasedAt: null,
    version: 3,
  });

  const people: Person[] = [];
  for (let i = 0; i < counts.newcomers; i++) {
    const waitingSince = now - random() * 365 * DAY_MS;
    const [native, language] = pick(origins);
    const languages: Person['languages'] = [{ code: native, level: 'NATIVE' }, { code: 'nl', level: level(['A1', 'A1', 'A2', 'A2', 'A2', 'B1', 'B1', 'B2']) }];
    if (random() < 0.4) languages.push({ code: 'en', level: level(['A2', 'B1', 'B2', 'C1']) });
    if (random() < 0.25) languages.push({ code: 'fr', level: level(['A2', 'B1', 'B2', 'C1']) });
    const answers: Record<string, string> = { needs: JSON.stringify(some(needs, 1, 4)) };
    if (random() < 0.8) answers.familySituation = JSON.stringify(pick(families));
    // About one in five asks for a buddy of a given gender (a hard constraint under the default preset).
    if (random() < 0.2) answers.buddyGenderPreference = JSON.stringify(random() < 0.7 ? 'FEMALE' : 'MALE');
    people.push({
      ...base('NEWCOMER', waitingSince - random() * 30 * DAY_MS),
      preferredLanguage: language,
      birthYear: between(1965, 2006),
      gender: gender(0.5),
      languages,
      answers,
      waitingSince: iso(waitingSince),
      updatedAt: iso(waitingSince),
      currentMatchId: null,
    });
  }
  for (let i = 0; i < counts.buddies; i++) {
    const createdAt = now - between(30, 700) * DAY_MS;
    const languages: Person['languages'] = [{ code: 'nl', level: 'NATIVE' }];
    if (random() < 0.8) languages.push({ code: 'en', level: level(['B1', 'B2', 'C1', 'C2']) });
    if (random() < 0.5) languages.push({ code: 'fr', level: level(['A2', 'B1', 'B2', 'C1']) });
    const answers: Record<string, string> = { offers: JSON.stringify(some(needs, 2, 6)) };
    if (random() < 0.8) answers.familySituation = JSON.stringify(pick(families));
    people.push({
      ...base('BUDDY', createdAt),
      birthYear: between(1950, 2004),
      gender: gender(0.6),
      languages,
      capacity: between(1, 3),
      answers,
      vetting: {
        interviewedAt: iso(createdAt + 7 * DAY_MS),
        goodConductCheckedAt: iso(createdAt + 10 * DAY_MS),
        goodConductValidUntil: iso(now + between(60, 1000) * DAY_MS).slice(0, 10),
      },
      openMatchCount: 0,
    });
  }
  return people;
}
