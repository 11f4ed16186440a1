import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import * as z from 'zod/mini';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { SelectField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { FORM_LEVEL, problemsFromUserErrors, type FieldProblems } from '../../../lib/user-errors';
import { EnrolPersonMutation, ProgrammeOptionsQuery, type Person } from '../api/people';
import { personOutcome, type PersonNotice } from './person-outcome';

interface EnrolProps {
  person: Person;
  onChanged: (person: Person) => void;
  onNotice: (notice: PersonNotice | null) => void;
}

const enrolSchema = z.object({ programmeId: z.string().check(z.minLength(1, 'REQUIRED')) });

// Problems are worded for this form ("fieldError.enrolProgramme.<code>", not the import's
// "fieldError.programmeId.<code>"); those about the person ("fieldError.enrolPerson.<code>") show above it.
const FIELD = 'enrolProgramme';
const PERSON = 'enrolPerson';

/**
 * "Add to another programme": the tenant's programmes that are not closed and that the person is
 * not in yet, one of which the coordinator adds. Not for an erased person (the page leaves it out).
 */
export function PersonEnrolForm({ person, onChanged, onNotice }: EnrolProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, check, report, clear } = useFormProblems();
  const [programmes, refetch] = useQuery({ query: ProgrammeOptionsQuery, variables: {}, requestPolicy: 'cache-and-network' });
  const [result, enrol] = useMutation(EnrolPersonMutation);
  const [choice, setChoice] = useState('');
  // After the last programme is added the form goes away: the keyboard moves to what replaces it.
  const [focusNoneLeft, setFocusNoneLeft] = useState(false);
  const noneLeft = useRef<HTMLParagraphElement>(null);

  const taken = new Set(person.programmes.map((p) => p.id));
  const options = (programmes.data?.programmes.edges ?? []).map((edge) => edge.node).filter((p) => p.status !== 'CLOSED' && !taken.has(p.id));

  useEffect(() => {
    if (focusNoneLeft && options.length === 0) noneLeft.current?.focus();
  }, [focusNoneLeft, options.length]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check(enrolSchema, { programmeId: choice });
    if (!checked) return;
    onNotice(null);
    const programme = options.find((p) => p.id === checked.programmeId);
    const answer = await enrol({ input: { personId: person.id, programmeId: checked.programmeId, version: person.version } });
    const outcome = personOutcome(answer.error, answer.data?.enrolPerson);
    if (outcome.kind === 'saved') {
      setChoice('');
      clear();
      setFocusNoneLeft(options.length <= 1);
      onChanged(outcome.person);
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'person.enrol.added' }, { programme: programme?.name ?? '' }) });
    } else if (outcome.kind === 'stale') {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'person.stale' }), stale: true });
    } else if (outcome.kind === 'invalid') {
      // The programme's problems at the select; anything else (the person, say) above the form.
      const { programmeId, ...others } = problemsFromUserErrors(outcome.userErrors);
      const other = Object.values(others)[0];
      const shown: FieldProblems = {};
      if (programmeId) shown.programmeId = programmeId;
      if (other) shown[FORM_LEVEL] = other;
      report(shown);
    } else {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
    }
  }

  if (programmes.error && !programmes.data) return <ApiErrorNotice error={programmes.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!programmes.data) return null;

  return (
    <>
      <h3 id="person-enrol">
        <FormattedMessage id="person.enrol.title" />
      </h3>
      {options.length === 0 ? (
        <p ref={noneLeft} className="muted" tabIndex={-1}>
          <FormattedMessage id="person.enrol.noneLeft" />
        </p>
      ) : (
        <form ref={form} className="form enrol-form" onSubmit={submit} noValidate aria-labelledby="person-enrol">
          {problems[FORM_LEVEL] ? (
            <ErrorNotice>
              <p>{problemText(PERSON, problems[FORM_LEVEL])}</p>
            </ErrorNotice>
          ) : null}
          <SelectField
            label={<FormattedMessage id="person.enrol.programme" />}
            name="programmeId"
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            error={problemText(FIELD, problems.programmeId)}
          >
            <option value="">{intl.formatMessage({ id: 'person.enrol.choose' })}</option>
            {options.map((programme) => (
              <option key={programme.id} value={programme.id}>
                {programme.status === 'DRAFT' ? intl.formatMessage({ id: 'register.draftProgramme' }, { name: programme.name }) : programme.name}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button-secondary" disabled={result.fetching}>
            <FormattedMessage id={result.fetching ? 'common.saving' : 'person.enrol.submit'} />
          </button>
        </form>
      )}
    </>
  );
}
