import { useExplorer } from '../state/explorer-context';

/**
 * What the explorer ignored or changed, in plain words: dropped or clamped link input, a link made
 * with another data version, invalid data, map errors, a basemap fallback. Shown as text only.
 */
export function NoticeList() {
  const linkNotices = useExplorer((state) => state.linkNotices);
  const appNotices = useExplorer((state) => state.appNotices);
  const dismissNotices = useExplorer((state) => state.dismissNotices);
  const count = linkNotices.length + appNotices.length;
  return (
    <section className="notices" aria-label="Notices" role="status" aria-live="polite" data-testid="notices">
      {count > 0 && (
        <>
          <h2 className="notices__title">{linkNotices.length > 0 ? 'Parts of the link were not used' : 'Notices'}</h2>
          <ul className="notices__list">
            {linkNotices.map((notice, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: notices are a fixed list; the same key may be noted twice
              <li key={`link-${index}-${notice.key}`} data-notice-key={notice.key}>
                <code>{notice.key}</code>
                {notice.value ? (
                  <>
                    {' '}
                    <q>{notice.value}</q>
                  </>
                ) : null}
                : {notice.reason}
              </li>
            ))}
            {appNotices.map((notice) => (
              <li key={notice.id} data-notice-id={notice.id}>
                {notice.message}
              </li>
            ))}
          </ul>
          <button type="button" className="notices__dismiss" onClick={dismissNotices}>
            Dismiss
          </button>
        </>
      )}
    </section>
  );
}
