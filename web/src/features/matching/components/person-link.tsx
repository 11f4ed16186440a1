import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { href } from '../../../lib/router';
import type { MatchingPerson } from '../api/matching-fragments';
import { matchPagePath } from '../utils/paths';

/** "Amal Haddad"; an erased person is "Erased person" in the UI language (as on the people pages). */
export function matchingPersonName(intl: IntlShape, person: MatchingPerson): string {
  return person.erasedAt ? intl.formatMessage({ id: 'person.erased.name' }) : `${person.firstName} ${person.lastName}`;
}

/** "Amal Haddad and Jan Peeters": a pair, newcomer first. */
export function pairName(intl: IntlShape, pair: { newcomer: MatchingPerson; buddy: MatchingPerson }): string {
  return intl.formatList([matchingPersonName(intl, pair.newcomer), matchingPersonName(intl, pair.buddy)], { type: 'conjunction' });
}

/** A person's name, linking to their page. */
export function PersonLink({ person }: { person: MatchingPerson }) {
  const intl = useIntl();
  return (
    <a href={href('/person', { id: person.id })} className={person.erasedAt ? 'erased-name' : undefined}>
      {matchingPersonName(intl, person)}
    </a>
  );
}

/** "Open the match" (its pair named for screen readers), to the match's page. */
export function OpenMatchLink({ match, className }: { match: { id: string; newcomer: MatchingPerson; buddy: MatchingPerson }; className?: string }) {
  const intl = useIntl();
  return (
    <a className={className} href={href(matchPagePath(match.id))}>
      <FormattedMessage id="matching.openMatch" />
      <span className="visually-hidden"> {pairName(intl, match)}</span>
    </a>
  );
}
