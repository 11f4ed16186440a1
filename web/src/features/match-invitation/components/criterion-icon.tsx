import type { MatchCriterion } from '../api/match-invitation';

// One plain line icon per reason, beside its words (never instead of them): a heart for interests,
// a speech bubble for language, a lifebuoy for needs (help offered), a calendar for availability, a pin for
// distance, a person for age, a house for family, an hourglass for waiting time.
const PATHS: Record<MatchCriterion, string[]> = {
  INTERESTS: ['M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z'],
  LANGUAGE: ['M4 5h16v11H10l-4 4v-4H4z', 'M8 9h8M8 12h5'],
  NEEDS: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6'],
  AVAILABILITY: ['M4 6h16v14H4z', 'M4 10h16M8 3v5M16 3v5', 'M8 14h3v3H8z'],
  DISTANCE: ['M12 21s-6-5.6-6-11a6 6 0 0 1 12 0c0 5.4-6 11-6 11z', 'M12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z'],
  AGE: ['M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M4 21a8 8 0 0 1 16 0'],
  FAMILY: ['M3 11l9-7 9 7', 'M5 10v10h14V10', 'M10 20v-5h4v5'],
  WAITING_TIME: ['M7 3h10M7 21h10', 'M8 3c0 5 8 5 8 9s-8 4-8 9', 'M16 3c0 5-8 5-8 9s8 4 8 9'],
};

export function CriterionIcon({ criterion }: { criterion: MatchCriterion }) {
  return (
    <svg className="reason-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {(PATHS[criterion] ?? PATHS.INTERESTS).map((d) => (
        <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      ))}
    </svg>
  );
}
