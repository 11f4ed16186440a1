import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErasePersonMutation, ExportPersonMutation, type Person } from '../api/people';
import { personName } from './person-name';
import { personOutcome, type PersonNotice } from './person-outcome';

interface SectionProps {
  person: Person;
  onChanged: (person: Person) => void;
  onNotice: (notice: PersonNotice | null) => void;
}

/** Saves text as a file through the browser's own download. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers start reading the blob only after click() returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Tenant admins: the person's rights of access (export) and erasure (GDPR articles 15, 20 and 17). */
export function PersonAdminSection({ person, onChanged, onNotice }: SectionProps) {
  const intl = useIntl();
  const [exporting, exportPerson] = useMutation(ExportPersonMutation);
  const [erasing, erasePerson] = useMutation(ErasePersonMutation);
  const [confirming, setConfirming] = useState(false);

  async function exportJson() {
    onNotice(null);
    const answer = await exportPerson({ input: { personId: person.id } });
    const payload = answer.data?.exportPerson;
    if (payload?.json) {
      const slug = `${person.lastName}-${person.firstName}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'person';
      download(`tandem-${slug}-${new Date().toISOString().slice(0, 10)}.json`, payload.json);
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'admin.exported' }) });
    } else {
      onNotice({ tone: 'error', text: payload?.userErrors[0]?.message ?? intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
    }
  }

  async function erase() {
    onNotice(null);
    const answer = await erasePerson({ input: { personId: person.id } });
    setConfirming(false);
    const outcome = personOutcome(answer.error, answer.data?.erasePerson);
    if (outcome.kind === 'saved') {
      onChanged(outcome.person);
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'admin.erased' }) });
    } else if (outcome.kind === 'invalid') onNotice({ tone: 'error', text: outcome.userErrors[0].message });
    else onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
  }

  return (
    <section className="card" aria-labelledby="person-admin">
      <h2 id="person-admin">
        <FormattedMessage id="admin.title" />
      </h2>
      <p className="field-hint">
        <FormattedMessage id="admin.intro" />
      </p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={exporting.fetching} onClick={() => void exportJson()}>
          <FormattedMessage id={exporting.fetching ? 'common.loading' : 'admin.export'} />
        </button>
        <button type="button" className="button button-danger-outline" onClick={() => setConfirming(true)}>
          <FormattedMessage id="admin.erase" />
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={<FormattedMessage id="admin.eraseConfirm.title" />}
        confirmLabel={<FormattedMessage id="admin.eraseConfirm.confirm" />}
        cancelLabel={<FormattedMessage id="common.cancel" />}
        busy={erasing.fetching}
        onConfirm={() => void erase()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          <FormattedMessage id="admin.eraseConfirm.text" values={{ name: <strong>{personName(intl, person)}</strong> }} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
