/** What `fetchJson` needs of `fetch` (a test can pass a stand-in). */
export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; json: () => Promise<unknown> }>;

/**
 * Fetches a JSON file of the app's own (the only way src/data reads outside data in the browser);
 * an HTTP error becomes an exception naming the file. The result is not trusted: validate it.
 */
export async function fetchJson(url: string, fetcher: Fetcher = (address) => fetch(address)): Promise<unknown> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}
