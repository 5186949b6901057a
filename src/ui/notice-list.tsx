import { useState } from 'react';
import { LINK_NOTICE_MESSAGES } from '../i18n/link-notice-messages';
import { Message, useT } from '../i18n/use-t';
import { useExplorer } from '../state/explorer-context';
import type { NoticeWords } from '../state/explorer-store';
import type { LinkNotice } from '../state/link/link-state';

/** Notices listed before "and N more"; the rest open on request. */
const SHOWN_NOTICES = 8;

/**
 * A link notice's value as shown: the link's own text as it is, but a count the parser made ("12
 * items", "100000 characters", "6000 parts") in the language shown.
 */
function noticeValue(notice: LinkNotice, t: ReturnType<typeof useT>): string {
  const count = notice.parameters.count;
  if (typeof count !== 'number') return notice.value;
  if (notice.code === 'link-too-long') return t('notices.characterCount', { count });
  if (notice.code === 'too-many-parts') return t('notices.partCount', { count });
  if (notice.code === 'too-many-items' || notice.code === 'cut-to-length') return t('notices.itemCount', { count });
  return notice.value;
}

/** What a notice of the app carries: its English message, and its words in the catalogues where given. */
interface AppNoticeShape {
  id: string;
  message: string;
  words?: NoticeWords | undefined;
}

/**
 * A notice of the app in the language shown. A `detail` value is the data checker's or the
 * browser's own English text (a file's problem, a network error): it is shown as it is, marked as
 * English, inside the translated sentence.
 */
function AppNoticeText({ notice }: { notice: AppNoticeShape }) {
  if (!notice.words) return <>{notice.message}</>;
  const { detail, ...values } = notice.words.values ?? {};
  return (
    <Message
      id={notice.words.id}
      values={{ ...values, ...(detail === undefined ? {} : { detail: <bdi lang="en">{detail}</bdi> }) }}
    />
  );
}

/**
 * Notes on the data that was kept (an unsourced estimate, a bibliography entry nothing cites): for
 * the data's maintainers and the curious, folded under one line so they do not push the answer down.
 */
function DataNotes({ notes }: { notes: readonly AppNoticeShape[] }) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <details className="data-notes" data-testid="data-notes">
      <summary>{t('notices.dataNotes')}</summary>
      <ul>
        {notes.map((note) => (
          <li key={note.id} data-notice-id={note.id}>
            <AppNoticeText notice={note} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * What the explorer ignored or changed, in plain words: dropped or clamped link input, a link made
 * with another data version, invalid data, map errors, a basemap fallback. Shown as text only;
 * values from the link are isolated (`<bdi>`) so they cannot turn the sentence around them. A long
 * list shows its first few and says how many more there are. `compact` (embed mode): one line.
 */
export function NoticeList({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const linkNotices = useExplorer((state) => state.linkNotices);
  const appNotices = useExplorer((state) => state.appNotices);
  const dismissNotices = useExplorer((state) => state.dismissNotices);
  const [showAll, setShowAll] = useState(false);
  const alerts = appNotices.filter((notice) => notice.kind !== 'note');
  const notes = appNotices.filter((notice) => notice.kind === 'note');
  const count = linkNotices.length + alerts.length;
  const items = [
    ...linkNotices.map((notice, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: notices are a fixed list; the same key may be noted twice
      <li key={`link-${index}-${notice.key}`} data-notice-key={notice.key}>
        <code>
          <bdi>{notice.key}</bdi>
        </code>
        {notice.value ? (
          <>
            {' '}
            <q>
              <bdi>{noticeValue(notice, t)}</bdi>
            </q>
          </>
        ) : null}
        : {t(LINK_NOTICE_MESSAGES[notice.code], notice.parameters)}
      </li>
    )),
    ...alerts.map((notice) => (
      <li key={notice.id} data-notice-id={notice.id}>
        <AppNoticeText notice={notice} />
      </li>
    )),
  ];
  if (compact) {
    return (
      <p className="notices notices--compact" role="status" aria-live="polite" data-testid="notices">
        {count > 0 ? t('notices.compact', { count }) : null}
      </p>
    );
  }
  const shown = showAll ? items : items.slice(0, SHOWN_NOTICES);
  return (
    <>
      <section
        className="notices"
        aria-label={t('notices.title')}
        role="status"
        aria-live="polite"
        data-testid="notices"
      >
        {count > 0 && (
          <>
            <h2 className="notices__title">{t(linkNotices.length > 0 ? 'notices.linkTitle' : 'notices.title')}</h2>
            <ul className="notices__list">{shown}</ul>
            {items.length > shown.length ? (
              <button type="button" className="link-button" onClick={() => setShowAll(true)}>
                {t('notices.more', { count: items.length - shown.length })}
              </button>
            ) : null}
            <button type="button" className="notices__dismiss" onClick={dismissNotices}>
              {t('notices.dismiss')}
            </button>
          </>
        )}
      </section>
      <DataNotes notes={notes} />
    </>
  );
}
