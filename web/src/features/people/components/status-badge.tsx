import { useIntl } from 'react-intl';
import type { PersonStatus } from '../api/people';

// Colour groups: waiting for the coordinator, on their way, matched or done, stopped.
const TONE: Record<PersonStatus, 'pending' | 'progress' | 'active' | 'closed'> = {
  REGISTERED: 'pending',
  APPLIED: 'pending',
  INTAKE_DONE: 'progress',
  WAITING: 'progress',
  SCREENED: 'progress',
  TRAINED: 'progress',
  AVAILABLE: 'active',
  MATCHED: 'active',
  COMPLETED: 'active',
  PAUSED: 'closed',
  WITHDRAWN: 'closed',
  STOPPED: 'closed',
};

export function StatusBadge({ status }: { status: PersonStatus }) {
  const intl = useIntl();
  return <span className={`badge badge-person-${TONE[status]}`}>{intl.formatMessage({ id: `personStatus.${status}` })}</span>;
}
