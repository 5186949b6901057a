/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional online basemap style URL, chosen at build time only (never by a link). */
  readonly VITE_BASEMAP_STYLE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** The app's version from package.json, set at build time (vite.config.ts `define`). */
declare const __APP_VERSION__: string;
