import { useMemo, useRef, useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { CheckboxGroup, SelectField, TextField } from '../../../components/field';
import { InterestTaxonomyQuery } from '../../../components/intake-form/intake-form.api';
import { LanguageCodeInput } from '../../../components/intake-form/language-code-input';
import { LoadMore } from '../../../components/load-more';
import { PageHeading } from '../../../components/page-heading';
import { languageName } from '../../../lib/domain';
import { pickText, type PersonRole } from '../../../lib/programme-domain';
import { href, navigate } from '../../../lib/router';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import {
  dateInputToDateTime,
  PEOPLE_PAGE_SIZE,
  PeopleQuery,
  PERSON_SORTS,
  ProgrammeOptionsQuery,
  statusesOf,
  type PersonFilter,
  type PersonSort,
  type PersonStatus,
} from '../api/people';
import { personName } from './person-name';
import { StatusBadge } from './status-badge';

/** The list's filters as they stand in the address (so "back" from a person returns to them). */
interface FilterValues {
  status: PersonStatus[];
  programme: string;
  language: string;
  interest: string;
  postcode: string;
  q: string;
  before: string;
  sort: PersonSort;
}

export const peoplePath = (role: PersonRole) => (role === 'NEWCOMER' ? '/newcomers' : '/buddies');

function filterFromParams(role: PersonRole, params: URLSearchParams): FilterValues {
  const allowed = statusesOf(role);
  const sort = params.get('sort');
  return {
    status: (params.get('status') ?? '').split(',').filter((s): s is PersonStatus => (allowed as readonly string[]).includes(s)),
    programme: params.get('programme') ?? '',
    language: params.get('language') ?? '',
    interest: params.get('interest') ?? '',
    postcode: params.get('postcode') ?? '',
    q: params.get('q') ?? '',
    before: role === 'NEWCOMER' ? (params.get('before') ?? '') : '',
    sort: (PERSON_SORTS as readonly string[]).includes(sort ?? '') ? (sort as PersonSort) : 'CREATED_AT',
  };
}

function toParams(values: FilterValues): Record<string, string> {
  const params: Record<string, string> = {};
  if (values.status.length) params.status = values.status.join(',');
  for (const key of ['programme', 'language', 'interest', 'postcode', 'q', 'before'] as const) {
    const value = values[key].trim();
    if (value) params[key] = value;
  }
  if (values.sort !== 'CREATED_AT') params.sort = values.sort;
  return params;
}

function toApiFilter(role: PersonRole, values: FilterValues): PersonFilter {
  const filter: PersonFilter = { role };
  if (values.status.length) filter.status = values.status;
  if (values.programme) filter.programmeId = values.programme;
  if (values.language.trim()) filter.language = values.language.trim().toLowerCase();
  if (values.interest) filter.interest = values.interest;
  if (values.postcode.trim()) filter.postcodePrefix = values.postcode.trim();
  if (values.q.trim()) filter.search = values.q.trim();
  if (values.before) filter.waitingSinceBefore = dateInputToDateTime(values.before);
  return filter;
}

export function PeoplePage({ role, params }: { role: PersonRole; params: URLSearchParams }) {
  const intl = useIntl();
  const applied = useMemo(() => filterFromParams(role, params), [role, params]);
  const newcomers = role === 'NEWCOMER';
  const filtered = Object.keys(toParams({ ...applied, sort: 'CREATED_AT' })).length > 0;

  return (
    <>
      <PageHeading title={intl.formatMessage({ id: newcomers ? 'people.newcomers.title' : 'people.buddies.title' })} />
      <p className="lead">
        <FormattedMessage id={newcomers ? 'people.newcomers.intro' : 'people.buddies.intro'} />
      </p>
      <p className="form-actions">
        <a className="button button-primary" href={href(`${peoplePath(role)}/register`)}>
          <FormattedMessage id={newcomers ? 'people.registerNewcomer' : 'people.registerBuddy'} />
        </a>
        <a className="button button-secondary" href={href('/people/import', { role })}>
          <FormattedMessage id="peopleImport.link" />
        </a>
      </p>
      <PeopleFilters key={params.toString()} role={role} applied={applied} filtered={filtered} />
      {/* Other filters, another list: rows of the previous filters never show under the new ones. */}
      <PeopleList key={`${role}?${params.toString()}`} role={role} applied={applied} filtered={filtered} />
    </>
  );
}

function PeopleList({ role, applied, filtered }: { role: PersonRole; applied: FilterValues; filtered: boolean }) {
  const intl = useIntl();
  const tbody = useRef<HTMLTableSectionElement>(null);
  const variables = useMemo(() => ({ filter: toApiFilter(role, applied), sort: applied.sort, first: PEOPLE_PAGE_SIZE }), [role, applied]);
  const people = usePaginatedQuery(PeopleQuery, variables, (data) => data.people);
  const newcomers = role === 'NEWCOMER';
  const title = intl.formatMessage({ id: newcomers ? 'people.newcomers.title' : 'people.buddies.title' });
  const label = (id: 'people.status' | 'people.programmes' | 'people.languages' | 'people.postcode' | 'people.waitingSince' | 'people.createdAt') =>
    intl.formatMessage({ id });

  return (
    <section aria-labelledby="people-list-heading" className="section">
      <h2 id="people-list-heading">
        <FormattedMessage id={filtered ? 'people.list.filtered' : 'people.list.all'} />
      </h2>
      {people.error ? <ApiErrorNotice error={people.error} onRetry={people.reload} /> : null}
      {!people.fetching && !people.error && people.nodes.length === 0 ? (
        <p className="empty" role="status">
          <FormattedMessage id={filtered ? 'people.empty.filtered' : newcomers ? 'people.empty.newcomers' : 'people.empty.buddies'} />
        </p>
      ) : people.nodes.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-stack" aria-busy={people.fetching}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="people.name" />
                </th>
                <th scope="col">{label('people.status')}</th>
                <th scope="col">{label('people.programmes')}</th>
                <th scope="col">{label('people.languages')}</th>
                <th scope="col">{label('people.postcode')}</th>
                <th scope="col">{label(newcomers ? 'people.waitingSince' : 'people.createdAt')}</th>
              </tr>
            </thead>
            <tbody ref={tbody}>
              {people.nodes.map((person) => {
                const since = newcomers ? person.waitingSince : person.createdAt;
                return (
                  <tr key={person.id}>
                    <th scope="row">
                      <a href={href('/person', { id: person.id })} className={person.erasedAt ? 'erased-name' : undefined}>
                        {personName(intl, person, 'sortable')}
                      </a>
                      {person.email ? <span className="cell-sub">{person.email}</span> : null}
                    </th>
                    <td data-label={label('people.status')}>
                      <StatusBadge status={person.status} />
                    </td>
                    <td data-label={label('people.programmes')}>{person.programmes.map((p) => p.name).join(', ')}</td>
                    <td data-label={label('people.languages')}>
                      {person.languages.map((l) => `${languageName(l.code, intl.locale)} (${intl.formatMessage({ id: `cefrShort.${l.level}` })})`).join(', ')}
                    </td>
                    <td data-label={label('people.postcode')}>{person.postcode}</td>
                    <td data-label={label(newcomers ? 'people.waitingSince' : 'people.createdAt')}>
                      {since ? <FormattedDate value={since} dateStyle="medium" /> : <span className="muted">—</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore listRef={tbody} count={people.nodes.length} fetching={people.fetching} hasNextPage={people.hasNextPage} onLoadMore={people.loadMore} />
    </section>
  );
}

function PeopleFilters({ role, applied, filtered }: { role: PersonRole; applied: FilterValues; filtered: boolean }) {
  const intl = useIntl();
  const [values, setValues] = useState(applied);
  const [programmes] = useQuery({ query: ProgrammeOptionsQuery, variables: {} });
  const [taxonomy] = useQuery({ query: InterestTaxonomyQuery, variables: {} });
  const update = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const newcomers = role === 'NEWCOMER';
  const sorts = newcomers ? PERSON_SORTS : PERSON_SORTS.filter((sort) => sort !== 'WAITING_SINCE');

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(peoplePath(role), toParams(values));
  }

  return (
    <form className="card form filters" onSubmit={submit} aria-labelledby="people-filters-heading" role="search">
      <h2 id="people-filters-heading" className="filters-title">
        <FormattedMessage id="people.filters" />
      </h2>
      <div className="form-row">
        <TextField
          label={<FormattedMessage id="people.search" />}
          hint={<FormattedMessage id="people.search.hint" />}
          type="search"
          name="q"
          value={values.q}
          onChange={(e) => update('q', e.target.value)}
        />
        <SelectField label={<FormattedMessage id="people.programme" />} name="programme" value={values.programme} onChange={(e) => update('programme', e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'people.anyProgramme' })}</option>
          {programmes.data?.programmes.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.name}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label htmlFor="people-language" className="field-label">
            <FormattedMessage id="people.language" />
          </label>
          <p id="people-language-hint" className="field-hint">
            <FormattedMessage id="people.language.hint" />
          </p>
          <LanguageCodeInput id="people-language" name="language" value={values.language} onChange={(code) => update('language', code)} describedBy="people-language-hint" />
        </div>
      </div>
      <div className="form-row">
        <SelectField label={<FormattedMessage id="people.interest" />} name="interest" value={values.interest} onChange={(e) => update('interest', e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'people.anyInterest' })}</option>
          {taxonomy.data?.interestTaxonomy.map((interest) => (
            <option key={interest.key} value={interest.key}>
              {pickText(interest.label, intl.locale) || interest.key}
            </option>
          ))}
        </SelectField>
        <TextField
          label={<FormattedMessage id="people.postcodePrefix" />}
          hint={<FormattedMessage id="people.postcodePrefix.hint" />}
          name="postcode"
          inputMode="numeric"
          value={values.postcode}
          onChange={(e) => update('postcode', e.target.value)}
        />
        {newcomers ? (
          <TextField
            label={<FormattedMessage id="people.waitingSinceBefore" />}
            type="date"
            name="before"
            value={values.before}
            onChange={(e) => update('before', e.target.value)}
          />
        ) : null}
        <SelectField label={<FormattedMessage id="people.sort" />} name="sort" value={values.sort} onChange={(e) => update('sort', e.target.value as PersonSort)}>
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {intl.formatMessage({ id: `people.sort.${sort}` })}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxGroup
        label={<FormattedMessage id="people.status" />}
        name="status"
        options={statusesOf(role).map((status) => ({ value: status, label: intl.formatMessage({ id: `personStatus.${status}` }) }))}
        value={values.status}
        onChange={(status) => update('status', status)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          <FormattedMessage id="people.applyFilters" />
        </button>
        {filtered ? (
          <a className="button button-link" href={href(peoplePath(role))}>
            <FormattedMessage id="people.clearFilters" />
          </a>
        ) : null}
      </div>
    </form>
  );
}
