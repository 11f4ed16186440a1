import type { ReactNode, RefObject } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { MessageId } from '../../../i18n/locales';
import type { ImportReport, ImportRowError } from '../api/people-import';

/**
 * A row problem in the UI language: "peopleImport.rowError.<FIELD>.<CODE>", else the code's general
 * wording. A general wording leaves out what the API's (English) message says in particular, such
 * as the other row of a duplicate, so that message is shown with it.
 */
function rowErrorText(intl: IntlShape, error: ImportRowError): { text: string; detail: string | null } {
  const specific = `peopleImport.rowError.${error.field}.${error.code}`;
  if (error.field && specific in intl.messages) return { text: intl.formatMessage({ id: specific as MessageId }), detail: null };
  const general = `peopleImport.rowError.${error.code}`;
  if (general in intl.messages) return { text: intl.formatMessage({ id: general as MessageId }), detail: error.message };
  return { text: error.message, detail: null };
}

interface ImportReportViewProps {
  report: ImportReport;
  /** The file was checked again on import and has problems now. */
  changedSinceCheck: boolean;
  /** The heading, focused when the report comes. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** What to do next (the import button), at the end of the report. */
  children?: ReactNode;
}

/** What an import of the file would do, and the problems in its rows. */
export function ImportReportView({ report, changedSinceCheck, headingRef, children }: ImportReportViewProps) {
  const intl = useIntl();
  const number = (value: number) => intl.formatNumber(value);
  const counts = [
    { id: 'peopleImport.report.rows', value: report.totalRows, testId: 'import-rows' },
    { id: 'peopleImport.report.toCreate', value: report.toCreate, testId: 'import-to-create' },
    { id: 'peopleImport.report.toUpdate', value: report.toUpdate, testId: 'import-to-update' },
    { id: 'peopleImport.report.unchanged', value: report.unchanged, testId: 'import-unchanged' },
  ] as const;
  const label = (id: 'peopleImport.report.row' | 'peopleImport.report.column' | 'peopleImport.report.problem') => intl.formatMessage({ id });

  return (
    <section className="card import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" ref={headingRef} tabIndex={-1}>
        <FormattedMessage id="peopleImport.report.title" />
      </h2>
      <ul className="import-counts">
        {counts.map((count) => (
          <li key={count.id} data-testid={count.testId}>
            <FormattedMessage id={count.id} values={{ count: count.value }} />
          </li>
        ))}
        <li data-testid="import-error-count" className={report.errorCount ? 'import-count-problems' : undefined}>
          <FormattedMessage id="peopleImport.report.errors" values={{ count: report.errorCount }} />
        </li>
      </ul>

      {report.errorCount === 0 ? (
        <p className="notice notice-success">
          <FormattedMessage id="peopleImport.report.clean" />
        </p>
      ) : (
        <>
          <div className="notice notice-error">
            {changedSinceCheck ? (
              <p>
                <FormattedMessage id="peopleImport.report.changed" />
              </p>
            ) : null}
            <p>
              <FormattedMessage id="peopleImport.report.fix" />
            </p>
          </div>
          <h3 id="import-errors-heading">
            <FormattedMessage id="peopleImport.report.errorsTitle" />
          </h3>
          {report.errorCount > report.errors.length ? (
            <p>
              <FormattedMessage id="peopleImport.report.firstErrors" values={{ shown: number(report.errors.length), count: number(report.errorCount) }} />
            </p>
          ) : null}
          <div className="table-wrap">
            <table className="table table-stack import-errors" aria-labelledby="import-errors-heading">
              <thead>
                <tr>
                  <th scope="col">{label('peopleImport.report.row')}</th>
                  <th scope="col">{label('peopleImport.report.column')}</th>
                  <th scope="col">{label('peopleImport.report.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((error, index) => {
                  const { text, detail } = rowErrorText(intl, error);
                  return (
                    <tr key={`${error.row}-${error.column ?? ''}-${index}`}>
                      <th scope="row" data-label={label('peopleImport.report.row')}>
                        <span className="import-row-label">{label('peopleImport.report.row')} </span>
                        {number(error.row)}
                      </th>
                      <td data-label={label('peopleImport.report.column')}>
                        {error.column ?? (
                          <span className="muted">
                            <FormattedMessage id="peopleImport.report.wholeRow" />
                          </span>
                        )}
                      </td>
                      <td data-label={label('peopleImport.report.problem')}>
                        <span>
                          {text}
                          {/* The API's own words, in English. */}
                          {detail && detail !== text ? (
                            <span className="cell-sub" lang={intl.locale === 'en' ? undefined : 'en'}>
                              {detail}
                            </span>
                          ) : null}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      {children}
    </section>
  );
}
