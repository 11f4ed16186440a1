import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors';
import { applyPresetChange, criteria, defaultPreset } from './preset';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(({ field, code }) => ({ field, code }));
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('applyPresetChange', () => {
  it('changes the weights sent and keeps the others', () => {
    const preset = applyPresetChange(defaultPreset, { weights: [{ criterion: 'DISTANCE', weight: 10 }, { criterion: 'AGE', weight: 0 }] });
    expect(preset.weights).toEqual({ ...defaultPreset.weights, DISTANCE: 10, AGE: 0 });
    expect(defaultPreset.weights.DISTANCE).toBe(4);
  });

  it('removes the distance limit with null and keeps it when the field is left out', () => {
    expect(applyPresetChange(defaultPreset, { maxDistanceKm: null }).maxDistanceKm).toBeNull();
    expect(applyPresetChange(defaultPreset, { requireTraining: true })).toEqual({ ...defaultPreset, requireTraining: true, maxDistanceKm: 25 });
  });

  it('takes the mutation input as it is (programmeId and version are not part of the preset)', () => {
    const preset = applyPresetChange(defaultPreset, { programmeId: 'p1', version: 3, minimumLanguageLevel: 'B1' } as never);
    expect(preset).toEqual({ ...defaultPreset, minimumLanguageLevel: 'B1' });
  });

  it('rejects all weights 0', () => {
    const allZero = criteria.map((criterion) => ({ criterion, weight: 0 }));
    expect(issuesOf(() => applyPresetChange(defaultPreset, { weights: allZero }))).toEqual([{ field: ['input', 'weights'], code: 'INVALID' }]);
    // Also when the zero weights come partly from the preset.
    const onlyLanguage = applyPresetChange(defaultPreset, { weights: criteria.filter((c) => c !== 'LANGUAGE').map((criterion) => ({ criterion, weight: 0 })) });
    expect(issuesOf(() => applyPresetChange(onlyLanguage, { weights: [{ criterion: 'LANGUAGE', weight: 0 }] }))).toEqual([{ field: ['input', 'weights'], code: 'INVALID' }]);
  });

  it('rejects a maximum distance of 0 or above 500, and weights outside 0–10', () => {
    expect(issuesOf(() => applyPresetChange(defaultPreset, { maxDistanceKm: 0 }))).toEqual([{ field: ['input', 'maxDistanceKm'], code: 'INVALID' }]);
    expect(issuesOf(() => applyPresetChange(defaultPreset, { maxDistanceKm: 501 }))).toEqual([{ field: ['input', 'maxDistanceKm'], code: 'INVALID' }]);
    expect(issuesOf(() => applyPresetChange(defaultPreset, { weights: [{ criterion: 'AGE', weight: 11 }] }))).toEqual([{ field: ['input', 'weights', '0', 'weight'], code: 'INVALID' }]);
  });

  it('rejects a criterion listed twice', () => {
    const twice = [{ criterion: 'AGE' as const, weight: 1 }, { criterion: 'AGE' as const, weight: 2 }];
    expect(issuesOf(() => applyPresetChange(defaultPreset, { weights: twice }))).toEqual([{ field: ['input', 'weights'], code: 'INVALID' }]);
  });
});
