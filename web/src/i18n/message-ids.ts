import type { MessageId } from './locales';

// Message ids are checked by the compiler: formatMessage({ id }) and <FormattedMessage id> accept
// only keys of en.json, so a typo or a removed message fails `npm run typecheck`.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- react-intl's documented extension point
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
