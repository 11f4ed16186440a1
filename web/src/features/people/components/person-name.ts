import type { IntlShape } from 'react-intl';

interface Named {
  firstName: string;
  lastName: string;
  erasedAt: string | null;
}

/**
 * A person's name as the UI shows it: "Amal Haddad", or "Haddad, Amal" for sorted lists. An erased
 * person is "Erased person" in the UI language (the API's placeholder name is English).
 */
export function personName(intl: IntlShape, person: Named, order: 'natural' | 'sortable' = 'natural'): string {
  if (person.erasedAt) return intl.formatMessage({ id: 'person.erased.name' });
  return order === 'sortable' ? `${person.lastName}, ${person.firstName}` : `${person.firstName} ${person.lastName}`;
}
