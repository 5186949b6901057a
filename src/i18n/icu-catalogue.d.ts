/**
 * A language's catalogue imported with `?catalogue` (a folder of per-area JSON files): its messages
 * merged and parsed at build time (scripts/icu-catalogues.ts).
 */
declare module '*?catalogue' {
  import type { MessageFormatElement } from 'react-intl';

  const messages: Record<string, MessageFormatElement[]>;
  export default messages;
}
