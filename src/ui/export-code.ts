import { preloadQrCode } from '../map/render-map-image';

let loading: Promise<void> | undefined;

/**
 * Loads, once, what an export needs that the first view does not: the Share & cite tab, the QR
 * code library and jsPDF (each its own chunk) and the font the figure's text is drawn in. Called
 * when the map is ready, so the first view does not pay for it and an export made later works offline. When all of it is in,
 * the page says so: `performance.mark('instc:export-ready')` and `data-export-ready="true"` on the
 * root element (`"failed"` if a part could not be fetched; the next call tries again).
 */
export function preloadExportCode(): Promise<void> {
  loading ??= Promise.all([
    preloadQrCode(),
    import('./report-pdf').then(({ preloadPdf }) => preloadPdf()),
    // The Share & cite tab's own code (loaded when the tab opens), so the tab works offline too.
    import('./share-panel'),
    // i18n-exempt: a CSS font shorthand
    document.fonts?.load('400 16px "Noto Sans"'),
  ]).then(
    () => {
      performance.mark('instc:export-ready');
      document.documentElement.dataset.exportReady = 'true';
    },
    (error: unknown) => {
      loading = undefined;
      document.documentElement.dataset.exportReady = 'failed';
      console.warn('The export code could not be loaded ahead of use; an export will fetch it then.', error);
    },
  );
  return loading;
}
