import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useProblemText } from '../../../components/use-problem-text';
import type { PersonRole } from '../../../lib/programme-domain';
import type { FieldProblem } from '../../../lib/user-errors';
import { fieldsFor, type ImportField } from '../api/people-import';
import type { FileColumn } from '../utils/import-file';

interface ColumnMappingProps {
  role: PersonRole;
  columns: readonly FileColumn[];
  /** Per column: the field it fills in, '' for none. */
  value: readonly (ImportField | '')[];
  onChange: (index: number, field: ImportField | '') => void;
  /** A problem with the mapping as a whole (e.g. no column for the last name). */
  problem?: FieldProblem;
  columnProblems: Readonly<Record<number, FieldProblem>>;
}

/** One row per column of the file: its name, its first value and what it fills in. */
export function ColumnMapping({ role, columns, value, onChange, problem, columnProblems }: ColumnMappingProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const id = useId();
  const label = (key: 'peopleImport.mapping.column' | 'peopleImport.mapping.example' | 'peopleImport.mapping.fillsIn') => intl.formatMessage({ id: key });
  const fields = fieldsFor(role);

  return (
    <fieldset className="field import-mapping" aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}>
      <legend className="field-label">
        <FormattedMessage id="peopleImport.mapping" />
      </legend>
      <p id={`${id}-hint`} className="field-hint">
        <FormattedMessage id="peopleImport.mapping.hint" />
      </p>
      {problem ? (
        // Not a control of its own: it takes the focus when the check finds this problem first.
        <p id={`${id}-error`} className="field-error" tabIndex={-1} data-problem="true">
          {problemText('mapping', problem)}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="table table-stack import-mapping-table">
          <thead>
            <tr>
              <th scope="col">{label('peopleImport.mapping.column')}</th>
              <th scope="col">{label('peopleImport.mapping.example')}</th>
              <th scope="col">{label('peopleImport.mapping.fillsIn')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column, index) => {
              const selectId = `${id}-${index}`;
              const error = problemText('mapping', columnProblems[index]);
              return (
                <tr key={index}>
                  <th scope="row">
                    {column.name || (
                      <span className="muted">
                        <FormattedMessage id="peopleImport.mapping.unnamed" values={{ number: index + 1 }} />
                      </span>
                    )}
                  </th>
                  <td data-label={label('peopleImport.mapping.example')}>
                    <span className="import-example">{column.example || <span className="muted">—</span>}</span>
                  </td>
                  <td data-label={label('peopleImport.mapping.fillsIn')}>
                    {column.name ? (
                      <div className={`field import-mapping-field ${error ? 'field-invalid' : ''}`}>
                        <label htmlFor={selectId} className="visually-hidden">
                          <FormattedMessage id="peopleImport.mapping.selectLabel" values={{ column: column.name }} />
                        </label>
                        <select
                          id={selectId}
                          value={value[index] ?? ''}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${selectId}-error` : undefined}
                          onChange={(event) => onChange(index, event.target.value as ImportField | '')}
                        >
                          <option value="">{intl.formatMessage({ id: 'peopleImport.mapping.none' })}</option>
                          {fields.map((field) => (
                            <option key={field} value={field}>
                              {intl.formatMessage({ id: `peopleImport.field.${field}` })}
                            </option>
                          ))}
                        </select>
                        {error ? (
                          <p id={`${selectId}-error`} className="field-error">
                            {error}
                          </p>
                        ) : null}
                      </div>
                    ) : (
                      <span className="muted">
                        <FormattedMessage id="peopleImport.mapping.unnamedNote" />
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
