import { parseJsonText } from './parse-json-text';

/** What `fetchJson` needs of `fetch` (a test can pass a stand-in). */
export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

/**
 * Fetches a JSON file of the app's own (the only way src/data reads outside data in the browser).
 * An HTTP error or text that is not JSON becomes an exception naming the file (`name`, e.g.
 * `geodata/corridor/segments.geojson`) and, for bad JSON, the line and column; a byte order mark
 * is accepted. The result is not trusted: validate it.
 */
export async function fetchJson(
  url: string,
  name: string,
  fetcher: Fetcher = (address) => fetch(address),
): Promise<unknown> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${name} could not be loaded (HTTP ${response.status})`);
  const parsed = parseJsonText(await response.text());
  if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
  return parsed.value;
}
