import { describe, expect, test } from 'vitest';
import type { MatchingPreset } from '../api/matching-board';
import { presetInput, presetProblems, presetSchema, presetToValues } from './preset-form';

const preset: MatchingPreset = {
  weights: [
    { criterion: 'INTERESTS', weight: 8 },
    { criterion: 'DISTANCE', weight: 5 },
  ],
  requireVetting: true,
  requireTraining: false,
  respectGenderPreference: true,
  maxDistanceKm: null,
  requireCommonLanguage: true,
  minimumLanguageLevel: 'A2',
  isDefault: true,
  updatedAt: null,
  version: 0,
};

describe('matching preset form', () => {
  test('an empty maximum distance is no limit, and every criterion is sent', () => {
    const values = presetToValues(preset);
    expect(values.weights.AGE).toBe(0);
    const parsed = presetSchema.parse(values);
    const input = presetInput('prog', 0, parsed);
    expect(input.maxDistanceKm).toBeNull();
    expect(input.weights).toHaveLength(8);
    expect(input.weights.find((w) => w.criterion === 'INTERESTS')?.weight).toBe(8);
  });

  test.each(['0', '501', '12.5', 'ten'])('a maximum distance of %s km is refused', (maxDistanceKm) => {
    expect(presetSchema.safeParse({ ...presetToValues(preset), maxDistanceKm }).success).toBe(false);
  });

  test("a weight's userError lands on that criterion's slider", () => {
    const problems = presetProblems([
      { field: ['input', 'weights', '4', 'weight'], code: 'INVALID', message: 'Weight is 0 to 10' },
      { field: ['input', 'maxDistanceKm'], code: 'INVALID', message: 'Too far' },
    ]);
    expect(Object.keys(problems).sort()).toEqual(['maxDistanceKm', 'weights.DISTANCE']);
  });
});
