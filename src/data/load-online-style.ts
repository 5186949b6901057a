import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';

/** How long an online basemap style may take before the embedded basemap is used instead. */
const ONLINE_STYLE_TIMEOUT_MILLISECONDS = 4000;

/** The online style, or the reason it cannot be used. */
export type OnlineStyleResult = { kind: 'style'; style: StyleSpecification } | { kind: 'failed'; reason: string };

/**
 * Fetches the optional online basemap style set at build time (`VITE_BASEMAP_STYLE_URL`). Never
 * throws: a network failure, a timeout or something that is not a MapLibre v8 style comes back as
 * `failed`, and the caller falls back to the embedded basemap. A link can never choose this URL.
 */
export async function loadOnlineStyle(
  url: string,
  timeoutMilliseconds = ONLINE_STYLE_TIMEOUT_MILLISECONDS,
): Promise<OnlineStyleResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMilliseconds);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) return { kind: 'failed', reason: `the style answered HTTP ${response.status}` };
    const style: unknown = await response.json();
    if (
      typeof style !== 'object' ||
      style === null ||
      (style as { version?: unknown }).version !== 8 ||
      !Array.isArray((style as { layers?: unknown }).layers) ||
      typeof (style as { sources?: unknown }).sources !== 'object'
    ) {
      return { kind: 'failed', reason: 'the answer is not a MapLibre style (version 8)' };
    }
    return { kind: 'style', style: style as StyleSpecification };
  } catch (error) {
    const reason = controller.signal.aborted
      ? `no answer within ${timeoutMilliseconds / 1000} s`
      : `it could not be loaded (${error instanceof Error ? error.message : String(error)})`;
    return { kind: 'failed', reason };
  } finally {
    clearTimeout(timer);
  }
}
