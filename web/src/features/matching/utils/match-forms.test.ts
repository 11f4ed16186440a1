import { describe, expect, test } from 'vitest';
import { endReasonsFor, startSchema, todayInput } from './match-forms';

describe('match forms', () => {
  test('a first meeting cannot be in the future', () => {
    const tomorrow = todayInput(new Date(Date.now() + 86_400_000));
    expect(startSchema.safeParse({ firstMeetingAt: todayInput() }).success).toBe(true);
    expect(startSchema.safeParse({ firstMeetingAt: tomorrow }).error?.issues[0].message).toBe('FUTURE');
    expect(startSchema.safeParse({ firstMeetingAt: '' }).error?.issues[0].message).toBe('REQUIRED');
  });

  test('a completed match ends with a reason that completes it, an ended one with another', () => {
    expect(endReasonsFor('COMPLETED')).toEqual(['GOALS_REACHED', 'TRAJECTORY_DONE', 'MOVED', 'OTHER']);
    expect(endReasonsFor('ENDED')).toEqual(['MOVED', 'MISMATCH', 'NO_CONTACT', 'PERSONAL_CIRCUMSTANCES', 'OTHER']);
  });
});
