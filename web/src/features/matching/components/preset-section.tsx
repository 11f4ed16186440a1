import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { FieldError, SelectField, TextField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import type { PageNoticeValue } from '../../../components/page-notice';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { apiErrorCode } from '../../../lib/graphql-client';
import { CEFR_LEVELS, type CefrLevel } from '../../../lib/programme-domain';
import { FORM_LEVEL } from '../../../lib/user-errors';
import { UpdateMatchingPresetMutation, type MatchingPreset } from '../api/matching-board';
import { MATCH_CRITERIA, MATCH_CONSTRAINTS, type MatchConstraint, type MatchCriterion } from '../api/matching-domain';
import { issuesAsProblems } from '../utils/form-problems';
import { mutationOutcome } from '../utils/match-outcome';
import { MAX_WEIGHT, presetInput, presetProblems, presetSchema, presetToValues, weightField, type PresetFormValues } from '../utils/preset-form';

interface PresetSectionProps {
  programmeId: string;
  preset: MatchingPreset;
  onSaved: (preset: MatchingPreset) => void;
  onNotice: (notice: PageNoticeValue | null) => void;
}

type Toggle = 'requireVetting' | 'requireTraining' | 'respectGenderPreference' | 'requireCommonLanguage';
// Each switch turns one of the hard constraints on or off; the others always hold.
const TOGGLES: { key: Toggle; constraint: MatchConstraint }[] = [
  { key: 'requireVetting', constraint: 'VETTING' },
  { key: 'requireTraining', constraint: 'TRAINING' },
  { key: 'respectGenderPreference', constraint: 'GENDER_PREFERENCE' },
  { key: 'requireCommonLanguage', constraint: 'LANGUAGE' },
];
const ALWAYS: readonly MatchConstraint[] = MATCH_CONSTRAINTS.filter((c) => c !== 'MAX_DISTANCE' && !TOGGLES.some((t) => t.constraint === c));

/**
 * The programme's matching settings: how much each criterion weighs in a pair's score, and which
 * rules rule a pair out. Saving sends the version it was read at.
 */
export function PresetSection({ programmeId, preset, onSaved, onNotice }: PresetSectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, report, clear } = useFormProblems();
  const [values, setValues] = useState<PresetFormValues>(() => presetToValues(preset));
  const [result, update] = useMutation(UpdateMatchingPresetMutation);
  const set = <K extends keyof PresetFormValues>(key: K, value: PresetFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = presetSchema.safeParse(values);
    if (!parsed.success) {
      report(presetProblems(issuesAsProblems(parsed.error.issues)));
      return;
    }
    clear();
    onNotice(null);
    const answer = await update({ input: presetInput(programmeId, preset.version, parsed.data) });
    const payload = answer.data?.updateMatchingPreset;
    const outcome = mutationOutcome(answer.error, payload, payload?.preset);
    if (outcome.kind === 'saved') {
      onSaved(outcome.value);
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'matching.preset.saved' }) });
    } else if (outcome.kind === 'stale') {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'matching.preset.stale' }), stale: true });
    } else if (outcome.kind === 'invalid') {
      report(presetProblems(outcome.userErrors));
    } else if (apiErrorCode(outcome.error) !== 'NETWORK') {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
    }
  }

  return (
    <section className="card" aria-labelledby="matching-preset">
      <h2 id="matching-preset">
        <FormattedMessage id="matching.preset.title" />
      </h2>
      <p className="field-hint">
        {preset.isDefault ? (
          <FormattedMessage id="matching.preset.isDefault" />
        ) : preset.updatedAt ? (
          <FormattedMessage id="matching.preset.updatedAt" values={{ date: <FormattedDate value={preset.updatedAt} dateStyle="medium" timeStyle="short" /> }} />
        ) : null}
      </p>
      {result.error && apiErrorCode(result.error) === 'NETWORK' ? <ApiErrorNotice error={result.error} /> : null}
      <form ref={form} className="form" onSubmit={submit} noValidate aria-labelledby="matching-preset">
        {problems[FORM_LEVEL] ? (
          <ErrorNotice>
            <p>{problemText('', problems[FORM_LEVEL])}</p>
          </ErrorNotice>
        ) : null}
        <fieldset className="field preset-weights">
          <legend className="form-section-title">
            <FormattedMessage id="matching.preset.weights" />
          </legend>
          <p className="field-hint">
            <FormattedMessage id="matching.preset.weights.hint" values={{ max: MAX_WEIGHT }} />
          </p>
          {problems.weights ? (
            <p className="field-error" role="alert">
              {problemText('weights', problems.weights)}
            </p>
          ) : null}
          <div className="weight-grid">
            {MATCH_CRITERIA.map((criterion) => (
              <WeightField
                key={criterion}
                criterion={criterion}
                value={values.weights[criterion]}
                error={problemText('weight', problems[weightField(criterion)])}
                onChange={(weight) => set('weights', { ...values.weights, [criterion]: weight })}
              />
            ))}
          </div>
        </fieldset>

        <fieldset className="field preset-rules">
          <legend className="form-section-title">
            <FormattedMessage id="matching.preset.rules" />
          </legend>
          <p className="field-hint">
            <FormattedMessage id="matching.preset.rules.hint" />
          </p>
          {TOGGLES.map(({ key, constraint }) => (
            <Toggle
              key={key}
              label={intl.formatMessage({ id: `matchConstraint.${constraint}` })}
              hint={intl.formatMessage({ id: `matching.preset.${key}.hint` })}
              error={problemText(key, problems[key])}
              checked={values[key]}
              onChange={(checked) => set(key, checked)}
            />
          ))}
          <div className="form-row">
            <TextField
              label={<FormattedMessage id="matching.preset.maxDistanceKm" />}
              hint={<FormattedMessage id="matching.preset.maxDistanceKm.hint" />}
              optional={intl.formatMessage({ id: 'common.optional' })}
              className="field-distance"
              name="maxDistanceKm"
              inputMode="numeric"
              value={values.maxDistanceKm}
              error={problemText('maxDistanceKm', problems.maxDistanceKm)}
              onChange={(e) => set('maxDistanceKm', e.target.value)}
            />
            <SelectField
              label={<FormattedMessage id="matching.preset.minimumLanguageLevel" />}
              hint={<FormattedMessage id="matching.preset.minimumLanguageLevel.hint" />}
              name="minimumLanguageLevel"
              value={values.minimumLanguageLevel}
              error={problemText('minimumLanguageLevel', problems.minimumLanguageLevel)}
              onChange={(e) => set('minimumLanguageLevel', e.target.value as CefrLevel)}
            >
              {CEFR_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {intl.formatMessage({ id: `cefr.${level}` })}
                </option>
              ))}
            </SelectField>
          </div>
          <p className="field-hint" id="matching-preset-always">
            <FormattedMessage id="matching.preset.always" />
          </p>
          <ul className="field-hint preset-always" aria-labelledby="matching-preset-always">
            {ALWAYS.map((c) => (
              <li key={c}>{intl.formatMessage({ id: `matchConstraint.${c}` })}</li>
            ))}
          </ul>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={result.fetching}>
            <FormattedMessage id={result.fetching ? 'common.saving' : 'matching.preset.save'} />
          </button>
        </div>
      </form>
    </section>
  );
}

/** A criterion's weight, 0 to 10, as a slider that says its number (and "not counted" at 0). */
function WeightField({ criterion, value, error, onChange }: { criterion: MatchCriterion; value: number; error?: string; onChange: (weight: number) => void }) {
  const intl = useIntl();
  const id = useId();
  const valueText = value === 0 ? intl.formatMessage({ id: 'matching.preset.weight.off' }) : intl.formatMessage({ id: 'matching.preset.weight.value' }, { weight: value, max: MAX_WEIGHT });
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field weight-field ${error ? 'field-invalid' : ''}`}>
      <div className="weight-head">
        <label htmlFor={id} className="field-label">
          {intl.formatMessage({ id: `matchCriterion.${criterion}` })}
        </label>
        <span className="weight-value" aria-hidden="true">
          {valueText}
        </span>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {intl.formatMessage({ id: `matchCriterion.${criterion}.hint` })}
      </p>
      <input
        id={id}
        type="range"
        min={0}
        max={MAX_WEIGHT}
        step={1}
        value={value}
        aria-valuetext={valueText}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

function Toggle({ label, hint, error, checked, onChange }: { label: string; hint: ReactNode; error?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field preset-toggle ${error ? 'field-invalid' : ''}`}>
      <div className="checkbox">
        <input id={id} type="checkbox" checked={checked} aria-describedby={describedBy} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id} className="checkbox-label-strong">
          {label}
        </label>
      </div>
      <p id={`${id}-hint`} className="field-hint checkbox-hint">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error checkbox-hint">
          {error}
        </p>
      ) : null}
    </div>
  );
}
