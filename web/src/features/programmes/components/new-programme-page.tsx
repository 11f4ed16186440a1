import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { PageHeading } from '../../../components/page-heading';
import { href, navigate } from '../../../lib/router';
import { CreateProgrammeMutation, TenantLanguagesQuery } from '../api/programmes';
import { ProgrammeForm } from './programme-form';

export function NewProgrammePage() {
  const intl = useIntl();
  const [tenantQuery] = useQuery({ query: TenantLanguagesQuery, variables: {} });
  const [result, create] = useMutation(CreateProgrammeMutation);
  const tenant = tenantQuery.data?.tenant;

  return (
    <div className="narrow">
      <PageHeading title={intl.formatMessage({ id: 'programmes.new.title' })} />
      <p className="lead">
        <FormattedMessage id="programmes.new.intro" />
      </p>
      {result.error ? <ApiErrorNotice error={result.error} /> : null}
      {tenantQuery.fetching && !tenant ? (
        <p className="loading">
          <FormattedMessage id="common.loading" />
        </p>
      ) : (
        <ProgrammeForm
          initial={{
            name: '',
            kind: 'SOCIAL_BUDDY',
            description: '',
            languages: tenant?.languages ?? [],
            hourTarget: '',
            sensitiveCategories: [],
            publicSignupOpen: false,
          }}
          kindEditable
          submitLabel={<FormattedMessage id="programmes.new.submit" />}
          busy={result.fetching}
          onSubmit={async (input) => {
            const { hourTarget, ...rest } = input;
            const answer = await create({ input: { ...rest, ...(hourTarget === null ? {} : { hourTarget }) } });
            const payload = answer.data?.createProgramme;
            if (payload?.programme) navigate('/programme', { id: payload.programme.id, created: '1' });
            return payload?.userErrors ?? [];
          }}
        />
      )}
      <p>
        <a href={href('/programmes')}>
          <FormattedMessage id="programmes.backToList" />
        </a>
      </p>
    </div>
  );
}
