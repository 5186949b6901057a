import { humaniseId } from '../../domain/readable';
import { useRequestedData } from '../../state/explorer-context';
import type { BibliographyEntry } from '../../state/explorer-data';

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
 * an id missing from the bibliography reads as words, never as the slug.
 */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const bibliography = useBibliography();
  if (bibliography === undefined) {
    return (
      <p className="hint" aria-busy="true">
        Loading the sources…
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
              {humaniseId(id)} ({bibliography ? 'not in the bibliography' : 'the bibliography could not be loaded'})
            </li>
          );
        }
        return (
          <li key={id}>
            <a href={source.url ?? undefined} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
            {' — '}
            {source.publisher}
            {source.datePublished ? `, ${source.datePublished}` : ''}
            {source.dateAccessed ? ` (accessed ${source.dateAccessed})` : ''}
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
  const bibliography = useBibliography();
  if (bibliography === undefined) return <span className="source-refs">sources loading…</span>;
  return (
    <span className="source-refs">
      {ids.map((id, index) => {
        const source = bibliography?.get(id) ?? also?.get(id);
        return (
          <span key={id}>
            {index > 0 ? '; ' : ''}
            {source ? (
              <a href={source.url ?? undefined} target="_blank" rel="noopener noreferrer" title={source.title}>
                {source.publisher}
                {source.datePublished ? ` ${source.datePublished.slice(0, 4)}` : ''}
              </a>
            ) : (
              `${humaniseId(id)} (${bibliography ? 'not in the bibliography' : 'bibliography not loaded'})`
            )}
          </span>
        );
      })}
    </span>
  );
}
