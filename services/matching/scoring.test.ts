import { describe, expect, it } from 'vitest';
import type { Person } from '../people/person.repository';
import { explainPair } from './explain';
import { applyPresetChange, defaultPreset, type MatchingPreset } from './preset';
import { createPairScorer, type MatchConstraint, type MatchContext } from './scoring';

const now = new Date('2025-06-10T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

let nextId = 1;
function person(role: Person['role'], overrides: Partial<Person> = {}): Person {
  const id = `${role === 'NEWCOMER' ? 'n' : 'b'}${nextId++}`;
  return {
    tenantId: 't1', id, role,
    status: role === 'NEWCOMER' ? 'WAITING' : 'AVAILABLE',
    firstName: id, lastName: 'Test', email: null, phone: null, preferredLanguage: null,
    postcode: null, birthYear: null, gender: null, languages: [], interests: [], availability: [],
    programmeIds: ['p1'], capacity: role === 'BUDDY' ? 1 : null, answers: {},
    vetting: role === 'BUDDY' ? { interviewedAt: daysAgo(30), goodConductCheckedAt: daysAgo(30), goodConductValidUntil: '2026-01-01' } : null,
    trainings: [], sensitive: {}, waitingSince: role === 'NEWCOMER' ? now.toISOString() : null,
    externalId: null, createdAt: daysAgo(60), updatedAt: daysAgo(1), erasedAt: null, version: 1,
    ...overrides,
  };
}
const newcomer = (overrides: Partial<Person> = {}) => person('NEWCOMER', overrides);
const buddy = (overrides: Partial<Person> = {}) => person('BUDDY', overrides);

/** Distances between the test postcodes (km). */
const km: Record<string, number> = { '9000|9000': 0, '9000|9050': 2.4, '9000|9070': 8, '9000|9800': 24, '9000|8000': 50 };
function context(overrides: Partial<MatchContext> = {}): MatchContext {
  return {
    programmeKind: 'SOCIAL_BUDDY',
    practisedLanguage: null,
    now,
    excludedPairs: new Set(),
    distanceKm: (a, b) => (a && b ? (km[`${a}|${b}`] ?? km[`${b}|${a}`] ?? null) : null),
    ...overrides,
  };
}

// The example: cooking, football and hiking in common, both French at B2 or above, 2.4 km apart, both free on Tuesday evening.
const exampleNewcomer = () =>
  newcomer({
    postcode: '9000',
    interests: ['cooking', 'Football', 'hiking', 'sewing'],
    languages: [{ code: 'fr', level: 'B2' }, { code: 'ar', level: 'NATIVE' }],
    availability: [{ day: 'TUE', part: 'EVENING' }, { day: 'MON', part: 'MORNING' }],
  });
const exampleBuddy = () =>
  buddy({
    postcode: '9050',
    interests: ['hiking', 'cooking', 'football', 'chess'],
    languages: [{ code: 'nl', level: 'NATIVE' }, { code: 'fr', level: 'C1' }],
    availability: [{ day: 'TUE', part: 'EVENING' }, { day: 'SAT', part: 'MORNING' }],
  });

describe('evaluate', () => {
  it('scores the issue’s example pair from its facts, and explains it', () => {
    const evaluation = createPairScorer(defaultPreset, context()).evaluate(exampleNewcomer(), exampleBuddy());
    expect(evaluation.allowed).toBe(true);
    expect(evaluation.blockedBy).toEqual([]);
    const byCriterion = Object.fromEntries(evaluation.criteria.map((result) => [result.criterion, result]));
    expect(evaluation.criteria.map((result) => result.criterion)).toEqual(['INTERESTS', 'LANGUAGE', 'NEEDS', 'AVAILABILITY', 'DISTANCE', 'AGE', 'FAMILY', 'WAITING_TIME']);
    expect(byCriterion.INTERESTS.facts).toEqual({ criterion: 'INTERESTS', shared: ['cooking', 'football', 'hiking'] });
    expect(byCriterion.INTERESTS.value).toBe(1);
    expect(byCriterion.LANGUAGE.facts).toEqual({ criterion: 'LANGUAGE', common: ['fr'], practised: null });
    expect(byCriterion.AVAILABILITY.facts).toEqual({ criterion: 'AVAILABILITY', shared: [{ day: 'TUE', part: 'EVENING' }] });
    expect(byCriterion.AVAILABILITY.value).toBe(0.5);
    expect(byCriterion.DISTANCE.facts).toEqual({ criterion: 'DISTANCE', km: 2.4 });
    // Unknown data counts as 0.5: no needs, birth years or family situation were given.
    expect(byCriterion.NEEDS.value).toBeNull();
    expect(byCriterion.NEEDS.points).toBeCloseTo((100 * 4 * 0.5) / 25, 2);
    // Points add up to the score (within the display rounding).
    const sum = evaluation.criteria.reduce((total, result) => total + result.points, 0);
    expect(Math.abs(sum - evaluation.score)).toBeLessThan(0.1);
    // Stored with a match: must survive JSON.
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation);

    const line = explainPair(evaluation.criteria, 'EN');
    const parts = line.split(' · ');
    expect(parts).toEqual(
      expect.arrayContaining(['3 shared interests: cooking, football and walking and hiking', 'both speak French', '2.4 km apart', 'both free on Tuesday evening']),
    );
    expect(parts).toHaveLength(4);
    // Best points first: the common language (weight 5) leads.
    expect(parts[0]).toBe('both speak French');
  });

  it('keeps every criterion when its weight is 0, with 0 points', () => {
    const preset = applyPresetChange(defaultPreset, { weights: [{ criterion: 'INTERESTS', weight: 0 }] });
    const evaluation = createPairScorer(preset, context()).evaluate(exampleNewcomer(), exampleBuddy());
    const interests = evaluation.criteria.find((result) => result.criterion === 'INTERESTS')!;
    expect(evaluation.criteria).toHaveLength(8);
    expect(interests).toMatchObject({ value: 1, weight: 0, points: 0 });
    expect(explainPair(evaluation.criteria, 'EN')).not.toContain('shared interests');
  });

  it('counts the newcomer’s needs the buddy offers help with', () => {
    const n = newcomer({ answers: { needs: JSON.stringify(['housing-search', 'paperwork', 'work']) } });
    const b = buddy({ answers: { offers: JSON.stringify(['paperwork', 'housing-search', 'leisure']) } });
    const needs = createPairScorer(defaultPreset, context()).evaluate(n, b).criteria.find((result) => result.criterion === 'NEEDS')!;
    expect(needs.facts).toEqual({ criterion: 'NEEDS', met: ['housing-search', 'paperwork'], unmet: ['work'] });
    expect(needs.value).toBeCloseTo(2 / 3, 3);
    // Unreadable answers are ignored, not fatal.
    const broken = createPairScorer(defaultPreset, context()).evaluate(newcomer({ answers: { needs: '[not json' } }), b);
    expect(broken.criteria.find((result) => result.criterion === 'NEEDS')!.value).toBeNull();
  });

  it('prefers a family-minded buddy for a family with children', () => {
    const family = newcomer({ answers: { familySituation: JSON.stringify('single-parent') } });
    const scorer = createPairScorer(defaultPreset, context());
    const familyValue = (b: Person) => scorer.evaluate(family, b).criteria.find((result) => result.criterion === 'FAMILY')!.value;
    expect(familyValue(buddy({ interests: ['family-activities'] }))).toBe(1);
    expect(familyValue(buddy({ interests: ['chess'] }))).toBe(0.3);
    const single = newcomer({ answers: { familySituation: JSON.stringify('single') } });
    expect(scorer.evaluate(single, buddy({ interests: ['chess'] })).criteria.find((result) => result.criterion === 'FAMILY')!.value).toBe(0.7);
  });

  it('gives a language buddy fluent in the practised language the full language value', () => {
    const ctx = context({ programmeKind: 'LANGUAGE_BUDDY', practisedLanguage: 'nl' });
    const n = newcomer({ languages: [{ code: 'ar', level: 'NATIVE' }, { code: 'nl', level: 'A2' }] });
    const fluent = createPairScorer(defaultPreset, ctx).evaluate(n, buddy({ languages: [{ code: 'nl', level: 'NATIVE' }] }));
    expect(fluent.criteria[1]).toMatchObject({ value: 1, facts: { criterion: 'LANGUAGE', common: ['nl'], practised: 'nl' } });
    // Speaks Dutch with the newcomer, but not well enough to be their language buddy: half.
    const notFluent = createPairScorer(defaultPreset, ctx).evaluate(n, buddy({ languages: [{ code: 'nl', level: 'B1' }] }));
    expect(notFluent.criteria[1]).toMatchObject({ value: 0.5, facts: { criterion: 'LANGUAGE', common: ['nl'], practised: null } });
    expect(notFluent.allowed).toBe(true);
  });
});

describe('hard constraints', () => {
  /** A pair no constraint rules out, under a preset with every constraint switched on. */
  const strict: MatchingPreset = { ...defaultPreset, requireTraining: true };
  const baseNewcomer = (overrides: Partial<Person> = {}) =>
    newcomer({ postcode: '9000', languages: [{ code: 'fr', level: 'B1' }], answers: { buddyGenderPreference: JSON.stringify('FEMALE') }, ...overrides });
  const baseBuddy = (overrides: Partial<Person> = {}) =>
    buddy({ postcode: '9070', gender: 'FEMALE', languages: [{ code: 'fr', level: 'C2' }], trainings: [{ name: 'Intro', completedAt: daysAgo(20), validUntil: null }], ...overrides });

  it('allows the base pair', () => {
    const scorer = createPairScorer(strict, context());
    expect(scorer.evaluate(baseNewcomer(), baseBuddy())).toMatchObject({ allowed: true, blockedBy: [] });
    expect(scorer.score(baseNewcomer(), baseBuddy())).not.toBeNull();
  });

  const cases: { constraint: MatchConstraint; pair: () => [Person, Person]; ctx?: Partial<MatchContext>; off: Partial<MatchingPreset> | null }[] = [
    { constraint: 'NOT_AVAILABLE', pair: () => [baseNewcomer({ status: 'MATCHED' }), baseBuddy()], off: null },
    { constraint: 'NOT_AVAILABLE', pair: () => [baseNewcomer(), baseBuddy({ status: 'PAUSED' })], off: null },
    { constraint: 'NOT_AVAILABLE', pair: () => [baseNewcomer(), baseBuddy({ erasedAt: daysAgo(1) })], off: null },
    { constraint: 'CAPACITY', pair: () => [baseNewcomer(), baseBuddy({ capacity: 0 })], off: null },
    { constraint: 'CAPACITY', pair: () => [baseNewcomer(), baseBuddy({ capacity: null })], off: null },
    { constraint: 'VETTING', pair: () => [baseNewcomer(), baseBuddy({ vetting: { interviewedAt: daysAgo(5), goodConductCheckedAt: null, goodConductValidUntil: null } })], off: { requireVetting: false } },
    { constraint: 'VETTING', pair: () => [baseNewcomer(), baseBuddy({ vetting: { interviewedAt: daysAgo(5), goodConductCheckedAt: daysAgo(400), goodConductValidUntil: '2025-06-09' } })], off: { requireVetting: false } },
    { constraint: 'VETTING', pair: () => [baseNewcomer(), baseBuddy({ vetting: null })], off: { requireVetting: false } },
    { constraint: 'TRAINING', pair: () => [baseNewcomer(), baseBuddy({ trainings: [{ name: 'Intro', completedAt: daysAgo(800), validUntil: daysAgo(10) }] })], off: { requireTraining: false } },
    { constraint: 'GENDER_PREFERENCE', pair: () => [baseNewcomer(), baseBuddy({ gender: 'MALE' })], off: { respectGenderPreference: false } },
    { constraint: 'GENDER_PREFERENCE', pair: () => [baseNewcomer(), baseBuddy({ gender: null })], off: { respectGenderPreference: false } },
    { constraint: 'MAX_DISTANCE', pair: () => [baseNewcomer(), baseBuddy({ postcode: '8000' })], off: { maxDistanceKm: null } },
    { constraint: 'LANGUAGE', pair: () => [baseNewcomer(), baseBuddy({ languages: [{ code: 'nl', level: 'NATIVE' }] })], off: { requireCommonLanguage: false } },
    // French at A1 is below the minimum level (A2).
    { constraint: 'LANGUAGE', pair: () => [baseNewcomer({ languages: [{ code: 'fr', level: 'A1' }] }), baseBuddy()], off: { requireCommonLanguage: false } },
    { constraint: 'EXCLUDED_PAIR', pair: () => [baseNewcomer({ id: 'n-x' }), baseBuddy({ id: 'b-x' })], ctx: { excludedPairs: new Set(['n-x|b-x']) }, off: null },
  ];

  it.each(cases.map((testCase, i) => [`${testCase.constraint} #${i}`, testCase] as const))('%s blocks the pair, and only that constraint', (_, testCase) => {
    const [n, b] = testCase.pair();
    const scorer = createPairScorer(strict, context(testCase.ctx));
    const evaluation = scorer.evaluate(n, b);
    expect(evaluation.allowed).toBe(false);
    expect(evaluation.blockedBy).toEqual([testCase.constraint]);
    expect(scorer.score(n, b)).toBeNull();
    if (testCase.off) {
      const relaxed = createPairScorer({ ...strict, ...testCase.off }, context(testCase.ctx));
      expect(relaxed.evaluate(n, b)).toMatchObject({ allowed: true, blockedBy: [] });
      expect(relaxed.score(n, b)).toBe(relaxed.evaluate(n, b).score);
    }
  });

  it('lets a certificate run through its last day, and unknown distances and "no preference" pass', () => {
    const scorer = createPairScorer(strict, context());
    const lastDay = baseBuddy({ vetting: { interviewedAt: daysAgo(5), goodConductCheckedAt: daysAgo(300), goodConductValidUntil: '2025-06-10' }, postcode: null });
    expect(scorer.evaluate(baseNewcomer({ answers: { buddyGenderPreference: JSON.stringify('none') } }), lastDay)).toMatchObject({ allowed: true });
    expect(scorer.evaluate(baseNewcomer(), baseBuddy({ gender: 'FEMALE', postcode: null })).criteria[4].facts).toEqual({ criterion: 'DISTANCE', km: null });
  });

  it('lets a language buddy fluent in the practised language through without another common language', () => {
    const ctx = context({ programmeKind: 'LANGUAGE_BUDDY', practisedLanguage: 'nl' });
    const n = baseNewcomer({ languages: [{ code: 'uk', level: 'NATIVE' }] });
    expect(createPairScorer(strict, ctx).evaluate(n, baseBuddy({ languages: [{ code: 'nl', level: 'C1' }] })).blockedBy).toEqual([]);
    expect(createPairScorer(strict, ctx).evaluate(n, baseBuddy({ languages: [{ code: 'nl', level: 'B2' }] })).blockedBy).toEqual(['LANGUAGE']);
  });

  it('lists several constraints in the contract’s order', () => {
    const scorer = createPairScorer(strict, context());
    expect(scorer.evaluate(baseNewcomer(), baseBuddy({ capacity: 0, gender: 'MALE', status: 'STOPPED' })).blockedBy).toEqual(['CAPACITY', 'GENDER_PREFERENCE', 'NOT_AVAILABLE']);
  });
});

describe('ranking', () => {
  const n = newcomer({ postcode: '9000', interests: ['cooking', 'chess', 'music'], languages: [{ code: 'fr', level: 'B2' }] });
  // Near but nothing in common, versus far with every interest shared.
  const near = buddy({ postcode: '9050', interests: ['running'], languages: [{ code: 'fr', level: 'C1' }] });
  const far = buddy({ postcode: '9800', interests: ['cooking', 'chess', 'music'], languages: [{ code: 'fr', level: 'C1' }] });

  it('follows the weights: DISTANCE 10 versus 0 flips which buddy scores higher', () => {
    const distanceFirst = createPairScorer(applyPresetChange(defaultPreset, { weights: [{ criterion: 'DISTANCE', weight: 10 }] }), context());
    const distanceIgnored = createPairScorer(applyPresetChange(defaultPreset, { weights: [{ criterion: 'DISTANCE', weight: 0 }] }), context());
    expect(distanceFirst.score(n, near)!).toBeGreaterThan(distanceFirst.score(n, far)!);
    expect(distanceIgnored.score(n, far)!).toBeGreaterThan(distanceIgnored.score(n, near)!);
  });

  it('scores a newcomer waiting 200 days above one waiting 1 day with the same buddy', () => {
    const scorer = createPairScorer(defaultPreset, context());
    const longWait = newcomer({ postcode: '9000', languages: [{ code: 'fr', level: 'B2' }], waitingSince: daysAgo(200) });
    const shortWait = newcomer({ postcode: '9000', languages: [{ code: 'fr', level: 'B2' }], waitingSince: daysAgo(1) });
    expect(scorer.score(longWait, near)!).toBeGreaterThan(scorer.score(shortWait, near)!);
    expect(scorer.evaluate(longWait, near).criteria[7]).toMatchObject({ value: 1, facts: { criterion: 'WAITING_TIME', days: 200 } });
  });

  it('lowers the distance value linearly from 2 km to the preset maximum', () => {
    const scorer = createPairScorer(defaultPreset, context());
    const distanceValue = (b: Person) => scorer.evaluate(n, b).criteria[4].value;
    expect(distanceValue(buddy({ postcode: '9000' }))).toBe(1);
    expect(distanceValue(buddy({ postcode: '9070' }))).toBeCloseTo(1 - 6 / 23, 3);
    expect(distanceValue(buddy({ postcode: '9800' }))).toBeCloseTo(1 - 22 / 23, 3);
  });
});

describe('score() and evaluate()', () => {
  /** A small seeded generator, so a failure can be replayed. */
  function seeded(seed: number) {
    return () => {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
      return ((seed >>> 0) % 1_000_000) / 1_000_000;
    };
  }

  it('agree exactly on 300 × 300 varied pairs', () => {
    const random = seeded(42);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(items)))];
    const postcodes = ['9000', '9050', '9070', '9800', '8000', null];
    const interests = ['cooking', 'football', 'hiking', 'chess', 'music', 'family-activities', 'my own tag'];
    const languages = ['fr', 'nl', 'ar', 'uk', 'en'] as const;
    const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'] as const;
    const days = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
    const parts = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
    const needs = ['housing-search', 'paperwork', 'work', 'leisure'];
    const varied = (role: Person['role']) =>
      person(role, {
        postcode: pick(postcodes),
        birthYear: random() < 0.2 ? null : 1950 + Math.floor(random() * 55),
        gender: pick(['FEMALE', 'MALE', null] as const),
        interests: some(interests, 4),
        languages: some(languages, 3).map((code) => ({ code, level: pick(levels) })),
        availability: some(days, 3).map((day) => ({ day, part: pick(parts) })),
        answers: {
          [role === 'NEWCOMER' ? 'needs' : 'offers']: JSON.stringify(some(needs, 3)),
          familySituation: JSON.stringify(pick(['single', 'partner-children', 'other'])),
          buddyGenderPreference: JSON.stringify(pick(['none', 'none', 'FEMALE'])),
        },
        waitingSince: role === 'NEWCOMER' ? daysAgo(Math.floor(random() * 400)) : null,
        capacity: role === 'BUDDY' ? pick([0, 1, 2]) : null,
      });
    const newcomers = Array.from({ length: 300 }, () => varied('NEWCOMER'));
    const buddies = Array.from({ length: 300 }, () => varied('BUDDY'));
    const excludedPairs = new Set(newcomers.slice(0, 50).map((n, i) => `${n.id}|${buddies[i].id}`));
    const scorer = createPairScorer({ ...defaultPreset, requireVetting: false }, context({ excludedPairs }));
    let allowed = 0;
    let mismatches = 0;
    for (const n of newcomers) {
      for (const b of buddies) {
        const fast = scorer.score(n, b);
        const full = scorer.evaluate(n, b);
        if (fast !== (full.allowed ? full.score : null)) mismatches++;
        if (fast !== null) allowed++;
      }
    }
    expect(mismatches).toBe(0);
    // The sample must exercise both outcomes to mean anything.
    expect(allowed).toBeGreaterThan(1000);
    expect(allowed).toBeLessThan(90_000);
  });
});
