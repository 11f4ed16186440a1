import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ViewerMembership } from './viewer';

interface TenantSwitcherProps {
  memberships: ViewerMembership[];
  tenantId: string | null;
  onSwitch: (tenantId: string) => void;
}

// Switching tenant changes what every screen shows, so it takes an explicit button press rather
// than happening while someone arrows through the list (WCAG 3.2.2).
export function TenantSwitcher({ memberships, tenantId, onSwitch }: TenantSwitcherProps) {
  const intl = useIntl();
  const id = useId();
  const [choice, setChoice] = useState(tenantId ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice && choice !== tenantId) onSwitch(choice);
  };
  return (
    <form className="tenant-switcher" onSubmit={submit}>
      <label htmlFor={id}>
        <FormattedMessage id="tenantSwitcher.label" />
      </label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        {memberships.map((m) => (
          <option key={m.id} value={m.tenant.id}>
            {m.tenant.name} — {intl.formatMessage({ id: `role.${m.role}` })}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-small button-header" disabled={!choice || choice === tenantId}>
        <FormattedMessage id="tenantSwitcher.switch" />
      </button>
    </form>
  );
}
