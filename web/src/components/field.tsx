import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

// Form fields with their label, hint and error tied together: the error is announced with the
// field (aria-describedby) and the field is marked invalid (aria-invalid).

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: ReactNode;
}

function useFieldIds(hint: unknown, error: unknown) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

// Label, hint, control, error: the hint is read before typing, the error sits where the eye is
// after typing.
function Hint({ hint, id }: { hint?: ReactNode; id: string }) {
  return hint ? (
    <p id={id} className="field-hint">
      {hint}
    </p>
  ) : null;
}

/** A field's error under it (nothing when there is none); its id goes into the control's aria-describedby. */
export function FieldError({ error, id }: { error?: string; id: string }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: ReactNode; optional?: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="field-label">
      {label}
      {optional ? <span className="field-optional"> ({optional})</span> : null}
    </label>
  );
}

export function TextField({ label, hint, error, optional, className, ...input }: FieldFrameProps & InputHTMLAttributes<HTMLInputElement>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      <Hint hint={hint} id={hintId} />
      <input id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...input} />
      <FieldError error={error} id={errorId} />
    </div>
  );
}

export function TextAreaField({ label, hint, error, optional, className, ...textarea }: FieldFrameProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      <Hint hint={hint} id={hintId} />
      <textarea id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...textarea} />
      <FieldError error={error} id={errorId} />
    </div>
  );
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  className,
  children,
  ...select
}: FieldFrameProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      <Hint hint={hint} id={hintId} />
      <select id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...select}>
        {children}
      </select>
      <FieldError error={error} id={errorId} />
    </div>
  );
}

interface CheckboxGroupProps<T extends string> extends FieldFrameProps {
  name: string;
  options: readonly { value: T; label: string; lang?: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
}

export function CheckboxGroup<T extends string>({ label, hint, error, name, options, value, onChange }: CheckboxGroupProps<T>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <fieldset className={`field checkbox-group ${error ? 'field-invalid' : ''}`} aria-describedby={describedBy}>
      <legend className="field-label">{label}</legend>
      <Hint hint={hint} id={hintId} />
      <FieldError error={error} id={errorId} />
      <div className="checkbox-options">
        {options.map((option) => (
          <div className="checkbox" key={option.value}>
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              checked={value.includes(option.value)}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))
              }
            />
            <label htmlFor={`${id}-${option.value}`} lang={option.lang}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
