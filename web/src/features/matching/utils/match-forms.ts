import * as z from 'zod/mini';
import { DECLINE_REASONS, MATCH_END_REASONS, MATCH_OUTCOMES, type MatchEndReason, type MatchOutcome } from '../api/matching-domain';

// The match forms' own checks, in the input's field names; the API checks again and has the last word.

// As the API allows.
const NOTE_MAX = 1000;
const note = z.string().check(z.trim(), z.maxLength(NOTE_MAX, 'TOO_LONG'));

/** Today in the browser's time zone, as a date input writes it ("2026-03-01"). */
export function todayInput(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** "2026-03-01" (a date input's value) → an ISO date-time at UTC midnight, as DateTime wants it. */
export const dateInputToDateTime = (value: string) => new Date(`${value}T00:00:00Z`).toISOString();

export const declineSchema = z.object({ reason: z.enum(DECLINE_REASONS, 'REQUIRED'), note });

export const startSchema = z.object({
  firstMeetingAt: z.string().check(
    z.minLength(1, 'REQUIRED'),
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'INVALID'),
    z.refine((value) => value <= todayInput(), 'FUTURE'),
  ),
});

export const pauseSchema = z.object({ reason: note });

export const endSchema = z.object({ outcome: z.enum(MATCH_OUTCOMES, 'REQUIRED'), reason: z.enum(MATCH_END_REASONS, 'REQUIRED'), note });

/** The end reasons that fit an outcome (as the API checks them): goals reached and the trajectory's hours done only complete a match. */
export function endReasonsFor(outcome: MatchOutcome): MatchEndReason[] {
  const completing: readonly MatchEndReason[] = ['GOALS_REACHED', 'TRAJECTORY_DONE', 'MOVED', 'OTHER'];
  const onlyCompleting: readonly MatchEndReason[] = ['GOALS_REACHED', 'TRAJECTORY_DONE'];
  return MATCH_END_REASONS.filter((reason) => (outcome === 'COMPLETED' ? completing.includes(reason) : !onlyCompleting.includes(reason)));
}

/** The fields each match form shows (a problem of another field is the form's as a whole). */
export const DECLINE_FIELDS = ['reason', 'note'] as const;
export const START_FIELDS = ['firstMeetingAt'] as const;
export const PAUSE_FIELDS = ['reason'] as const;
export const END_FIELDS = ['outcome', 'reason', 'note'] as const;
