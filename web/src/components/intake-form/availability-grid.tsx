import { useIntl } from 'react-intl';
import { DAY_PARTS, WEEKDAYS, weekdayName } from '../../lib/programme-domain';
import { slotKey } from './intake-form-values';

interface AvailabilityGridProps {
  /** Cells as "MON.MORNING". */
  value: string[];
  onChange: (value: string[]) => void;
  invalid: boolean;
  describedBy?: string;
  /** The table's name (the field's label). */
  caption: string;
}

function AvailabilityHead() {
  const intl = useIntl();
  return (
    <thead>
      <tr>
        <td />
        {DAY_PARTS.map((part) => (
          <th key={part} scope="col">
            {intl.formatMessage({ id: `dayPart.${part}` })}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The day's name; narrow screens show its short form, screen readers always hear the long one. */
function DayHeader({ day }: { day: (typeof WEEKDAYS)[number] }) {
  const intl = useIntl();
  return (
    <th scope="row">
      <span className="day-long">{weekdayName(day, intl.locale)}</span>
      <span className="day-short" aria-hidden="true">
        {weekdayName(day, intl.locale, 'short')}
      </span>
    </th>
  );
}

/**
 * The week as a table: a row per day, a column per part of the day, a checkbox in each cell whose
 * name says both ("Monday, morning"), so screen readers need not work out the grid.
 */
export function AvailabilityGrid({ value, onChange, invalid, describedBy, caption }: AvailabilityGridProps) {
  const intl = useIntl();
  const toggle = (cell: string, on: boolean) => onChange(on ? [...value, cell] : value.filter((v) => v !== cell));
  return (
    <div className="availability-wrap">
      <table className="availability-grid">
        <caption className="visually-hidden">{caption}</caption>
        <AvailabilityHead />
        <tbody>
          {WEEKDAYS.map((day) => {
            const dayName = weekdayName(day, intl.locale);
            return (
              <tr key={day}>
                <DayHeader day={day} />
                {DAY_PARTS.map((part) => {
                  const cell = slotKey(day, part);
                  return (
                    <td key={part}>
                      <label className="availability-cell">
                        <input
                          type="checkbox"
                          checked={value.includes(cell)}
                          aria-invalid={invalid || undefined}
                          aria-describedby={describedBy}
                          onChange={(event) => toggle(cell, event.target.checked)}
                        />
                        <span className="visually-hidden">
                          {intl.formatMessage({ id: 'intakeForm.slot' }, { day: dayName, part: intl.formatMessage({ id: `dayPart.${part}` }) })}
                        </span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A person's week, read only: the same table with a mark where they are available. */
export function AvailabilityView({ slots, caption }: { slots: readonly { day: string; part: string }[]; caption: string }) {
  const intl = useIntl();
  const cells = new Set(slots.map((slot) => slotKey(slot.day, slot.part)));
  return (
    <div className="availability-wrap">
      <table className="availability-grid availability-view">
        <caption className="visually-hidden">{caption}</caption>
        <AvailabilityHead />
        <tbody>
          {WEEKDAYS.map((day) => (
            <tr key={day}>
              <DayHeader day={day} />
              {DAY_PARTS.map((part) =>
                cells.has(slotKey(day, part)) ? (
                  <td key={part} className="slot-on">
                    <span aria-hidden="true">✓</span>
                    <span className="visually-hidden">{intl.formatMessage({ id: 'availability.available' })}</span>
                  </td>
                ) : (
                  <td key={part} className="slot-off">
                    <span aria-hidden="true">–</span>
                    <span className="visually-hidden">{intl.formatMessage({ id: 'availability.notAvailable' })}</span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
