import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { SelectField, TextField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import { useProblemText } from '../../../components/use-problem-text';
import type { PersonRole } from '../../../lib/programme-domain';
import { href } from '../../../lib/router';
import { FORM_LEVEL, problemsFromIssues, problemsFromUserErrors, type FieldProblem, type FieldProblems, type UserError } from '../../../lib/user-errors';
import {
  DryRunPeopleImportMutation,
  IMPORT_CONSENT,
  importFormSchema,
  ImportProgrammesQuery,
  StartPeopleImportMutation,
  type ImportField,
  type ImportInput,
  type ImportJob,
  type ImportReport,
} from '../api/people-import';
import { guessMapping } from '../utils/guess-field';
import { readImportFile, type ImportFile } from '../utils/import-file';
import { ColumnMapping } from './column-mapping';
import { ImportReportView } from './import-report';

interface ImportSetupProps {
  initialRole: PersonRole;
  initialProgrammeId: string | null;
  onStarted: (job: ImportJob) => void;
}

type ColumnProblems = Record<number, FieldProblem>;

/** The input as it is sent, and for each mapping entry the file column it came from. */
interface Built {
  input: ImportInput;
  columnOf: number[];
}

const KNOWN_FIELDS = ['role', 'programmeId', 'csvBase64', 'mapping', 'consent'];

/** Choose the role, the programme and the file, map its columns, check it; then start the import. */
export function ImportSetup({ initialRole, initialProgrammeId, onStarted }: ImportSetupProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const [programmes, refetchProgrammes] = useQuery({ query: ImportProgrammesQuery, variables: {}, requestPolicy: 'network-only' });
  const [dryRun, runDryRun] = useMutation(DryRunPeopleImportMutation);
  const [start, startImport] = useMutation(StartPeopleImportMutation);
  const [role, setRole] = useState(initialRole);
  const [programmeId, setProgrammeId] = useState(initialProgrammeId ?? '');
  const [file, setFile] = useState<ImportFile | null>(null);
  const [reading, setReading] = useState(false);
  const [mapping, setMapping] = useState<(ImportField | '')[]>([]);
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [columnProblems, setColumnProblems] = useState<ColumnProblems>({});
  const [checked, setChecked] = useState<{ report: ImportReport; changedSinceCheck: boolean } | null>(null);
  // Each report of problems moves the keyboard to the first one; each new report to its heading.
  const [problemReports, setProblemReports] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const latestRead = useRef(0);
  const busy = reading || dryRun.fetching || start.fetching;

  useEffect(() => {
    if (problemReports > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-problem="true"]')?.focus();
  }, [problemReports]);
  useEffect(() => {
    if (checked) reportHeading.current?.focus();
  }, [checked]);

  const open = (programmes.data?.programmes.edges ?? []).map((edge) => edge.node).filter((programme) => programme.status !== 'CLOSED');

  /** Anything changed: the report no longer describes what an import would do, and the field's problem is gone. */
  function changed(field: string) {
    setChecked(null);
    setProblems(({ [field]: _, ...rest }) => rest);
  }

  function report(next: FieldProblems, columns: ColumnProblems = {}) {
    setProblems(next);
    setColumnProblems(columns);
    setProblemReports((n) => n + 1);
  }

  function changeRole(next: PersonRole) {
    changed('role');
    setRole(next);
    // Capacity is a buddy's: it goes with newcomers, and comes back (as guessed) with buddies.
    const guessed = file ? guessMapping(file.columns.map((column) => column.name), next) : [];
    setMapping((current) =>
      next === 'NEWCOMER'
        ? current.map((field) => (field === 'CAPACITY' ? '' : field))
        : current.includes('CAPACITY')
          ? current
          : current.map((field, index) => (field === '' && guessed[index] === 'CAPACITY' ? 'CAPACITY' : field)),
    );
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const mine = ++latestRead.current;
    // A new file: the problems of the last one and of its mapping are gone.
    const { csvBase64: _file, mapping: _mapping, ...kept } = problems;
    setChecked(null);
    setProblems(kept);
    setColumnProblems({});
    setFile(null);
    setMapping([]);
    setReading(true);
    try {
      const result = await readImportFile(chosen);
      if (mine !== latestRead.current) return;
      if ('problem' in result) {
        report({ ...kept, csvBase64: { code: result.problem } });
        return;
      }
      setFile(result.file);
      setMapping(guessMapping(result.file.columns.map((column) => column.name), role));
    } catch {
      // The browser could not read it at all (moved, or changed while it was being read).
      if (mine === latestRead.current) report({ ...kept, csvBase64: { code: 'UNREADABLE' } });
    } finally {
      if (mine === latestRead.current) setReading(false);
    }
  }

  /** The input, or null after reporting what the form's own checks found. */
  function build(): Built | null {
    const columns = file?.columns ?? [];
    const columnOf = columns.flatMap((column, index) => (column.name && mapping[index] ? [index] : []));
    const values = {
      programmeId,
      csvBase64: file?.base64 ?? '',
      mapping: columnOf.map((index) => ({ column: columns[index].name, field: mapping[index] })),
      consent,
    };
    const twice: ColumnProblems = {};
    const seen = new Set<string>();
    for (const index of columnOf) {
      if (seen.has(mapping[index])) twice[index] = { code: 'TWICE' };
      seen.add(mapping[index]);
    }
    const parsed = importFormSchema.safeParse(values);
    if (!parsed.success || Object.keys(twice).length) {
      const found = parsed.success ? {} : problemsFromIssues(parsed.error.issues);
      // Without a file, why the last one could not be read says more than "choose a file".
      report({ ...found, ...(found.csvBase64 && problems.csvBase64 ? { csvBase64: problems.csvBase64 } : {}) }, twice);
      return null;
    }
    return { input: { role, programmeId, csvBase64: parsed.data.csvBase64, mapping: parsed.data.mapping, consent: IMPORT_CONSENT }, columnOf };
  }

  /** userErrors at their fields: ["input", "mapping", "2", "column"] at the column the third mapping entry came from. */
  function reportUserErrors(userErrors: readonly UserError[], columnOf: number[]) {
    const columns: ColumnProblems = {};
    const rest: UserError[] = [];
    for (const userError of userErrors) {
      const path = userError.field[0] === 'input' ? userError.field.slice(1) : userError.field;
      const column = path[0] === 'mapping' && path.length > 1 ? columnOf[Number(path[1])] : undefined;
      if (column === undefined) rest.push(userError);
      else columns[column] ??= { code: userError.code, message: userError.message };
    }
    report(problemsFromUserErrors(rest), columns);
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const built = build();
    if (!built) return;
    setColumnProblems({});
    const answer = await runDryRun({ input: built.input });
    const payload = answer.data?.dryRunPeopleImport;
    if (!payload) return;
    if (payload.userErrors.length) reportUserErrors(payload.userErrors, built.columnOf);
    else if (payload.report) {
      setProblems({});
      setChecked({ report: payload.report, changedSinceCheck: false });
    }
  }

  async function importFile() {
    if (busy) return;
    const built = build();
    if (!built) return;
    const answer = await startImport({ input: built.input });
    const payload = answer.data?.startPeopleImport;
    if (!payload) return;
    if (payload.userErrors.length) {
      setChecked(null);
      reportUserErrors(payload.userErrors, built.columnOf);
    } else if (payload.job) {
      onStarted(payload.job);
    } else if (payload.report) {
      // Checked again on import, the file has problems now (people changed in Tandem meanwhile).
      setChecked({ report: payload.report, changedSinceCheck: true });
    }
  }

  const other = Object.entries(problems).filter(([field]) => !KNOWN_FIELDS.includes(field));
  const clean = checked !== null && checked.report.errorCount === 0;

  if (programmes.error) return <ApiErrorNotice error={programmes.error} onRetry={() => refetchProgrammes({ requestPolicy: 'network-only' })} />;
  if (programmes.fetching && !programmes.data) {
    return (
      <p className="loading">
        <FormattedMessage id="common.loading" />
      </p>
    );
  }
  if (open.length === 0) {
    return (
      <div className="card">
        <p>
          <FormattedMessage id="register.noProgrammes" />
        </p>
        <a href={href('/programmes/new')}>
          <FormattedMessage id="programmes.new" />
        </a>
      </div>
    );
  }

  return (
    <>
      <form ref={form} className="card form" onSubmit={(event) => void check(event)} noValidate aria-busy={busy}>
        {other.length ? (
          <ErrorNotice>
            {other.map(([field, problem]) => (
              <p key={field || FORM_LEVEL}>{problemText(field, problem)}</p>
            ))}
          </ErrorNotice>
        ) : null}
        <fieldset className="field">
          <legend className="field-label">
            <FormattedMessage id="peopleImport.role" />
          </legend>
          <div className="radio-options">
            {(['NEWCOMER', 'BUDDY'] as const).map((option) => (
              <label key={option} className="radio">
                <input type="radio" name="role" value={option} checked={role === option} onChange={() => changeRole(option)} />
                <span>
                  <FormattedMessage id={option === 'BUDDY' ? 'peopleImport.role.BUDDY' : 'peopleImport.role.NEWCOMER'} />
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField
          label={<FormattedMessage id="peopleImport.programme" />}
          hint={<FormattedMessage id="peopleImport.programme.hint" />}
          name="programme"
          value={programmeId}
          onChange={(event) => {
            changed('programmeId');
            setProgrammeId(event.target.value);
          }}
          error={problemText('programmeId', problems.programmeId)}
        >
          <option value="">{intl.formatMessage({ id: 'intakeForm.choose' })}</option>
          {open.map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.status === 'DRAFT' ? intl.formatMessage({ id: 'register.draftProgramme' }, { name: programme.name }) : programme.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={<FormattedMessage id="peopleImport.file" />}
          hint={<FormattedMessage id="peopleImport.file.hint" />}
          type="file"
          name="file"
          accept=".csv,text/csv"
          // Choosing the same file again (corrected and saved under its name) is a new choice.
          onClick={(event) => {
            event.currentTarget.value = '';
          }}
          onChange={(event) => void chooseFile(event)}
          error={problemText('csvBase64', problems.csvBase64)}
        />
        {reading ? (
          <p className="loading" role="status">
            <FormattedMessage id="peopleImport.file.reading" />
          </p>
        ) : file ? (
          <p className="import-file-summary" data-testid="import-file-summary">
            <FormattedMessage
              id={file.delimiter === ';' ? 'peopleImport.file.chosenSemicolons' : 'peopleImport.file.chosenCommas'}
              values={{ name: file.name, columns: file.columns.length }}
            />
          </p>
        ) : null}
        {file ? (
          <ColumnMapping
            role={role}
            columns={file.columns}
            value={mapping}
            onChange={(index, field) => {
              changed('mapping');
              setColumnProblems(({ [index]: _, ...rest }) => rest);
              setMapping((current) => current.map((value, i) => (i === index ? field : value)));
            }}
            problem={problems.mapping}
            columnProblems={columnProblems}
          />
        ) : null}
        <div className={`field consent-field ${problems.consent ? 'field-invalid' : ''}`}>
          <div className="checkbox">
            <input
              type="checkbox"
              id="import-consent"
              checked={consent}
              aria-invalid={problems.consent ? true : undefined}
              aria-describedby={`import-consent-hint${problems.consent ? ' import-consent-error' : ''}`}
              onChange={(event) => {
                changed('consent');
                setConsent(event.target.checked);
              }}
            />
            <label htmlFor="import-consent">
              <FormattedMessage id="peopleImport.consent" />
            </label>
          </div>
          <p id="import-consent-hint" className="field-hint consent-hint">
            <FormattedMessage id="peopleImport.consent.hint" />
          </p>
          {problems.consent ? (
            <p id="import-consent-error" className="field-error">
              {problemText('consent', problems.consent)}
            </p>
          ) : null}
        </div>
        {dryRun.error ? <ApiErrorNotice error={dryRun.error} /> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            <FormattedMessage id={dryRun.fetching ? 'peopleImport.checking' : 'peopleImport.check'} />
          </button>
        </div>
      </form>

      {checked ? (
        <ImportReportView report={checked.report} changedSinceCheck={checked.changedSinceCheck} headingRef={reportHeading}>
          <div className="import-start">
            {start.error ? <ApiErrorNotice error={start.error} /> : null}
            <p id="import-start-hint" className="field-hint">
              <FormattedMessage
                id={clean ? 'peopleImport.import.hint' : 'peopleImport.import.disabled'}
                values={{ count: checked.report.toCreate + checked.report.toUpdate + checked.report.unchanged }}
              />
            </p>
            <button type="button" className="button button-primary" disabled={!clean || start.fetching} aria-describedby="import-start-hint" onClick={() => void importFile()}>
              <FormattedMessage id={start.fetching ? 'peopleImport.starting' : 'peopleImport.import'} />
            </button>
          </div>
        </ImportReportView>
      ) : null}
    </>
  );
}
