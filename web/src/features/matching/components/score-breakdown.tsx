import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import type { CriterionScore } from '../api/matching-fragments';

/** "82 / 100": a pair's score, rounded, with its scale. */
export function Score({ score }: { score: number }) {
  return (
    <span className="score">
      <FormattedMessage id="matching.score.value" values={{ score: <strong>{Math.round(score)}</strong> }} />
    </span>
  );
}

interface ScoreBreakdownProps {
  criteria: readonly CriterionScore[];
  /** Names the table for screen readers, e.g. "Score of Amal Haddad and Jan Peeters by criterion". */
  caption: string;
}

/**
 * The score by criterion: what each adds (a bar and the number, out of what it could add at most
 * with its weight), the weight, and the reason in words. Criteria that weigh 0 are left out.
 */
export function ScoreBreakdown({ criteria, caption }: ScoreBreakdownProps) {
  const intl = useIntl();
  const weighed = criteria.filter((c) => c.weight > 0);
  const totalWeight = weighed.reduce((sum, c) => sum + c.weight, 0);
  if (weighed.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="matching.breakdown.none" />
      </p>
    );
  }
  const label = (id: 'matching.breakdown.criterion' | 'matching.breakdown.reason' | 'matching.breakdown.points' | 'matching.breakdown.weight') =>
    intl.formatMessage({ id });
  return (
    <div className="table-wrap breakdown-wrap">
      <table className="table table-stack breakdown">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{label('matching.breakdown.criterion')}</th>
            <th scope="col">{label('matching.breakdown.reason')}</th>
            <th scope="col">{label('matching.breakdown.points')}</th>
            <th scope="col">{label('matching.breakdown.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {[...weighed]
            .sort((a, b) => b.points - a.points)
            .map((c) => {
              // The most this criterion can add: its share of the weights, of 100 points.
              const most = (c.weight / totalWeight) * 100;
              const share = most > 0 ? Math.min(1, Math.max(0, c.points / most)) : 0;
              return (
                <tr key={c.criterion}>
                  <th scope="row">{intl.formatMessage({ id: `matchCriterion.${c.criterion}` })}</th>
                  <td data-label={label('matching.breakdown.reason')}>{c.explanation}</td>
                  <td data-label={label('matching.breakdown.points')}>
                    <span className="points">
                      <span className="points-bar" aria-hidden="true">
                        <span style={{ inlineSize: `${Math.round(share * 100)}%` }} />
                      </span>
                      <span className="nowrap">
                        <FormattedMessage
                          id="matching.breakdown.pointsOf"
                          values={{
                            points: <FormattedNumber value={c.points} maximumFractionDigits={1} />,
                            most: <FormattedNumber value={most} maximumFractionDigits={1} />,
                          }}
                        />
                      </span>
                    </span>
                  </td>
                  <td data-label={label('matching.breakdown.weight')}>
                    <FormattedMessage id="matching.breakdown.weightOf" values={{ weight: c.weight }} />
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
    </div>
  );
}

/** "Why?": the breakdown behind a disclosure, for lists of pairs (`pair` tells the many apart for screen readers). */
export function WhyDisclosure({ criteria, caption, pair }: ScoreBreakdownProps & { pair: string }) {
  return (
    <details className="why">
      <summary>
        <FormattedMessage id="matching.why" />
        <span className="visually-hidden"> {pair}</span>
      </summary>
      <ScoreBreakdown criteria={criteria} caption={caption} />
    </details>
  );
}
