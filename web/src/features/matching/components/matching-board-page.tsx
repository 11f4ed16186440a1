import { useCallback, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { NodeQueryStatus } from '../../../components/node-query-status';
import { PageNotice, type PageNoticeValue } from '../../../components/page-notice';
import { PageHeading } from '../../../components/page-heading';
import { href } from '../../../lib/router';
import { useLatestVersion } from '../../../lib/use-latest-version';
import { MatchingProgrammeQuery, type MatchingProgramme } from '../api/matching-board';
import type { PairPinKind } from '../api/matching-domain';
import { MatchesSection } from './matches-section';
import { PairPinsSection } from './pair-pins-section';
import { PresetSection } from './preset-section';
import { pairKey, type PinOverrides } from './proposal-list';
import { RunSection } from './run-section';
import { WaitingLists } from './waiting-lists';

/**
 * A programme's matching board, for coordinators: who waits, how pairs are scored, one optimal
 * proposal for the whole waiting list to review and approve, the locked and excluded pairs, and
 * the programme's matches.
 */
export function MatchingBoardPage({ programmeId }: { programmeId: string }) {
  const intl = useIntl();
  const [query, refetch] = useQuery({ query: MatchingProgrammeQuery, variables: { id: programmeId }, requestPolicy: 'network-only' });
  const programme = query.data?.node && 'matchingPreset' in query.data.node ? (query.data.node as MatchingProgramme) : null;
  // A save's answer is the latest preset until the refetch catches up.
  const [preset, setSavedPreset] = useLatestVersion(programme?.matchingPreset ?? null);
  const [notice, setNotice] = useState<PageNoticeValue | null>(null);
  // Goes up when matches are approved or pins change: the lists that show them load again.
  const [changes, setChanges] = useState(0);
  const [pins, setPins] = useState<PinOverrides>(new Map());
  const onPinChanged = useCallback(({ newcomerId, buddyId, kind }: { newcomerId: string; buddyId: string; kind: PairPinKind | null }) => {
    setPins((previous) => new Map(previous).set(pairKey(newcomerId, buddyId), kind));
    setChanges((n) => n + 1);
  }, []);
  const onMatchesChanged = useCallback(() => setChanges((n) => n + 1), []);
  const reload = () => {
    setSavedPreset(null);
    setNotice(null);
    refetch({ requestPolicy: 'network-only' });
  };

  const title = programme ? intl.formatMessage({ id: 'matching.title.programme' }, { programme: programme.name }) : intl.formatMessage({ id: 'matching.title' });
  return (
    <>
      <PageHeading title={title} />
      <p>
        <a href={href('/programme', { id: programmeId })}>
          <FormattedMessage id="matching.backToProgramme" />
        </a>
      </p>
      <p className="lead">
        <FormattedMessage id="matching.intro" />
      </p>
      <PageNotice notice={notice} onReload={reload} />
      <NodeQueryStatus error={query.error} notFound={Boolean(query.data && !programme)} loading={!programme && query.fetching} onRetry={reload} />
      {programme && preset ? (
        <>
          <WaitingLists programmeId={programmeId} changes={changes} />
          {/* A new version (saved here, or reloaded) starts the form afresh from what is stored. */}
          <PresetSection key={preset.version} programmeId={programmeId} preset={preset} onSaved={setSavedPreset} onNotice={setNotice} />
          <RunSection programmeId={programmeId} pins={pins} onPinChanged={onPinChanged} onMatchesChanged={onMatchesChanged} onNotice={setNotice} />
          <PairPinsSection programmeId={programmeId} changes={changes} onPinChanged={onPinChanged} onNotice={setNotice} />
          <MatchesSection programmeId={programmeId} changes={changes} />
        </>
      ) : null}
    </>
  );
}
