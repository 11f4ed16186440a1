// Enumerations of graphql/schema/matching.graphql that the coordinators' screens offer or show.

export const MATCH_CRITERIA = ['INTERESTS', 'LANGUAGE', 'NEEDS', 'AVAILABILITY', 'DISTANCE', 'AGE', 'FAMILY', 'WAITING_TIME'] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

export const MATCH_CONSTRAINTS = ['CAPACITY', 'VETTING', 'TRAINING', 'GENDER_PREFERENCE', 'MAX_DISTANCE', 'LANGUAGE', 'EXCLUDED_PAIR', 'NOT_AVAILABLE'] as const;
export type MatchConstraint = (typeof MATCH_CONSTRAINTS)[number];

export const MATCH_STATUSES = ['APPROVED', 'ACCEPTED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ENDED', 'DECLINED'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
/** A buddy's open matches (they count against the buddy's capacity). */
export const OPEN_MATCH_STATUSES: readonly MatchStatus[] = ['APPROVED', 'ACCEPTED', 'ACTIVE', 'PAUSED'];

export type MatchAnswer = 'PENDING' | 'ACCEPTED' | 'DECLINED';

export const DECLINE_REASONS = ['NO_TIME', 'NOT_A_GOOD_FIT', 'TOO_FAR', 'LANGUAGE', 'PERSONAL_CIRCUMSTANCES', 'OTHER'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const MATCH_END_REASONS = ['GOALS_REACHED', 'TRAJECTORY_DONE', 'MOVED', 'MISMATCH', 'NO_CONTACT', 'PERSONAL_CIRCUMSTANCES', 'OTHER'] as const;
export type MatchEndReason = (typeof MATCH_END_REASONS)[number];

export const MATCH_OUTCOMES = ['COMPLETED', 'ENDED'] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];

export type MatchingRunStatus = 'RUNNING' | 'DONE' | 'FAILED';
export type MatchingRunPhase = 'LOADING' | 'SCORING' | 'SOLVING' | 'SAVING' | 'DONE';
export type MatchProposalStatus = 'PROPOSED' | 'APPROVED' | 'STALE';
export type PairPinKind = 'LOCKED' | 'EXCLUDED';
