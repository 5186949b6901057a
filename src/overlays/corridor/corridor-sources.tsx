import { humaniseId } from '../../domain/readable';
import type { BibliographyEntry, CorridorData } from '../../state/explorer-data';

/**
 * Corridor source ids as a list of linked titles with publisher and date (text only, never markup);
 * an id missing from the bibliography reads as words, never as the slug.
 */
export function SourceList({ ids, corridor }: { ids: readonly string[]; corridor: CorridorData }) {
  return (
    <ul className="sources">
      {ids.map((id) => {
        const source = corridor.sourceById.get(id);
        if (!source) return <li key={id}>{humaniseId(id)} (not in the bibliography)</li>;
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
  corridor,
  also,
}: {
  ids: readonly string[];
  corridor: CorridorData;
  also?: ReadonlyMap<string, BibliographyEntry> | undefined;
}) {
  return (
    <span className="source-refs">
      {ids.map((id, index) => {
        const source = corridor.sourceById.get(id) ?? also?.get(id);
        return (
          <span key={id}>
            {index > 0 ? '; ' : ''}
            {source ? (
              <a href={source.url ?? undefined} target="_blank" rel="noopener noreferrer" title={source.title}>
                {source.publisher}
                {source.datePublished ? ` ${source.datePublished.slice(0, 4)}` : ''}
              </a>
            ) : (
              `${humaniseId(id)} (not in the bibliography)`
            )}
          </span>
        );
      })}
    </span>
  );
}
