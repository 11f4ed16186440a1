import { useEffect, type RefObject } from 'react';

/** After a failed submit, put the keyboard on the first field that needs fixing. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, problems: object, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    // Only after a submit, not while the user types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, problems]);
}
