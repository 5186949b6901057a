import { Fragment, type ReactNode, useState } from 'react';
import { isGroupProblem, problemWords, ruleMessage } from '../i18n/data-rule-messages';
import { LINK_NOTICE_MESSAGES } from '../i18n/link-notice-messages';
import { Message, useT, useWording } from '../i18n/use-t';
import type { Wording } from '../i18n/wording';
import { useExplorer } from '../state/explorer-context';
import type { NoticeProblem, NoticeWords } from '../state/explorer-store';
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
  problems?: readonly NoticeProblem[] | undefined;
}

/** Items (text or elements) as the language lists them: "a, b and c", "a، b و c". */
function listNodes(items: readonly ReactNode[], list: Wording['list']): ReactNode {
  // Each item stands in the list as a private-use marker, then takes its place again.
  const text = list(items.map((_, index) => `\uE000${index}\uE001`));
  const parts = text.split(/\uE000(\d+)\uE001/).map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one formatted list, in their fixed order
    <Fragment key={index}>{index % 2 === 1 ? items[Number(part)] : part}</Fragment>
  ));
  return <>{parts}</>;
}

/** A problem the catalogue cannot word: the checker's English message, marked as English. */
function englishProblem(problem: NoticeProblem): ReactNode {
  const english = <bdi lang="en">{problem.message}</bdi>;
  return isGroupProblem(problem) ? (
    english
  ) : (
    <>
      {problem.feature} ({english})
    </>
  );
}

/**
 * The data problems a notice lists, in the language shown: each feature with the rule it breaks;
 * a problem whose rule the catalogue does not word keeps the checker's English message, marked so.
 */
function problemList(problems: readonly NoticeProblem[], wording: Wording): ReactNode {
  const items = problems.map((problem) =>
    ruleMessage(problem.rule) ? problemWords(problem, wording.t) : englishProblem(problem),
  );
  return listNodes(items, wording.list);
}

/**
 * A notice of the app in the language shown. A `detail` value is the data checker's or the
 * browser's own English text (a file's problem, a network error): it is shown as it is, marked as
 * English, inside the translated sentence; but where the notice lists data problems, a language
 * other than English words them from their rules (the English page keeps the checker's messages).
 */
export function AppNoticeText({ notice }: { notice: AppNoticeShape }) {
  const wording = useWording();
  if (!notice.words) return <>{notice.message}</>;
  const { detail, ...values } = notice.words.values ?? {};
  const english = wording.locale.split('-')[0] === 'en';
  const shown =
    notice.problems && !english ? (
      problemList(notice.problems, wording)
    ) : detail === undefined ? undefined : (
      <bdi lang="en">{detail}</bdi>
    );
  return <Message id={notice.words.id} values={{ ...values, ...(shown === undefined ? {} : { detail: shown }) }} />;
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
