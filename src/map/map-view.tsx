import { useEffect, useRef } from 'react';
import { useExplorerStore } from '../state/explorer-context';
import { startMapController } from './map-controller';

/**
 * Hosts the map: a container the map controller draws into, for as long as the component is
 * mounted. Everything the map does is in `startMapController`.
 */
export function MapView() {
  const store = useExplorerStore();
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    return startMapController(store, container);
  }, [store]);
  return <div ref={containerRef} className="map-view" data-testid="map" />;
}
