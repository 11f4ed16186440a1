import { useId, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { LoadMore } from '../../../components/load-more';
import type { PageNoticeValue } from '../../../components/page-notice';
import { useProblemText } from '../../../components/use-problem-text';
import { asLanguage } from '../../../lib/domain';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { ApproveMatchProposalsMutation, PROPOSALS_PAGE_SIZE, RunProposalsQuery, SetPairPinMutation, type MatchProposal } from '../api/matching-board';
import type { PairPinKind } from '../api/matching-domain';
import type { MatchingUserError } from '../api/matching-fragments';
import { proposalErrors } from '../utils/match-outcome';
import { MatchStatusBadge } from './match-badges';
import { OpenMatchLink, pairName, PersonLink } from './person-link';
import { Score, WhyDisclosure } from './score-breakdown';

/** Pins set on this board since it opened, by pair ("<newcomer id>|<buddy id>"); null: removed. */
export type PinOverrides = ReadonlyMap<string, PairPinKind | null>;
export const pairKey = (newcomerId: string, buddyId: string) => `${newcomerId}|${buddyId}`;

interface ProposalListProps {
  runId: string;
  programmeId: string;
  pins: PinOverrides;
  onPinChanged: (pin: { newcomerId: string; buddyId: string; kind: PairPinKind | null }) => void;
  onApproved: () => void;
  onRunAgain: () => void;
  canRunAgain: boolean;
  onNotice: (notice: PageNoticeValue | null) => void;
}

/**
 * A run's proposals, best first: each pair with its score and reasons, a lock and an exclude per
 * pair, and approval of the selected pairs or of all of them. A proposal that could not be
 * approved says why, in place.
 */
export function ProposalList({ runId, programmeId, pins, onPinChanged, onApproved, onRunAgain, canRunAgain, onNotice }: ProposalListProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const language = asLanguage(intl.locale) ?? 'EN';
  const variables = useMemo(() => ({ runId, first: PROPOSALS_PAGE_SIZE, language }), [runId, language]);
  const proposals = usePaginatedQuery(RunProposalsQuery, variables, (data) => data.node?.proposals);
  const [approval, approve] = useMutation(ApproveMatchProposalsMutation);
  const [pinning, setPin] = useMutation(SetPairPinMutation);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, MatchingUserError>>(new Map());
  const [confirmAll, setConfirmAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const headingId = useId();

  const pinOf = (p: MatchProposal): PairPinKind | null => {
    const key = pairKey(p.newcomer.id, p.buddy.id);
    return pins.has(key) ? (pins.get(key) ?? null) : p.locked ? 'LOCKED' : null;
  };
  const selectable = (p: MatchProposal) => p.status === 'PROPOSED' && pinOf(p) !== 'EXCLUDED';
  const proposed = proposals.nodes.filter(selectable);
  // Locks and exclusions made after this run count from the next run on.
  const pinsChanged = proposals.nodes.some((p) => pinOf(p) !== (p.locked ? 'LOCKED' : null));
  const chosen = proposed.filter((p) => selected.has(p.id)).map((p) => p.id);

  async function approveProposals(ids?: string[]) {
    onNotice(null);
    const answer = await approve({ input: { runId, ...(ids ? { proposalIds: ids } : {}) } });
    const payload = answer.data?.approveMatchProposals;
    if (!payload) {
      if (!answer.error) onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
      return;
    }
    const { byProposal, general } = proposalErrors(
      payload.userErrors,
      ids,
      proposals.nodes.map((p) => p.id),
    );
    setErrors(byProposal);
    setSelected(new Set());
    const approved = payload.matches.length;
    const failed = byProposal.size + general.length;
    // Approving all names no proposal in its problems: those it could not approve are marked STALE,
    // and the reloaded list says so at each of them.
    if (failed === 0) {
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'matching.proposals.approved' }, { count: approved }) });
    } else if (approved === 0 && failed === 1 && general.length === 1) {
      onNotice({ tone: 'error', text: problemText('proposal', general[0]) ?? general[0].message });
    } else {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'matching.proposals.partlyApproved' }, { approved, failed }) });
    }
    if (approved > 0) onApproved();
    proposals.reload();
  }

  async function changePin(p: MatchProposal, kind: PairPinKind | null) {
    onNotice(null);
    const input = { programmeId, newcomerId: p.newcomer.id, buddyId: p.buddy.id, kind };
    const answer = await setPin({ input });
    const problem = answer.data?.setPairPin.userErrors[0];
    if (problem) {
      onNotice({ tone: 'error', text: problemText('pin', problem) ?? problem.message });
      return;
    }
    if (!answer.data) {
      if (!answer.error) onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
      return;
    }
    onPinChanged(input);
    if (kind === 'EXCLUDED') setSelected((s) => new Set([...s].filter((id) => id !== p.id)));
    const pair = pairName(intl, p);
    const text =
      kind === 'LOCKED'
        ? intl.formatMessage({ id: 'matching.proposal.locked' }, { pair })
        : kind === 'EXCLUDED'
          ? intl.formatMessage({ id: 'matching.proposal.excluded' }, { pair })
          : intl.formatMessage({ id: 'matching.proposal.unpinned' }, { pair });
    onNotice({ tone: 'success', text });
  }

  const errorText = (error: MatchingUserError) =>
    error.code === 'CONFLICT' ? intl.formatMessage({ id: 'matching.proposal.conflict' }) : (problemText('proposal', error) ?? error.message);

  return (
    <div className="proposals">
      <h3 id={headingId}>
        <FormattedMessage id="matching.proposals.title" />
      </h3>
      {proposals.error ? <ApiErrorNotice error={proposals.error} onRetry={proposals.reload} /> : null}
      {approval.error ? <ApiErrorNotice error={approval.error} /> : null}
      {pinning.error ? <ApiErrorNotice error={pinning.error} /> : null}
      {pinsChanged ? (
        <div className="notice notice-info">
          <p>
            <FormattedMessage id="matching.proposals.runAgainHint" />
          </p>
          <button type="button" className="button button-secondary" aria-disabled={!canRunAgain || undefined} onClick={() => canRunAgain && onRunAgain()}>
            <FormattedMessage id="matching.run.again" />
          </button>
        </div>
      ) : null}
      {!proposals.fetching && !proposals.error && proposals.nodes.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="matching.proposals.empty" />
        </p>
      ) : null}
      {proposals.nodes.length > 0 ? (
        <div className="form-actions proposal-bulk" role="group" aria-labelledby={headingId}>
          <button
            type="button"
            className="button button-primary"
            disabled={approval.fetching || chosen.length === 0}
            onClick={() => void approveProposals(chosen)}
          >
            <FormattedMessage id="matching.proposals.approveSelected" values={{ count: chosen.length }} />
          </button>
          <button type="button" className="button button-secondary" disabled={approval.fetching || proposed.length === 0} onClick={() => setConfirmAll(true)}>
            <FormattedMessage id="matching.proposals.approveAll" />
          </button>
        </div>
      ) : null}
      <ul ref={list} className="proposal-list" aria-labelledby={headingId} aria-busy={proposals.fetching}>
        {proposals.nodes.map((p) => {
          const kind = pinOf(p);
          const error = errors.get(p.id);
          const pair = pairName(intl, p);
          return (
            <li key={p.id} className={`proposal ${kind === 'EXCLUDED' ? 'proposal-excluded' : ''}`}>
              <div className="proposal-head">
                {selectable(p) ? (
                  <div className="checkbox proposal-select">
                    <input
                      id={`select-${p.id}`}
                      type="checkbox"
                      checked={selected.has(p.id)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `error-${p.id}` : undefined}
                      onChange={(e) =>
                        setSelected((s) => (e.target.checked ? new Set([...s, p.id]) : new Set([...s].filter((id) => id !== p.id))))
                      }
                    />
                    <label htmlFor={`select-${p.id}`}>
                      <FormattedMessage id="matching.proposal.select" />
                      <span className="visually-hidden"> {pair}</span>
                    </label>
                  </div>
                ) : null}
                <p className="proposal-pair">
                  <FormattedMessage id="matching.pair" values={{ newcomer: <PersonLink person={p.newcomer} />, buddy: <PersonLink person={p.buddy} /> }} />
                </p>
                <Score score={p.score} />
              </div>
              <p className="proposal-explanation">{p.explanation}</p>
              <p className="proposal-flags">
                {kind ? (
                  <span className={`badge ${kind === 'LOCKED' ? 'badge-locked' : 'badge-excluded'}`}>{intl.formatMessage({ id: `pairPinKind.${kind}` })}</span>
                ) : null}
                {p.status === 'STALE' ? (
                  <span className="badge badge-person-closed">
                    <FormattedMessage id="matching.proposal.stale" />
                  </span>
                ) : null}
                {p.match ? (
                  <>
                    <MatchStatusBadge status={p.match.status} />
                    <OpenMatchLink match={{ ...p, id: p.match.id }} />
                  </>
                ) : null}
              </p>
              {error ? (
                <p id={`error-${p.id}`} className="field-error">
                  {errorText(error)}
                </p>
              ) : null}
              <WhyDisclosure criteria={p.criteria} pair={pair} caption={intl.formatMessage({ id: 'matching.breakdown.caption' }, { pair })} />
              {p.status === 'PROPOSED' ? (
                <div className="proposal-actions">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-pressed={kind === 'LOCKED'}
                    disabled={pinning.fetching}
                    onClick={() => void changePin(p, kind === 'LOCKED' ? null : 'LOCKED')}
                  >
                    <LockIcon />
                    <FormattedMessage id="matching.proposal.lock" />
                    <span className="visually-hidden"> {pair}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-danger-outline button-small"
                    disabled={pinning.fetching}
                    onClick={() => void changePin(p, kind === 'EXCLUDED' ? null : 'EXCLUDED')}
                  >
                    <FormattedMessage id={kind === 'EXCLUDED' ? 'matching.proposal.unexclude' : 'matching.proposal.exclude'} />
                    <span className="visually-hidden"> {pair}</span>
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <LoadMore listRef={list} count={proposals.nodes.length} fetching={proposals.fetching} hasNextPage={proposals.hasNextPage} onLoadMore={proposals.loadMore} />
      <ConfirmDialog
        open={confirmAll}
        title={<FormattedMessage id="matching.proposals.approveAll.title" />}
        confirmLabel={<FormattedMessage id="matching.proposals.approveAll" />}
        cancelLabel={<FormattedMessage id="common.cancel" />}
        busy={approval.fetching}
        onCancel={() => setConfirmAll(false)}
        onConfirm={() => {
          setConfirmAll(false);
          void approveProposals();
        }}
      >
        <p>
          <FormattedMessage id="matching.proposals.approveAll.text" />
        </p>
      </ConfirmDialog>
    </div>
  );
}

function LockIcon() {
  return (
    <svg className="button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="5" y="11" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
