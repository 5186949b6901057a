import { humaniseId } from '../../domain/readable';
import { useT, useWording } from '../../i18n/use-t';
import { useRequestedData } from '../../state/explorer-context';
import type { BibliographyEntry } from '../../state/explorer-data';
import { localDigits } from '../../ui/details-wording';
import { useTimeWords } from '../../ui/time-words';

/**
 * The corridor's bibliography, asked for when a list of sources is shown (it is not part of the
 * first view): the entries by id once loaded, `undefined` while loading, `null` if it failed (its
 * notice says why; the ids are then shown in words).
 */
function useBibliography(): ReadonlyMap<string, BibliographyEntry> | undefined | null {
  const state = useRequestedData('bibliography');
  if (state.status === 'ready') return state.data.sourceById;
  return state.status === 'error' ? null : undefined;
}

/**
 * Corridor source ids as a list of linked titles with publisher and date (text only, never markup);
 * an id missing from the bibliography reads as words, never as the slug. Titles, publishers and
 * addresses are the sources' own; the dates are written in the language shown (`time-words.ts`).
 */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const time = useTimeWords();
  const bibliography = useBibliography();
  if (bibliography === undefined) {
    return (
      <p className="hint" aria-busy="true">
        {t('details.sources.loading')}
      </p>
    );
  }
  return (
    <ul className="sources">
      {ids.map((id) => {
        const source = bibliography?.get(id);
        if (!source) {
          return (
            <li key={id}>
              {bibliography
                ? t('details.sources.notInBibliography', { source: humaniseId(id) })
                : t('details.sources.bibliographyFailed', { source: humaniseId(id) })}
            </li>
          );
        }
        return (
          <li key={id}>
            <a href={source.url ?? undefined} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
            {' — '}
            {source.datePublished
              ? t('details.sources.publisherDate', {
                  publisher: source.publisher,
                  date: time.date(source.datePublished),
                })
              : source.publisher}
            {source.dateAccessed ? ` ${t('details.sources.accessed', { date: time.date(source.dateAccessed) })}` : ''}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Source ids as short inline references (publisher and year, linked), from the corridor's
 * bibliography, else from `also` (the energy overlays' bibliography, where energy features cite).
 */
export function SourceRefs({
  ids,
  also,
}: {
  ids: readonly string[];
  also?: ReadonlyMap<string, BibliographyEntry> | undefined;
}) {
  const t = useT();
  const wording = useWording();
  const bibliography = useBibliography();
  if (bibliography === undefined) return <span className="source-refs">{t('details.sources.refsLoading')}</span>;
  return (
    <span className="source-refs">
      {ids.map((id, index) => {
        const source = bibliography?.get(id) ?? also?.get(id);
        return (
          <span key={id}>
            {index > 0 ? t('details.separator.semicolon') : ''}
            {source ? (
              <a href={source.url ?? undefined} target="_blank" rel="noopener noreferrer" title={source.title}>
                {source.publisher}
                {source.datePublished ? ` ${localDigits(wording, source.datePublished.slice(0, 4))}` : ''}
              </a>
            ) : bibliography ? (
              t('details.sources.notInBibliography', { source: humaniseId(id) })
            ) : (
              t('details.sources.bibliographyNotLoaded', { source: humaniseId(id) })
            )}
          </span>
        );
      })}
    </span>
  );
}
