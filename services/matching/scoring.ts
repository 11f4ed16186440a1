// Scores a newcomer–buddy pair under a matching preset and tells which hard constraints rule it out.
//
// Score. Each criterion gives the pair a value from 0 to 1, or null when it cannot be told (missing
// data), which counts as 0.5. A criterion's points are 100 × weight × value / Σ weights, and the score
// (0–100) is the sum of the points rounded to 0.1. All eight criteria are always reported, in the
// order of `criteria`; a weight of 0 gives 0 points.
//
// Hard constraints rule a pair out whatever its score (MatchConstraint in matching.graphql). The
// buddy's remaining capacity (open matches) is the caller's check: here only "has any capacity".
//
// score() runs for every pair of a whole pool (up to millions), so per-person work — parsed answers,
// interest sets, language levels, the week-slot bitmask, the person-only constraints — is done once
// per person and scorer, kept in a WeakMap, and the pair itself costs a few set lookups and one call
// of ctx.distanceKm. evaluate() runs the same code (assess) and then builds the facts, so both give
// exactly the same score.
import type { DayPart, Person, Weekday } from '../people/person.repository';
import type { ProgrammeKind } from '../programmes/programme.repository';
import { cefrLevels, criteria, type Criterion, type MatchingPreset } from './preset';

export interface MatchContext {
  programmeKind: ProgrammeKind;
  /** ISO 639 lower-case code of the language newcomers practise in this programme (e.g. 'nl'), or null. */
  practisedLanguage: string | null;
  now: Date;
  /** `${newcomerId}|${buddyId}` of excluded pairs. */
  excludedPairs: ReadonlySet<string>;
  /** km between two postcodes, null when unknown (injected; another module provides it). */
  distanceKm: (a: string | null, b: string | null) => number | null;
}

/** In the order of the GraphQL enum; blockedBy lists them in this order. */
export const matchConstraints = ['CAPACITY', 'VETTING', 'TRAINING', 'GENDER_PREFERENCE', 'MAX_DISTANCE', 'LANGUAGE', 'EXCLUDED_PAIR', 'NOT_AVAILABLE'] as const;
export type MatchConstraint = (typeof matchConstraints)[number];

/**
 * What a criterion's value rests on: plain JSON (keys, codes and numbers, no texts), stored with a
 * match and rendered later in the reader's language (explain.ts).
 */
export type CriterionFacts =
  | { criterion: 'INTERESTS'; shared: string[] }
  /** practised: the programme's practised language when the buddy speaks it fluently (language buddies). */
  | { criterion: 'LANGUAGE'; common: string[]; practised: string | null }
  | { criterion: 'NEEDS'; met: string[]; unmet: string[] }
  | { criterion: 'AVAILABILITY'; shared: { day: Weekday; part: DayPart }[] }
  | { criterion: 'DISTANCE'; km: number | null }
  | { criterion: 'AGE'; difference: number | null }
  | { criterion: 'FAMILY'; newcomerHasChildren: boolean | null; buddyFamilyMinded: boolean | null }
  | { criterion: 'WAITING_TIME'; days: number };

export interface CriterionResult {
  criterion: Criterion;
  /** 0–1 (rounded to 0.001), null when it cannot be told. */
  value: number | null;
  weight: number;
  /** Rounded to 0.01 for display; the score sums the unrounded points. */
  points: number;
  facts: CriterionFacts;
}

export interface PairEvaluation {
  /** No hard constraint rules the pair out. */
  allowed: boolean;
  blockedBy: MatchConstraint[];
  /** 0–100, also for a blocked pair (what it would score). */
  score: number;
  /** All criteria, in the order of `criteria`. */
  criteria: CriterionResult[];
}

const weekdays: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const dayParts: readonly DayPart[] = ['MORNING', 'AFTERNOON', 'EVENING'];
const DAY_MS = 86_400_000;
const FLUENT = cefrLevels.indexOf('C1');
/** Distance (km) up to which the DISTANCE value is 1, and the end of the slope without a preset maximum. */
const NEAR_KM = 2;
const FAR_KM_WITHOUT_LIMIT = 30;
/** Age difference (years) up to which AGE is 1, and from which it is 0. */
const CLOSE_IN_AGE = 5;
const FAR_IN_AGE = 40;
/** Waiting this long or longer gives the full WAITING_TIME value. */
const FULL_WAIT_DAYS = 180;
/** familySituation answers (default intake form) that mean children at home. */
const withChildren = new Set(['partner-children', 'single-parent']);
const withoutChildren = new Set(['single', 'partner']);
const preferableGenders = new Set<string>(['FEMALE', 'MALE', 'NON_BINARY']);

const bit = {
  CAPACITY: 1 << 0,
  VETTING: 1 << 1,
  TRAINING: 1 << 2,
  GENDER_PREFERENCE: 1 << 3,
  MAX_DISTANCE: 1 << 4,
  LANGUAGE: 1 << 5,
  EXCLUDED_PAIR: 1 << 6,
  NOT_AVAILABLE: 1 << 7,
} satisfies Record<MatchConstraint, number>;

const [INTERESTS, LANGUAGE, NEEDS, AVAILABILITY, DISTANCE, AGE, FAMILY, WAITING_TIME] = criteria.map((_, index) => index);

/** What the scorer needs of one person, worked out once (per scorer: it depends on the preset and now). */
interface Features {
  /** Distinct, lower-case. */
  interests: string[];
  interestSet: Set<string>;
  /** Distinct codes spoken at the preset's minimum level or above. */
  usable: string[];
  usableSet: Set<string>;
  languageCount: number;
  /** Speaks the programme's practised language at C1 or above (language buddies). */
  fluentInPractised: boolean;
  /** Bit day × 3 + part per free week slot. */
  slots: number;
  /** Newcomer's needs (distinct); null when not given or unreadable. */
  needs: string[] | null;
  /** Buddy's offers; null when not given or unreadable. */
  offers: Set<string> | null;
  hasChildren: boolean | null;
  familyMinded: boolean | null;
  genderPreference: string | null;
  waitingDays: number;
  /** Constraints that depend on the person alone, as a newcomer and as a buddy. */
  newcomerBlocks: number;
  buddyBlocks: number;
}

/** A JSON answer, or undefined when missing or not JSON (answers are validated on input, but be safe). */
function answer(person: Person, key: string): unknown {
  const raw = person.answers?.[key];
  if (typeof raw !== 'string') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function distinctStrings(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return [...new Set(value.filter((item): item is string => typeof item === 'string'))];
}

/** Valid at `now`: a date-only value (YYYY-MM-DD) is valid through that whole day; unreadable is not valid. */
function validAt(validUntil: string, now: number): boolean {
  const end = Date.parse(validUntil) + (/^\d{4}-\d{2}-\d{2}$/.test(validUntil) ? DAY_MS : 0);
  return end >= now;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function countShared(list: string[], set: Set<string>): number {
  let count = 0;
  for (let i = 0; i < list.length; i++) if (set.has(list[i])) count++;
  return count;
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

export function createPairScorer(preset: MatchingPreset, ctx: MatchContext) {
  const now = ctx.now.getTime();
  const minimumLevel = cefrLevels.indexOf(preset.minimumLanguageLevel);
  const practised = ctx.practisedLanguage?.toLowerCase() ?? null;
  const languageBuddy = ctx.programmeKind === 'LANGUAGE_BUDDY' && practised !== null;
  const weights = criteria.map((criterion) => preset.weights[criterion] ?? 0);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const farKm = preset.maxDistanceKm ?? FAR_KM_WITHOUT_LIMIT;

  // newcomerId → excluded buddy ids, so a pair is checked without building its key string.
  const excluded = new Map<string, Set<string>>();
  for (const key of ctx.excludedPairs) {
    const cut = key.indexOf('|');
    if (cut < 0) continue;
    const newcomerId = key.slice(0, cut);
    let buddies = excluded.get(newcomerId);
    if (!buddies) excluded.set(newcomerId, (buddies = new Set()));
    buddies.add(key.slice(cut + 1));
  }

  const cache = new WeakMap<Person, Features>();
  function features(person: Person): Features {
    let found = cache.get(person);
    if (!found) cache.set(person, (found = featuresOf(person)));
    return found;
  }

  function featuresOf(person: Person): Features {
    const interests = [...new Set((person.interests ?? []).map((interest) => interest.trim().toLowerCase()))];
    const interestSet = new Set(interests);

    const levels = new Map<string, number>();
    for (const { code, level } of person.languages ?? []) {
      const key = code.toLowerCase();
      levels.set(key, Math.max(levels.get(key) ?? -1, cefrLevels.indexOf(level)));
    }
    const usable = [...levels].filter(([, level]) => level >= minimumLevel).map(([code]) => code);

    let slots = 0;
    for (const { day, part } of person.availability ?? []) {
      const d = weekdays.indexOf(day);
      const p = dayParts.indexOf(part);
      if (d >= 0 && p >= 0) slots |= 1 << (d * 3 + p);
    }

    const needs = distinctStrings(answer(person, 'needs'));
    const offers = distinctStrings(answer(person, 'offers'));
    const family = answer(person, 'familySituation');
    const hasChildren = typeof family !== 'string' ? null : withChildren.has(family) ? true : withoutChildren.has(family) ? false : null;
    // Unknown when the buddy said nothing that would tell (no interests, no family situation).
    const familyMinded = interestSet.has('family-activities') || hasChildren === true ? true : interests.length > 0 || hasChildren === false ? false : null;
    const preference = answer(person, 'buddyGenderPreference');

    const waitingSince = person.waitingSince ? Date.parse(person.waitingSince) : NaN;
    const waitingDays = Number.isNaN(waitingSince) ? 0 : Math.max(0, Math.floor((now - waitingSince) / DAY_MS));

    let newcomerBlocks = 0;
    if (person.role !== 'NEWCOMER' || person.status !== 'WAITING' || person.erasedAt) newcomerBlocks |= bit.NOT_AVAILABLE;
    let buddyBlocks = 0;
    if (person.role !== 'BUDDY' || (person.status !== 'AVAILABLE' && person.status !== 'MATCHED') || person.erasedAt) buddyBlocks |= bit.NOT_AVAILABLE;
    if (person.capacity === null || person.capacity === undefined || person.capacity <= 0) buddyBlocks |= bit.CAPACITY;
    const vetting = person.vetting;
    if (
      preset.requireVetting &&
      (!vetting?.interviewedAt || !vetting.goodConductCheckedAt || (vetting.goodConductValidUntil !== null && !validAt(vetting.goodConductValidUntil, now)))
    ) {
      buddyBlocks |= bit.VETTING;
    }
    if (preset.requireTraining && !(person.trainings ?? []).some((training) => training.validUntil === null || validAt(training.validUntil, now))) {
      buddyBlocks |= bit.TRAINING;
    }

    return {
      interests,
      interestSet,
      usable,
      usableSet: new Set(usable),
      languageCount: levels.size,
      fluentInPractised: practised !== null && (levels.get(practised) ?? -1) >= FLUENT,
      slots,
      needs,
      offers: offers && new Set(offers),
      hasChildren,
      familyMinded,
      genderPreference: typeof preference === 'string' && preferableGenders.has(preference) ? preference : null,
      waitingDays,
      newcomerBlocks,
      buddyBlocks,
    };
  }

  /** The distance of the pair assess() saw last (a variable rather than a returned object: no allocation). */
  let assessedKm: number | null = null;

  /**
   * The pair's constraint bitmask; fills `values` (NaN = null) unless `stopEarly` and the pair is
   * blocked. The one place both score() and evaluate() decide, so they cannot disagree.
   */
  function assess(newcomer: Person, buddy: Person, n: Features, b: Features, values: Float64Array, stopEarly: boolean): number {
    assessedKm = null;
    let blocks = n.newcomerBlocks | b.buddyBlocks;
    if (preset.respectGenderPreference && n.genderPreference !== null && buddy.gender !== n.genderPreference) blocks |= bit.GENDER_PREFERENCE;
    if (excluded.get(newcomer.id)?.has(buddy.id)) blocks |= bit.EXCLUDED_PAIR;
    const common = countShared(n.usable, b.usableSet);
    // Language buddies: a buddy fluent in the practised language is enough.
    if (preset.requireCommonLanguage && common === 0 && !(languageBuddy && b.fluentInPractised)) blocks |= bit.LANGUAGE;
    if (blocks !== 0 && stopEarly) return blocks;
    const km = (assessedKm = ctx.distanceKm(newcomer.postcode, buddy.postcode));
    if (preset.maxDistanceKm !== null && km !== null && km > preset.maxDistanceKm) blocks |= bit.MAX_DISTANCE;
    if (blocks !== 0 && stopEarly) return blocks;

    values[INTERESTS] = n.interests.length === 0 || b.interests.length === 0 ? NaN : Math.min(1, countShared(n.interests, b.interestSet) / 3);

    // Any common language at the minimum level; language buddies need the buddy fluent in the
    // practised language for the full value (else half the common-language value).
    const commonValue = n.languageCount === 0 || b.languageCount === 0 ? NaN : common > 0 ? 1 : 0;
    values[LANGUAGE] = !languageBuddy ? commonValue : b.fluentInPractised ? 1 : commonValue * 0.5;

    // The share of the newcomer's needs the buddy offers help with.
    values[NEEDS] = n.needs === null || n.needs.length === 0 || b.offers === null ? NaN : countShared(n.needs, b.offers) / n.needs.length;

    // Two shared week slots are plenty.
    values[AVAILABILITY] = n.slots === 0 || b.slots === 0 ? NaN : Math.min(1, popcount(n.slots & b.slots) / 2);

    // 1 up to NEAR_KM, then linearly down to 0 at the preset's maximum (or 30 km without one).
    values[DISTANCE] = km === null ? NaN : km <= NEAR_KM ? 1 : km >= farKm ? 0 : 1 - (km - NEAR_KM) / (farKm - NEAR_KM);

    // 1 up to 5 years apart, linearly down to 0 at 40.
    const ageDifference = newcomer.birthYear == null || buddy.birthYear == null ? null : Math.abs(newcomer.birthYear - buddy.birthYear);
    values[AGE] = ageDifference === null ? NaN : ageDifference <= CLOSE_IN_AGE ? 1 : ageDifference >= FAR_IN_AGE ? 0 : (FAR_IN_AGE - ageDifference) / (FAR_IN_AGE - CLOSE_IN_AGE);

    // A family with children does best with a family-minded buddy; without children it is neutral-good.
    values[FAMILY] = n.hasChildren === null ? NaN : !n.hasChildren ? 0.7 : b.familyMinded === null ? NaN : b.familyMinded ? 1 : 0.3;

    // Longer waits score higher on every pair, so the whole-pool optimum serves the longest waiting first.
    values[WAITING_TIME] = Math.min(1, n.waitingDays / FULL_WAIT_DAYS);
    return blocks;
  }

  function points(index: number, value: number): number {
    if (weightSum === 0) return 0;
    return (100 * weights[index] * (Number.isNaN(value) ? 0.5 : value)) / weightSum;
  }

  function total(values: Float64Array): number {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += points(i, values[i]);
    return round(sum, 1);
  }

  // Reused by score(): no allocation per pair.
  const scratch = new Float64Array(criteria.length);

  return {
    /** Fast path for whole-pool runs (called for up to millions of pairs): the score 0–100, or null when a hard constraint rules the pair out. No facts, minimal allocation. */
    score(newcomer: Person, buddy: Person): number | null {
      const blocks = assess(newcomer, buddy, features(newcomer), features(buddy), scratch, true);
      return blocks === 0 ? total(scratch) : null;
    },

    /** Full evaluation with facts, for suggestions and proposals. score() and evaluate().score agree exactly. */
    evaluate(newcomer: Person, buddy: Person): PairEvaluation {
      const n = features(newcomer);
      const b = features(buddy);
      const values = new Float64Array(criteria.length);
      const blocks = assess(newcomer, buddy, n, b, values, false);
      const km = assessedKm;
      const sharedSlots = n.slots & b.slots;
      const facts: CriterionFacts[] = [
        { criterion: 'INTERESTS', shared: n.interests.filter((interest) => b.interestSet.has(interest)) },
        { criterion: 'LANGUAGE', common: n.usable.filter((code) => b.usableSet.has(code)), practised: languageBuddy && b.fluentInPractised ? practised : null },
        { criterion: 'NEEDS', met: (n.needs ?? []).filter((need) => b.offers?.has(need)), unmet: (n.needs ?? []).filter((need) => !b.offers?.has(need)) },
        {
          criterion: 'AVAILABILITY',
          shared: weekdays.flatMap((day, d) => dayParts.filter((_, p) => sharedSlots & (1 << (d * 3 + p))).map((part) => ({ day, part }))),
        },
        { criterion: 'DISTANCE', km },
        { criterion: 'AGE', difference: newcomer.birthYear == null || buddy.birthYear == null ? null : Math.abs(newcomer.birthYear - buddy.birthYear) },
        { criterion: 'FAMILY', newcomerHasChildren: n.hasChildren, buddyFamilyMinded: b.familyMinded },
        { criterion: 'WAITING_TIME', days: n.waitingDays },
      ];
      return {
        allowed: blocks === 0,
        blockedBy: matchConstraints.filter((constraint) => blocks & bit[constraint]),
        score: total(values),
        criteria: criteria.map((criterion, i) => ({
          criterion,
          value: Number.isNaN(values[i]) ? null : round(values[i], 3),
          weight: weights[i],
          points: round(points(i, values[i]), 2),
          facts: facts[i],
        })),
      };
    },
  };
}

export type PairScorer = ReturnType<typeof createPairScorer>;
