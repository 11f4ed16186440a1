import { useMemo } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { PagedTable } from '../../../components/paged-table';
import type { PageNoticeValue } from '../../../components/page-notice';
import { useProblemText } from '../../../components/use-problem-text';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { PINS_PAGE_SIZE, PairPinsQuery, SetPairPinMutation, type PairPin } from '../api/matching-board';
import type { PairPinKind } from '../api/matching-domain';
import { useReloadOnChange } from '../utils/use-reload-on-change';
import { pairName, PersonLink } from './person-link';

interface PairPinsSectionProps {
  programmeId: string;
  changes: number;
  onPinChanged: (pin: { newcomerId: string; buddyId: string; kind: PairPinKind | null }) => void;
  onNotice: (notice: PageNoticeValue | null) => void;
}

/** The pairs every run keeps (locked) or never proposes (excluded), each with a way to undo it. */
export function PairPinsSection({ programmeId, changes, onPinChanged, onNotice }: PairPinsSectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const variables = useMemo(() => ({ programmeId, first: PINS_PAGE_SIZE }), [programmeId]);
  const pins = usePaginatedQuery(PairPinsQuery, variables, (data) => data.pairPins);
  const [result, setPin] = useMutation(SetPairPinMutation);
  useReloadOnChange(changes, pins.reload);
  const label = (id: 'matching.pins.kind' | 'matching.pins.reason' | 'matching.pins.at' | 'matching.newcomer' | 'matching.buddy' | 'matching.actions') =>
    intl.formatMessage({ id });

  async function remove(pin: PairPin) {
    onNotice(null);
    const input = { programmeId, newcomerId: pin.newcomer.id, buddyId: pin.buddy.id, kind: null };
    const answer = await setPin({ input });
    const problem = answer.data?.setPairPin.userErrors[0];
    if (problem) {
      onNotice({ tone: 'error', text: problemText('pin', problem) ?? problem.message });
    } else if (answer.data) {
      onPinChanged(input);
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'matching.pins.removed' }, { pair: pairName(intl, pin) }) });
    } else {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
    }
  }

  return (
    <section className="section" aria-labelledby="matching-pins">
      <h2 id="matching-pins">
        <FormattedMessage id="matching.pins.title" />
      </h2>
      <p className="field-hint">
        <FormattedMessage id="matching.pins.intro" />
      </p>
      <PagedTable
        query={pins}
        caption="matching.pins.title"
        columns={['matching.newcomer', 'matching.buddy', 'matching.pins.kind', 'matching.pins.reason', 'matching.pins.at', 'matching.actions']}
        empty="matching.pins.empty"
        hideTableWhenEmpty
        renderRow={(pin) => (
          <tr key={`${pin.newcomer.id}|${pin.buddy.id}`}>
            <th scope="row">
              <PersonLink person={pin.newcomer} />
            </th>
            <td data-label={label('matching.buddy')}>
              <PersonLink person={pin.buddy} />
            </td>
            <td data-label={label('matching.pins.kind')}>
              <span className={`badge ${pin.kind === 'LOCKED' ? 'badge-locked' : 'badge-excluded'}`}>{intl.formatMessage({ id: `pairPinKind.${pin.kind}` })}</span>
            </td>
            <td data-label={label('matching.pins.reason')}>{pin.reason ?? <span className="muted">—</span>}</td>
            <td data-label={label('matching.pins.at')}>
              <FormattedDate value={pin.at} dateStyle="medium" />
            </td>
            <td className="actions">
              <button type="button" className="button button-secondary button-small" disabled={result.fetching} onClick={() => void remove(pin)}>
                <FormattedMessage id="matching.pins.remove" />
                <span className="visually-hidden"> {pairName(intl, pin)}</span>
              </button>
            </td>
          </tr>
        )}
      />
    </section>
  );
}
