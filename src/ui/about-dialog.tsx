import { useRef } from 'react';
import type { MessageId } from '../i18n/catalogues';
import { useT } from '../i18n/use-t';

/** The documents that say the method in full, by path in the app's repository, with what each holds (its message follows the path). */
const DOCUMENTS: readonly { path: string; what: MessageId }[] = [
  { path: 'docs/routing.md', what: 'about.docs.routing' },
  { path: 'geodata/README.md', what: 'about.docs.geodata' },
  { path: 'docs/links.md', what: 'about.docs.links' },
  { path: 'docs/cli.md', what: 'about.docs.cli' },
];

/**
 * The About / Method dialog (a modal `<dialog>`: focus stays inside, Escape closes it, focus goes
 * back to its button): what the corridor is, how features are sourced and statused, and how routes
 * are computed, with links to the documents that say it in full.
 */
export function AboutDialog() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="header-button" onClick={() => dialog.current?.showModal()}>
        {t('about.button')}
      </button>
      <dialog ref={dialog} className="about-dialog" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('about.heading')}</h2>
        <h3>{t('about.corridor.heading')}</h3>
        <p>{t('about.corridor.text')}</p>
        <h3>{t('about.features.heading')}</h3>
        <p>{t('about.features.text')}</p>
        <h3>{t('about.routes.heading')}</h3>
        <ul>
          <li>{t('about.routes.lengths')}</li>
          <li>{t('about.routes.ranges')}</li>
          <li>{t('about.routes.waits')}</li>
          <li>{t('about.routes.seasons')}</li>
        </ul>
        {/* The app has no fixed public address for its repository, so the documents are named by path. */}
        <p>{t('about.docs.intro')}</p>
        <ul>
          {DOCUMENTS.map((document) => (
            <li key={document.path}>
              {/* A path in the repository is code, read left to right in every language. */}
              <code dir="ltr">{document.path}</code>
              {t(document.what)}
            </li>
          ))}
        </ul>
        <form method="dialog">
          <button type="submit">{t('about.close')}</button>
        </form>
      </dialog>
    </>
  );
}
