import { useRef, useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import * as z from 'zod/mini';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { TextAreaField } from '../../../components/field';
import { LoadMore } from '../../../components/load-more';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { problemsFromUserErrors } from '../../../lib/user-errors';
import { AddNoteMutation, NOTES_PAGE_SIZE, PersonNotesQuery } from '../api/people';
import type { PersonNotice } from './person-outcome';

const noteSchema = z.object({ text: z.string().check(z.trim(), z.minLength(1, 'REQUIRED'), z.maxLength(4000, 'TOO_LONG')) });

/** A coordinator's notes on the person, newest first, and a form to add one (not for an erased person). */
export function PersonNotesSection({ personId, readOnly, onNotice }: { personId: string; readOnly: boolean; onNotice: (notice: PersonNotice | null) => void }) {
  const intl = useIntl();
  const list = useRef<HTMLOListElement>(null);
  const notes = usePaginatedQuery(PersonNotesQuery, { id: personId, first: NOTES_PAGE_SIZE }, (data) => data.node?.notes);
  const problemText = useProblemText();
  const { form, problems, check, report } = useFormProblems();
  const [text, setText] = useState('');
  const [result, addNote] = useMutation(AddNoteMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check(noteSchema, { text });
    if (!checked) return;
    onNotice(null);
    const answer = await addNote({ input: { personId, text: checked.text } });
    const payload = answer.data?.addNote;
    if (payload?.userErrors.length) report(problemsFromUserErrors(payload.userErrors));
    else if (payload?.note) {
      setText('');
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'notes.added' }) });
      notes.reload();
    }
  }

  return (
    <section className="card" aria-labelledby="person-notes">
      <h2 id="person-notes">
        <FormattedMessage id="notes.title" />
      </h2>
      {readOnly ? null : (
        <form ref={form} className="form" onSubmit={submit} noValidate>
          {result.error ? <ApiErrorNotice error={result.error} /> : null}
          <TextAreaField
            label={<FormattedMessage id="notes.new" />}
            hint={<FormattedMessage id="notes.new.hint" />}
            name="note"
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={problemText('text', problems.text)}
          />
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={result.fetching}>
              <FormattedMessage id={result.fetching ? 'common.saving' : 'notes.add'} />
            </button>
          </div>
        </form>
      )}
      {notes.error ? <ApiErrorNotice error={notes.error} onRetry={notes.reload} /> : null}
      {!notes.fetching && notes.nodes.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="notes.none" />
        </p>
      ) : null}
      <ol ref={list} className="note-list">
        {notes.nodes.map((note) => (
          <li key={note.id} className="note">
            <p className="note-when">
              <FormattedDate value={note.at} dateStyle="medium" timeStyle="short" />
            </p>
            <p className="preserve-lines">{note.text}</p>
          </li>
        ))}
      </ol>
      <LoadMore listRef={list} count={notes.nodes.length} fetching={notes.fetching} hasNextPage={notes.hasNextPage} onLoadMore={notes.loadMore} />
    </section>
  );
}
