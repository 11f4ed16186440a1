import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { CopyLink } from '../../../components/copy-link';
import { useProblemText } from '../../../components/use-problem-text';
import { UI_LOCALES } from '../../../i18n/locales';
import { appUrl } from '../../../lib/app-url';
import { languageName } from '../../../lib/domain';
import { CreateIntakeLinkMutation, type IntakeLink, type Person } from '../api/people';
import type { PersonNotice } from './person-outcome';

interface IntakeLinkSectionProps {
  person: Person;
  /** Right after registering: the section says that this is the next step. */
  justRegistered: boolean;
  onNotice: (notice: PersonNotice | null) => void;
}

/**
 * A registered newcomer's self-service intake: a personal link (14 days, single use) that the
 * coordinator sends, and with which the newcomer fills in the intake in their own language.
 */
export function IntakeLinkSection({ person, justRegistered, onNotice }: IntakeLinkSectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const [result, create] = useMutation(CreateIntakeLinkMutation);
  // Only the hash of the token is stored: the link can be shown now, and never again.
  const [link, setLink] = useState<IntakeLink | null>(null);
  const name = person.firstName;

  async function createLink() {
    onNotice(null);
    const answer = await create({ input: { personId: person.id } });
    const payload = answer.data?.createIntakeLink;
    if (payload?.intakeLink) {
      setLink(payload.intakeLink);
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'intakeLink.created' }, { name }) });
    } else if (payload?.userErrors.length) {
      // NOT_ALLOWED: the person is no longer a registered newcomer (their intake is done meanwhile).
      const problem = payload.userErrors[0];
      const text = problem.code === 'NOT_ALLOWED' ? intl.formatMessage({ id: 'intakeLink.notAllowed' }) : problemText('', problem);
      onNotice({ tone: 'error', text: text ?? problem.message, stale: problem.code === 'NOT_ALLOWED' });
    } else {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
    }
  }

  return (
    <section className={`card intake-link ${justRegistered ? 'intake-link-next' : ''}`} aria-labelledby="intake-link-title">
      <h2 id="intake-link-title">
        <FormattedMessage id="intakeLink.title" />
      </h2>
      {justRegistered && !link ? (
        <p>
          <strong>
            <FormattedMessage id="intakeLink.nextStep" values={{ name }} />
          </strong>
        </p>
      ) : null}
      <p>
        <FormattedMessage
          id="intakeLink.explain"
          values={{ name, languages: intl.formatList(UI_LOCALES.map((locale) => languageName(locale.code, intl.locale)), { type: 'disjunction' }) }}
        />
      </p>
      <p>
        <FormattedMessage id="intakeLink.shareOnly" />
      </p>
      {link ? (
        <div className="intake-link-ready">
          <CopyLink label={<FormattedMessage id="intakeLink.url" values={{ name }} />} url={appUrl(link.path)} autoFocus />
          <p data-testid="intake-link-expires">
            <FormattedMessage
              id="intakeLink.expires"
              values={{ date: <FormattedDate value={link.expiresAt} dateStyle="long" timeStyle="short" /> }}
            />
          </p>
          <p className="field-hint">
            <FormattedMessage id="intakeLink.onlyNow" />
          </p>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" className="button button-primary" disabled={result.fetching} onClick={() => void createLink()}>
            <FormattedMessage id={result.fetching ? 'common.sending' : 'intakeLink.send'} />
          </button>
        </div>
      )}
    </section>
  );
}
