import * as z from 'zod/mini';
import { CEFR_LEVELS, type CefrLevel } from '../../../lib/programme-domain';
import { FORM_LEVEL, type FieldProblems } from '../../../lib/user-errors';
import type { MatchingPreset, UpdateMatchingPresetInput } from '../api/matching-board';
import { MATCH_CRITERIA, type MatchCriterion } from '../api/matching-domain';
import { formProblems, type ProblemSource } from './form-problems';

export const MAX_WEIGHT = 10;
export const MAX_DISTANCE_KM = 500;

export interface PresetFormValues {
  weights: Record<MatchCriterion, number>;
  requireVetting: boolean;
  requireTraining: boolean;
  respectGenderPreference: boolean;
  requireCommonLanguage: boolean;
  /** Whole kilometres as typed; empty for no limit. */
  maxDistanceKm: string;
  minimumLanguageLevel: CefrLevel;
}

// The form's own checks; the API checks again and has the last word.
export const presetSchema = z.object({
  weights: z.record(z.enum(MATCH_CRITERIA), z.number().check(z.int('INVALID'), z.minimum(0, 'INVALID'), z.maximum(MAX_WEIGHT, 'INVALID'))),
  requireVetting: z.boolean(),
  requireTraining: z.boolean(),
  respectGenderPreference: z.boolean(),
  requireCommonLanguage: z.boolean(),
  maxDistanceKm: z
    .string()
    .check(
      z.trim(),
      z.regex(/^\d*$/, 'INVALID'),
      z.refine((value) => value === '' || (Number(value) >= 1 && Number(value) <= MAX_DISTANCE_KM), 'INVALID'),
    ),
  minimumLanguageLevel: z.enum(CEFR_LEVELS),
});

/** The stored preset as the form shows it (a criterion the API left out weighs 0). */
export function presetToValues(preset: MatchingPreset): PresetFormValues {
  const weights = Object.fromEntries(MATCH_CRITERIA.map((criterion) => [criterion, 0])) as Record<MatchCriterion, number>;
  for (const { criterion, weight } of preset.weights) weights[criterion] = weight;
  return {
    weights,
    requireVetting: preset.requireVetting,
    requireTraining: preset.requireTraining,
    respectGenderPreference: preset.respectGenderPreference,
    requireCommonLanguage: preset.requireCommonLanguage,
    maxDistanceKm: preset.maxDistanceKm === null ? '' : String(preset.maxDistanceKm),
    minimumLanguageLevel: preset.minimumLanguageLevel,
  };
}

/** The checked values as updateMatchingPreset's input: every criterion, in MATCH_CRITERIA order. */
export function presetInput(programmeId: string, version: number, values: z.infer<typeof presetSchema>): UpdateMatchingPresetInput {
  const distance = values.maxDistanceKm.trim();
  return {
    programmeId,
    version,
    weights: MATCH_CRITERIA.map((criterion) => ({ criterion, weight: values.weights[criterion] ?? 0 })),
    requireVetting: values.requireVetting,
    requireTraining: values.requireTraining,
    respectGenderPreference: values.respectGenderPreference,
    // null removes the limit.
    maxDistanceKm: distance === '' ? null : Number(distance),
    requireCommonLanguage: values.requireCommonLanguage,
    minimumLanguageLevel: values.minimumLanguageLevel,
  };
}

/** The form's field key of a criterion's weight. */
export const weightField = (criterion: MatchCriterion) => `weights.${criterion}`;

/** Problems by form field: a weight's problem (["input", "weights", 2, ...], the index into the weights sent, or the criterion's name) belongs to that criterion's slider. */
export function presetProblems(errors: readonly ProblemSource[]): FieldProblems {
  const fields = ['weights', ...MATCH_CRITERIA.map(weightField), ...Object.keys(presetSchema.shape)];
  return formProblems(errors, fields, (path) => {
    const [key = FORM_LEVEL, at = ''] = path;
    if (key !== 'weights') return key;
    const criterion = /^\d+$/.test(at) ? MATCH_CRITERIA[Number(at)] : MATCH_CRITERIA.find((c) => c === at);
    return criterion ? weightField(criterion) : key;
  });
}
