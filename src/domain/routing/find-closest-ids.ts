/** A place as the suggestion search sees it: its id and every name it is known by. */
export interface NamedPlace {
  id: string;
  name: string;
  names?: Partial<Record<string, string>> | undefined;
}

/** Levenshtein edit distance (insertions, deletions, substitutions), two-row dynamic programming. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The ids of the places closest to `query`, best first: a prefix of an id or name scores best,
 * then the edit distance to the id or to any name (every language). Returns at most `limit` ids.
 */
export function findClosestIds(query: string, places: readonly NamedPlace[], limit = 5): string[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const scored = places.map((place) => {
    const labels = [place.id, place.name, ...Object.values(place.names ?? {})]
      .filter((label): label is string => typeof label === 'string')
      .map(normalise);
    let score = Number.POSITIVE_INFINITY;
    for (const label of labels) {
      if (label === wanted) score = Math.min(score, 0);
      else if (label.startsWith(wanted) || wanted.startsWith(label)) score = Math.min(score, 0.5);
      else score = Math.min(score, editDistance(wanted, label));
    }
    return { id: place.id, score };
  });
  return scored
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ id }) => id);
}
