/**
 * Search that forgives: places, segments and energy assets found by any part of any of their names
 * in any language the data has, by other and former names ("Bombay"), with Cyrillic and Persian
 * typed or matched through a Latin transliteration ("Москва" ↔ "Moskva" ↔ "Moscow"), without
 * diacritics ("Turkmenbasy"), without the Persian ezafe ("Bandar-e Abbas" → "Bandar Abbas"), and
 * with a typo or two ("Mosk" → Moscow, "Tehrn" → Tehran). Pure and small: no dependency, a few
 * hundred entries searched per keystroke.
 */

/** Cyrillic (Russian, Kazakh, Ukrainian letters) to Latin, as place names are usually romanised. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'gh',
  қ: 'k',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ї: 'yi',
  є: 'ye',
};

/**
 * Persian (and Arabic-script variants) to Latin consonants and long vowels; short vowels are not
 * written, so a Persian spelling matches the Latin one by the fuzzy rule ("تهران" → "thran" ≈ "tehran").
 */
const PERSIAN: Readonly<Record<string, string>> = {
  ا: 'a',
  آ: 'a',
  أ: 'a',
  إ: 'e',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: 's',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'z',
  ر: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'z',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'gh',
  ک: 'k',
  ك: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  و: 'v',
  ه: 'h',
  ة: 'h',
  ی: 'i',
  ي: 'i',
  ى: 'i',
  ئ: 'y',
  ؤ: 'v',
  ء: '',
};

/** Words that carry no name: the Persian ezafe ("Bandar-e Abbas") and English fillers. */
const SKIPPED_WORDS: ReadonlySet<string> = new Set(['e', 'ye', 'of', 'the']);

/** Spellings of one word that are the same word in place names. */
const SAME_WORDS: Readonly<Record<string, string>> = {
  saint: 'st',
  sankt: 'st',
  sainte: 'st',
};

/**
 * Text as the search compares it: lower case, no diacritics, Cyrillic and Persian in Latin
 * letters, words split on anything that is not a letter or digit, ezafe and fillers dropped.
 */
export function searchWords(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[\u0400-\u04ff\u0600-\u06ff]/g, (letter) => CYRILLIC[letter] ?? PERSIAN[letter] ?? letter);
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !SKIPPED_WORDS.has(word))
    .map((word) => SAME_WORDS[word] ?? word);
}

/** The edit distance (with transpositions) from `query` to the closest prefix of `word`. */
function prefixDistance(query: string, word: string): number {
  const columns = word.length + 1;
  let beforePrevious = new Array<number>(columns).fill(0);
  let previous = Array.from({ length: columns }, (_, column) => column);
  let current = new Array<number>(columns).fill(0);
  for (let row = 1; row <= query.length; row += 1) {
    current[0] = row;
    for (let column = 1; column < columns; column += 1) {
      const cost = query[row - 1] === word[column - 1] ? 0 : 1;
      let best = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      if (row > 1 && column > 1 && query[row - 1] === word[column - 2] && query[row - 2] === word[column - 1]) {
        best = Math.min(best, (beforePrevious[column - 2] ?? 0) + 1);
      }
      current[column] = best;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  // A prefix of the word: the best cell of the last row (the query fully read).
  return Math.min(...previous);
}

/** How many typos a query word of this length may have. */
function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** How well one query word matches one word of a name (0: not at all). */
function wordScore(query: string, word: string): number {
  if (word === query) return 100;
  if (word.startsWith(query)) return 85;
  if (query.length >= 3 && word.includes(query)) return 55;
  const allowed = allowedTypos(query.length);
  // A typo in the first letter is rare, and checking it would cost most of the time.
  if (allowed === 0 || word[0] !== query[0] || word.length < query.length - allowed) return 0;
  const distance = prefixDistance(query, word);
  return distance <= allowed ? 60 - 15 * distance : 0;
}

/** What can be found: a place, a segment or an energy asset, with every name it goes by. */
export interface Searchable<Kind extends string = string> {
  id: string;
  kind: Kind;
  /** The name shown. */
  name: string;
  /** Other names it is found by: local names, former and other names, old ids, words such as its mode. */
  alsoKnownAs: readonly string[];
}

/** A searchable entry with its words computed once. */
interface IndexedEntry<Entry extends Searchable> {
  entry: Entry;
  order: number;
  /** Each name's words (the shown name first). */
  names: { text: string; words: string[]; compact: string }[];
}

/** Entries prepared for searching. */
export interface SearchIndex<Entry extends Searchable> {
  readonly entries: readonly IndexedEntry<Entry>[];
}

/** A found entry: how well it matched, and the other name it was found by, if not the shown one. */
export interface SearchHit<Entry extends Searchable> {
  entry: Entry;
  score: number;
  /** The other name that matched ("Bombay" for Mumbai), when the shown name did not. */
  matchedName?: string | undefined;
}

/** Prepare entries for searching (once per data set), keeping their order for an empty query and ties. */
export function buildSearchIndex<Entry extends Searchable>(entries: readonly Entry[]): SearchIndex<Entry> {
  return {
    entries: entries.map((entry, order) => ({
      entry,
      order,
      names: [entry.name, ...entry.alsoKnownAs]
        .filter((text) => text.trim().length > 0)
        .map((text) => {
          const words = searchWords(text);
          return { text, words, compact: words.join('') };
        }),
    })),
  };
}

/**
 * How well a query's words match one name (0 unless every query word matches some word of it): the
 * mean of the words' scores, plus a little for a name the query covers more of and for a name that
 * starts with the query's first word; a name equal to the query scores above any other.
 */
function nameScore(queryWords: readonly string[], name: { words: string[]; compact: string }): number {
  const compactQuery = queryWords.join('');
  if (name.compact === compactQuery) return 120;
  let total = 0;
  for (const queryWord of queryWords) {
    let best = 0;
    for (const word of name.words) best = Math.max(best, wordScore(queryWord, word));
    if (best === 0) {
      // "bandarabbas", "stpetersburg": the words run together.
      return name.compact.startsWith(compactQuery) ? 80 : 0;
    }
    total += best;
  }
  const coverage = Math.min(1, queryWords.length / Math.max(1, name.words.length));
  const firstWordBonus = name.words[0]?.startsWith(queryWords[0] ?? '') ? 3 : 0;
  return total / queryWords.length + 10 * coverage + firstWordBonus;
}

/**
 * The entries a query finds, best first (ties in index order), at most `limit`; every entry, in
 * index order, for an empty query. A hit found by another name says which.
 */
export function search<Entry extends Searchable>(
  index: SearchIndex<Entry>,
  query: string,
  limit = 50,
): SearchHit<Entry>[] {
  const queryWords = searchWords(query);
  if (queryWords.length === 0) return index.entries.slice(0, limit).map(({ entry }) => ({ entry, score: 0 }));
  const hits: (SearchHit<Entry> & { order: number })[] = [];
  for (const indexed of index.entries) {
    const scores = indexed.names.map((name) => nameScore(queryWords, name));
    const shown = scores[0] ?? 0;
    let score = shown;
    let matchedName: string | undefined;
    scores.forEach((value, position) => {
      if (value > score) {
        score = value;
        // Say which other name found it only when the shown name alone would not have.
        matchedName = shown > 0 ? undefined : indexed.names[position]?.text;
      }
    });
    if (score > 0) hits.push({ entry: indexed.entry, score, matchedName, order: indexed.order });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.slice(0, limit).map(({ order: _order, ...hit }) => hit);
}
