/** A catalogue imported with `?icu`: its messages parsed at build time (scripts/icu-catalogues.ts). */
declare module '*.json?icu' {
  import type { MessageFormatElement } from 'react-intl';

  const messages: Record<string, MessageFormatElement[]>;
  export default messages;
}
