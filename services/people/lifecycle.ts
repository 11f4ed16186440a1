// The lifecycles of newcomers and buddies: which status may follow which. MATCHED is set by the
// matching flow, not by hand.
export type PersonRole = 'NEWCOMER' | 'BUDDY';

export const newcomerStatuses = ['REGISTERED', 'INTAKE_DONE', 'WAITING', 'MATCHED', 'COMPLETED', 'WITHDRAWN'] as const;
export const buddyStatuses = ['APPLIED', 'SCREENED', 'TRAINED', 'AVAILABLE', 'MATCHED', 'PAUSED', 'STOPPED'] as const;
export type PersonStatus = (typeof newcomerStatuses)[number] | (typeof buddyStatuses)[number];

const next: Record<PersonRole, Partial<Record<PersonStatus, PersonStatus[]>>> = {
  NEWCOMER: {
    REGISTERED: ['INTAKE_DONE', 'WITHDRAWN'],
    INTAKE_DONE: ['WAITING', 'WITHDRAWN'],
    WAITING: ['WITHDRAWN'],
    MATCHED: ['COMPLETED', 'WAITING', 'WITHDRAWN'],
    COMPLETED: [],
    WITHDRAWN: ['REGISTERED'],
  },
  BUDDY: {
    APPLIED: ['SCREENED', 'STOPPED'],
    SCREENED: ['TRAINED', 'STOPPED'],
    TRAINED: ['AVAILABLE', 'STOPPED'],
    AVAILABLE: ['PAUSED', 'STOPPED'],
    MATCHED: ['AVAILABLE', 'PAUSED', 'STOPPED'],
    PAUSED: ['AVAILABLE', 'STOPPED'],
    STOPPED: ['APPLIED'],
  },
};

export const initialStatus = (role: PersonRole, intakeDone: boolean): PersonStatus =>
  role === 'BUDDY' ? 'APPLIED' : intakeDone ? 'INTAKE_DONE' : 'REGISTERED';

/** The statuses a coordinator may move a person to now. */
export function allowedNextStatuses(role: PersonRole, status: PersonStatus): PersonStatus[] {
  return next[role][status] ?? [];
}

export function isStatusOf(role: PersonRole, status: string): status is PersonStatus {
  return (role === 'NEWCOMER' ? (newcomerStatuses as readonly string[]) : (buddyStatuses as readonly string[])).includes(status);
}
