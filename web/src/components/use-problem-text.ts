import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/locales';
import type { FieldProblem } from '../lib/user-errors';

/**
 * Translates a field problem by its code: "fieldError.<field>.<code>" when a form wants its own
 * wording, else "fieldError.<code>", else the server's message.
 */
export function useProblemText(): (field: string, problem: FieldProblem | undefined) => string | undefined {
  const intl = useIntl();
  return (field, problem) => {
    if (!problem) return undefined;
    for (const id of [`fieldError.${field}.${problem.code}`, `fieldError.${problem.code}`]) {
      if (id in intl.messages) return intl.formatMessage({ id: id as MessageId });
    }
    return problem.message ?? intl.formatMessage({ id: 'fieldError.INVALID' });
  };
}
