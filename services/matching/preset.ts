// Matching presets: how a programme weighs the criteria of a pair's score and which hard constraints
// rule pairs out. A preset is plain data (no functions, no tenant or programme ids), so a later issue
// can share presets between tenants as templates by copying the object.
import * as z from 'zod/mini';
import type { CefrLevel } from '../people/person.repository';
import { ValidationError } from '../shared/errors';
import { parseInput } from '../shared/validation';

/** The criteria of a score, in the order results and explanations list them (GraphQL MatchCriterion). */
export const criteria = ['INTERESTS', 'LANGUAGE', 'NEEDS', 'AVAILABILITY', 'DISTANCE', 'AGE', 'FAMILY', 'WAITING_TIME'] as const;
export type Criterion = (typeof criteria)[number];

/** CEFR levels from lowest to highest; NATIVE above C2. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'] as const satisfies readonly CefrLevel[];

export interface MatchingPreset {
  /** 0 (ignored) to 10 per criterion; at least one above 0. */
  weights: Record<Criterion, number>;
  /** Buddies need a screening interview and a valid certificate of good conduct. */
  requireVetting: boolean;
  /** Buddies need at least one completed, unexpired training. */
  requireTraining: boolean;
  /** Honour the newcomer's preference for a buddy's gender. */
  respectGenderPreference: boolean;
  /** Pairs farther apart are ruled out; null for no limit. */
  maxDistanceKm: number | null;
  /** Pairs without a common language at minimumLanguageLevel are ruled out. */
  requireCommonLanguage: boolean;
  /** The level from which a language counts as usable for both. */
  minimumLanguageLevel: CefrLevel;
}

/** Tandem's preset for a programme that never changed it. Frozen: changes make a copy. */
export const defaultPreset: MatchingPreset = Object.freeze({
  weights: Object.freeze({ INTERESTS: 3, LANGUAGE: 5, NEEDS: 4, AVAILABILITY: 4, DISTANCE: 4, AGE: 1, FAMILY: 1, WAITING_TIME: 3 }),
  requireVetting: true,
  requireTraining: false,
  respectGenderPreference: true,
  maxDistanceKm: 25,
  requireCommonLanguage: true,
  minimumLanguageLevel: 'A2',
});

const weightSchema = z.object({
  criterion: z.enum(criteria),
  weight: z.int().check(z.minimum(0, { error: 'A weight is 0 to 10.' }), z.maximum(10, { error: 'A weight is 0 to 10.' })),
});

/**
 * The changeable part of UpdateMatchingPresetInput (other keys, such as programmeId and version, are
 * dropped). A field left out — or null, as GraphQL clients may send — keeps its value, except
 * maxDistanceKm, where null removes the limit.
 */
export const presetChangeSchema = z.object({
  weights: z.nullish(
    z.array(weightSchema).check(
      z.maxLength(criteria.length),
      z.refine((list) => new Set(list.map((item) => item.criterion)).size === list.length, { message: 'A criterion is listed twice.' }),
    ),
  ),
  requireVetting: z.nullish(z.boolean()),
  requireTraining: z.nullish(z.boolean()),
  respectGenderPreference: z.nullish(z.boolean()),
  maxDistanceKm: z.nullish(z.int().check(z.minimum(1, { error: 'Use 1 to 500 km, or null for no limit.' }), z.maximum(500, { error: 'Use 1 to 500 km, or null for no limit.' }))),
  requireCommonLanguage: z.nullish(z.boolean()),
  minimumLanguageLevel: z.nullish(z.enum(cefrLevels)),
});
export type PresetChange = z.infer<typeof presetChangeSchema>;

/**
 * The preset after a coordinator's change. Validates the change itself (the resolver may pass the
 * mutation's input as it is) and throws a ValidationError with paths under ['input', ...]: bad fields,
 * or every weight 0 afterwards (a score would then be meaningless).
 */
export function applyPresetChange(preset: MatchingPreset, change: z.input<typeof presetChangeSchema>): MatchingPreset {
  const parsed = parseInput(presetChangeSchema, change);
  const weights = { ...preset.weights };
  for (const { criterion, weight } of parsed.weights ?? []) weights[criterion] = weight;
  if (criteria.every((criterion) => weights[criterion] === 0)) {
    throw ValidationError.of(['input', 'weights'], 'INVALID', 'Give at least one criterion a weight above 0.');
  }
  return {
    weights,
    requireVetting: parsed.requireVetting ?? preset.requireVetting,
    requireTraining: parsed.requireTraining ?? preset.requireTraining,
    respectGenderPreference: parsed.respectGenderPreference ?? preset.respectGenderPreference,
    // undefined: not sent (keep); null: no limit.
    maxDistanceKm: parsed.maxDistanceKm === undefined ? preset.maxDistanceKm : parsed.maxDistanceKm,
    requireCommonLanguage: parsed.requireCommonLanguage ?? preset.requireCommonLanguage,
    minimumLanguageLevel: parsed.minimumLanguageLevel ?? preset.minimumLanguageLevel,
  };
}

