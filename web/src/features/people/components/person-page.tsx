import { useState, type ReactNode } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { AvailabilityView } from '../../../components/intake-form/availability-grid';
import { InterestTaxonomyQuery } from '../../../components/intake-form/intake-form.api';
import { NodeQueryStatus } from '../../../components/node-query-status';
import { PageNotice, type PageNoticeValue } from '../../../components/page-notice';
import { PageHeading } from '../../../components/page-heading';
import type { MessageId } from '../../../i18n/locales';
import { languageName } from '../../../lib/domain';
import { pickText } from '../../../lib/programme-domain';
import { href } from '../../../lib/router';
import { useLatestVersion } from '../../../lib/use-latest-version';
import { FormLabelsQuery, PersonQuery, type FieldLabel, type Person } from '../api/people';
import { IntakeLinkSection } from './intake-link-section';
import { peoplePath } from './people-page';
import { PersonAdminSection } from './person-admin';
import { PersonConsentsSection } from './person-consents';
import { PersonEnrolForm } from './person-enrol';
import { PersonNotesSection } from './person-notes';
import { personName } from './person-name';
import type { PersonNotice } from './person-outcome';
import { PersonStatusSection } from './person-status';
import { PersonVettingSection } from './person-vetting';
import { StatusBadge } from './status-badge';

/** What the app puts on the page about matching (another feature's section, so it comes from the app). */
export type PersonMatchingSlot = (props: { person: Person; onNotice: (notice: PersonNotice | null) => void; onMatched: () => void }) => ReactNode;

interface PersonPageProps {
  id: string;
  registered: boolean;
  isAdmin: boolean;
  matching?: PersonMatchingSlot;
}

/** Everything about one newcomer or buddy, and what a coordinator does with them. */
export function PersonPage({ id, registered, isAdmin, matching }: PersonPageProps) {
  const intl = useIntl();
  const [query, refetch] = useQuery({ query: PersonQuery, variables: { id }, requestPolicy: 'network-only' });
  const fetched = query.data?.node && 'allowedNextStatuses' in query.data.node ? (query.data.node as Person) : null;
  const [person, setLatest] = useLatestVersion(fetched);
  const [notice, setNotice] = useState<PersonNotice | null>(registered ? { tone: 'success', text: intl.formatMessage({ id: 'person.registered' }) } : null);
  const reload = () => {
    setLatest(null);
    setNotice(null);
    refetch({ requestPolicy: 'network-only' });
  };
  const sectionProps = person ? { person, onChanged: setLatest, onNotice: setNotice } : null;

  return (
    <>
      <PageHeading title={person ? personName(intl, person) : intl.formatMessage({ id: 'person.title' })} />
      {person ? (
        <p className="person-summary">
          <span>{intl.formatMessage({ id: `role.${person.role}` })}</span>
          <StatusBadge status={person.status} />
          <a href={href(peoplePath(person.role))}>
            <FormattedMessage id={person.role === 'NEWCOMER' ? 'register.backToNewcomers' : 'register.backToBuddies'} />
          </a>
        </p>
      ) : null}
      <PageNotice notice={notice} onReload={reload} />
      {person?.erasedAt ? (
        <div className="notice notice-info">
          <p>
            <FormattedMessage id="person.erased.text" values={{ date: <FormattedDate value={person.erasedAt} dateStyle="long" /> }} />
          </p>
        </div>
      ) : null}
      <NodeQueryStatus error={query.error} notFound={Boolean(query.data && !fetched)} loading={!person && query.fetching} onRetry={reload} />
      {person && sectionProps ? (
        <div className="person-layout">
          <div className="person-main">
            {/* A newcomer registered before the intake: the next step is the intake link. */}
            {person.role === 'NEWCOMER' && person.status === 'REGISTERED' && !person.erasedAt ? (
              <IntakeLinkSection person={person} justRegistered={registered} onNotice={setNotice} />
            ) : null}
            <PersonStatusSection key={`status-${person.version}`} {...sectionProps} />
            {/* Approving a match changes the person's status: the page loads them again, keeping its notice. */}
            {matching?.({ person, onNotice: setNotice, onMatched: () => refetch({ requestPolicy: 'network-only' }) })}
            <ProfileSection person={person}>
              {/* Where the programmes are shown: one more can be added (not for an erased person). */}
              {person.erasedAt ? null : <PersonEnrolForm {...sectionProps} />}
            </ProfileSection>
            {person.role === 'BUDDY' ? <PersonVettingSection key={`vetting-${person.version}`} {...sectionProps} /> : null}
            <PersonConsentsSection {...sectionProps} />
            {/* Reloaded with every new version: an erasure, for one, deletes the notes. */}
            <PersonNotesSection key={`notes-${person.version}`} personId={person.id} readOnly={Boolean(person.erasedAt)} onNotice={setNotice} />
            {isAdmin && !person.erasedAt ? <PersonAdminSection {...sectionProps} /> : null}
          </div>
        </div>
      ) : null}
    </>
  );
}

function ProfileSection({ person, children }: { person: Person; children?: ReactNode }) {
  const intl = useIntl();
  const [taxonomy] = useQuery({ query: InterestTaxonomyQuery, variables: {} });
  const interestName = (key: string) => {
    const interest = taxonomy.data?.interestTaxonomy.find((i) => i.key === key);
    return interest ? pickText(interest.label, intl.locale) || key : key;
  };
  // Labels of the intake answers come from the forms of the person's programmes.
  const [forms] = useQuery({ query: FormLabelsQuery, variables: { audience: person.role }, pause: person.answers.length === 0 });
  const formIds = new Set(person.programmes.map((p) => (person.role === 'NEWCOMER' ? p.newcomerForm.id : p.buddyForm.id)));
  const formFields = (forms.data?.intakeForms ?? []).filter((form) => formIds.has(form.id)).flatMap((form) => form.fields);
  const none = <span className="muted">—</span>;
  const detail = (label: string, value: ReactNode, testId?: string) => (
    <div key={label}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value ?? none}</dd>
    </div>
  );
  const m = (id: MessageId) => intl.formatMessage({ id });

  return (
    <section className="card" aria-labelledby="person-profile">
      <h2 id="person-profile">
        <FormattedMessage id="person.profile" />
      </h2>
      <dl className="details">
        {detail(m('person.email'), person.email)}
        {detail(m('person.phone'), person.phone)}
        {detail(m('person.preferredLanguage'), person.preferredLanguage ? languageName(person.preferredLanguage, intl.locale) : null)}
        {detail(m('people.postcode'), person.postcode, 'person-postcode')}
        {detail(m('person.birthYear'), person.birthYear)}
        {detail(m('person.gender'), person.gender ? intl.formatMessage({ id: `gender.${person.gender}` }) : null)}
        {person.role === 'BUDDY' ? detail(m('person.capacity'), person.capacity) : null}
        {person.role === 'NEWCOMER' ? detail(m('people.waitingSince'), person.waitingSince ? <FormattedDate value={person.waitingSince} dateStyle="medium" /> : null) : null}
        {detail(m('people.createdAt'), <FormattedDate value={person.createdAt} dateStyle="medium" />)}
        {person.externalId ? detail(m('person.externalId'), person.externalId) : null}
        {detail(m('people.programmes'), person.programmes.length ? person.programmes.map((p) => p.name).join(', ') : null, 'person-programmes')}
      </dl>
      {children}

      <h3>
        <FormattedMessage id="people.languages" />
      </h3>
      {person.languages.length ? (
        <ul className="tag-list" data-testid="person-languages">
          {person.languages.map((language) => (
            <li key={language.code} className="tag">
              {languageName(language.code, intl.locale)} <span className="tag-detail">{intl.formatMessage({ id: `cefr.${language.level}` })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          <FormattedMessage id="person.none" />
        </p>
      )}

      <h3>
        <FormattedMessage id="person.interests" />
      </h3>
      {person.interests.length ? (
        <ul className="tag-list" data-testid="person-interests">
          {person.interests.map((interest) => (
            <li key={interest} className="tag">
              {interestName(interest)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          <FormattedMessage id="person.none" />
        </p>
      )}

      <h3 id="person-availability">
        <FormattedMessage id="person.availability" />
      </h3>
      {person.availability.length ? (
        <AvailabilityView slots={person.availability} caption={intl.formatMessage({ id: 'person.availability' })} />
      ) : (
        <p className="muted">
          <FormattedMessage id="person.none" />
        </p>
      )}

      {person.answers.length ? (
        <>
          <h3>
            <FormattedMessage id="person.answers" />
          </h3>
          <dl className="details details-stacked">
            {person.answers.map((answer) => {
              const field = formFields.find((f) => f.key === answer.key);
              return (
                <div key={answer.key}>
                  <dt>{field ? pickText(field.label, intl.locale) || answer.key : answer.key}</dt>
                  <dd className="preserve-lines">{answerText(answer.value, field, intl.locale, intl.formatMessage({ id: 'common.yes' }), intl.formatMessage({ id: 'common.no' }))}</dd>
                </div>
              );
            })}
          </dl>
        </>
      ) : null}

      {person.sensitive && (person.sensitive.health || person.sensitive.psychosocial || person.sensitive.religion) ? (
        <div className="sensitive-block">
          <h3>
            <FormattedMessage id="person.sensitive" />
          </h3>
          <p className="field-hint">
            <FormattedMessage id="person.sensitive.hint" />
          </p>
          <dl className="details details-stacked">
            {(['health', 'psychosocial', 'religion'] as const).map((key) =>
              person.sensitive?.[key] ? (
                <div key={key}>
                  <dt>{intl.formatMessage({ id: `sensitiveCategory.${key.toUpperCase() as 'HEALTH'}` })}</dt>
                  <dd className="preserve-lines">{person.sensitive[key]}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </div>
      ) : null}
    </section>
  );
}

/** An answer's JSON value as text: choices by their label, lists joined, yes/no for booleans. */
function answerText(json: string, field: FieldLabel | undefined, uiLocale: string, yes: string, no: string): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  const option = (v: unknown) => {
    const found = field?.options.find((o) => o.value === v);
    return found ? pickText(found.label, uiLocale) || String(v) : typeof v === 'string' ? v : JSON.stringify(v);
  };
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) return value.map(option).join(', ');
  if (typeof value === 'string') return option(value);
  return JSON.stringify(value);
}
