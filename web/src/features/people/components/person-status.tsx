import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { TextField } from '../../../components/field';
import { StatusHistory } from '../../../components/status-history';
import { useProblemText } from '../../../components/use-problem-text';
import { ChangePersonStatusMutation, type Person, type PersonStatus } from '../api/people';
import { personOutcome, type PersonNotice } from './person-outcome';

interface SectionProps {
  person: Person;
  onChanged: (person: Person) => void;
  onNotice: (notice: PersonNotice | null) => void;
}

const LEAVING: readonly PersonStatus[] = ['WITHDRAWN', 'STOPPED'];

/** The status, the steps the API allows from here (one button each) and how it got here. */
export function PersonStatusSection({ person, onChanged, onNotice }: SectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const [reason, setReason] = useState('');
  const [result, change] = useMutation(ChangePersonStatusMutation);
  const statusName = (status: PersonStatus) => intl.formatMessage({ id: `personStatus.${status}` });
  // An erased person keeps their status and its history, and changes no more.
  const nextStatuses = person.erasedAt ? [] : person.allowedNextStatuses;

  async function changeTo(status: PersonStatus) {
    onNotice(null);
    const answer = await change({
      input: { personId: person.id, version: person.version, status, ...(reason.trim() ? { reason: reason.trim() } : {}) },
    });
    const outcome = personOutcome(answer.error, answer.data?.changePersonStatus);
    if (outcome.kind === 'saved') {
      onChanged(outcome.person);
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'person.statusChanged' }, { status: statusName(outcome.person.status) }) });
    } else if (outcome.kind === 'stale') {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'person.stale' }), stale: true });
    } else if (outcome.kind === 'invalid') {
      const problem = outcome.userErrors[0];
      onNotice({ tone: 'error', text: problemText(problem.field.at(-1) ?? '', problem) ?? problem.message });
    } else {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
    }
  }

  return (
    <section className="card" aria-labelledby="person-status">
      <h2 id="person-status">
        <FormattedMessage id="people.status" />
      </h2>
      <p>
        <FormattedMessage id="person.statusNow" values={{ status: <strong data-testid="person-status">{statusName(person.status)}</strong> }} />
      </p>
      {nextStatuses.length ? (
        <div className="status-change">
          <TextField
            label={<FormattedMessage id="person.reason" />}
            hint={<FormattedMessage id="person.reason.hint" />}
            optional={intl.formatMessage({ id: 'common.optional' })}
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="form-actions" role="group" aria-label={intl.formatMessage({ id: 'person.nextSteps' })}>
            {nextStatuses.map((status) => (
              <button
                key={status}
                type="button"
                className={LEAVING.includes(status) ? 'button button-danger-outline' : 'button button-primary'}
                disabled={result.fetching}
                onClick={() => void changeTo(status)}
              >
                <FormattedMessage id="person.markAs" values={{ status: statusName(status) }} />
              </button>
            ))}
          </div>
        </div>
      ) : (
        <p className="muted">
          <FormattedMessage id="person.noNextStatus" />
        </p>
      )}
      <StatusHistory history={person.history} statusName={statusName} byNoUser={<FormattedMessage id="person.history.self" />} />
    </section>
  );
}
