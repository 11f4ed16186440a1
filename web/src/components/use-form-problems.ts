import { useEffect, useRef, useState } from 'react';
import type * as z from 'zod/mini';
import { problemsFromIssues, type FieldProblems } from '../lib/user-errors';

/**
 * A form's field problems, from its own schema or from the API's userErrors. Each time problems
 * are reported, the keyboard moves to the first field that needs fixing.
 */
export function useFormProblems() {
  const form = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [reports, setReports] = useState(0);

  useEffect(() => {
    if (reports > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [reports]);

  const report = (next: FieldProblems) => {
    setProblems(next);
    setReports((n) => n + 1);
  };

  /** The parsed values, or null after reporting what is wrong with them. */
  function check<S extends z.ZodMiniType>(schema: S, values: unknown): z.infer<S> | null {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      report(problemsFromIssues(parsed.error.issues));
      return null;
    }
    setProblems({});
    return parsed.data;
  }

  return { form, problems, report, check, clear: () => setProblems({}) };
}
