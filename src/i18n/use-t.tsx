import { type ReactNode, useCallback } from 'react';
import { type PrimitiveType, useIntl } from 'react-intl';
import type { MessageId } from './catalogues';

/** Values a message's placeholders take. */
export type MessageValues = Record<string, PrimitiveType>;

/**
 * The interface's words: `t('tabs.overview')`, `t('notices.count', { count })`. Every string a
 * reader sees comes from the catalogues through this (or `intlNow()` outside React).
 */
export function useT(): (id: MessageId, values?: MessageValues) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values), [intl]);
}

/**
 * A message whose placeholders take elements as well as text (a linked title, a marked-up figure):
 * `<Message id="footer.credits" values={{ version: <span>…</span> }} />`.
 */
export function Message({ id, values }: { id: MessageId; values?: Record<string, ReactNode> }): ReactNode {
  const intl = useIntl();
  return <>{intl.formatMessage({ id }, values)}</>;
}
