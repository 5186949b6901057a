import { useState } from 'react';
import { plural } from '../domain/readable';
import { useExplorer } from '../state/explorer-context';

/** Notices listed before "and N more"; the rest open on request. */
const SHOWN_NOTICES = 8;

/**
 * What the explorer ignored or changed, in plain words: dropped or clamped link input, a link made
 * with another data version, invalid data, map errors, a basemap fallback. Shown as text only;
 * values from the link are isolated (`<bdi>`) so they cannot turn the sentence around them. A long
 * list shows its first few and says how many more there are. `compact` (embed mode): one line.
 */
export function NoticeList({ compact = false }: { compact?: boolean }) {
  const linkNotices = useExplorer((state) => state.linkNotices);
  const appNotices = useExplorer((state) => state.appNotices);
  const dismissNotices = useExplorer((state) => state.dismissNotices);
  const [showAll, setShowAll] = useState(false);
  const count = linkNotices.length + appNotices.length;
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
              <bdi>{notice.value}</bdi>
            </q>
          </>
        ) : null}
        : {notice.reason}
      </li>
    )),
    ...appNotices.map((notice) => (
      <li key={notice.id} data-notice-id={notice.id}>
        {notice.message}
      </li>
    )),
  ];
  if (compact) {
    return (
      <p className="notices notices--compact" role="status" aria-live="polite" data-testid="notices">
        {count > 0
          ? `${plural(count, 'notice')}: parts of the link or the data were not used; open the full view to read them.`
          : null}
      </p>
    );
  }
  const shown = showAll ? items : items.slice(0, SHOWN_NOTICES);
  return (
    <section className="notices" aria-label="Notices" role="status" aria-live="polite" data-testid="notices">
      {count > 0 && (
        <>
          <h2 className="notices__title">{linkNotices.length > 0 ? 'Parts of the link were not used' : 'Notices'}</h2>
          <ul className="notices__list">{shown}</ul>
          {items.length > shown.length ? (
            <button type="button" className="link-button" onClick={() => setShowAll(true)}>
              and {items.length - shown.length} more
            </button>
          ) : null}
          <button type="button" className="notices__dismiss" onClick={dismissNotices}>
            Dismiss
          </button>
        </>
      )}
    </section>
  );
}
