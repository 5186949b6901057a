/**
 * The Content-Security-Policy of the built app. Everything the app loads is its own (scripts,
 * styles, fonts, geodata, the map's worker); images are drawn on canvases and exported as blobs.
 * `connect-src` is what makes "a link can never make the page fetch another origin" enforced by the
 * browser; an optional online basemap's origin is added at build time (and any origins its tiles
 * use, through `VITE_CSP_CONNECT_ORIGINS`). `frame-ancestors` cannot be set by a meta tag: hosts send
 * it as a header (README).
 */
export function contentSecurityPolicy(extraConnectOrigins: readonly string[] = []): string {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...extraConnectOrigins]],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The origins of the optional online basemap a build is configured with (none by default). */
export function onlineBasemapOrigins(environment: Record<string, string | undefined>): string[] {
  const origins = new Set<string>();
  const styleUrl = environment.VITE_BASEMAP_STYLE_URL;
  if (styleUrl) origins.add(new URL(styleUrl).origin);
  for (const origin of (environment.VITE_CSP_CONNECT_ORIGINS ?? '').split(/\s+/)) {
    if (origin) origins.add(new URL(origin).origin);
  }
  return [...origins];
}
