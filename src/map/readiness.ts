/** The performance mark of contracts §5. */
const MAP_READY_MARK = 'instc:map-ready';

/**
 * Signals that the link state is applied, the sources are loaded and the map has rendered them
 * (contracts §5). Called once, on the first `idle` after that.
 */
export function signalMapReady(): void {
  if (document.documentElement.dataset.mapReady === 'true') return;
  performance.mark(MAP_READY_MARK);
  document.documentElement.dataset.mapReady = 'true';
}

/** Signals that the map could not start (no WebGL, a failed style); the tables keep working. */
export function signalMapError(): void {
  document.documentElement.dataset.mapReady = 'error';
}
