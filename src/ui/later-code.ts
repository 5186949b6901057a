let loading: Promise<unknown> | undefined;

/**
 * Fetches, once the map is ready, the code of the parts a first view does not show (the Route tab,
 * the Compare tab, the details of a selection, the tables, the situation on a day), so opening them
 * later is immediate and works offline. A part that fails to load is fetched again when it is
 * opened (its section says so if that fails too).
 */
export function preloadLaterCode(): Promise<unknown> {
  loading ??= Promise.all([
    import('./route-tab'),
    import('./segment-comparison'),
    import('./situation-panel'),
    import('../overlays/corridor/corridor-details'),
    import('../overlays/corridor/network-table'),
    import('../overlays/energy/energy-details'),
    import('../overlays/energy/energy-table'),
  ]).catch((error: unknown) => {
    loading = undefined;
    console.warn('The code of the other tabs could not be loaded ahead of use; each will fetch it when opened.', error);
  });
  return loading;
}
