import { useEffect, useRef, useState } from 'react';
import { useExplorerStore } from '../state/explorer-context';
import { MapCardView } from './map-card';
import { startMapController } from './map-controller';
import { MapLegend } from './map-legend-view';
import { MapTooltip } from './map-tooltip';
import { createMapUiStore } from './map-ui-store';
import './map-overlays.css';

/**
 * Hosts the map: a container the map controller draws into, for as long as the component is
 * mounted, and what floats on it: the key, the hover tooltip and the card of the feature clicked or
 * selected. Everything the map itself does is in `startMapController`.
 */
export function MapView() {
  const store = useExplorerStore();
  const [ui] = useState(createMapUiStore);
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    return startMapController(store, container, ui);
  }, [store, ui]);
  return (
    <div className="map-host">
      <div ref={containerRef} className="map-view" data-testid="map" />
      <MapTooltip ui={ui} />
      <MapCardView ui={ui} />
      <MapLegend />
    </div>
  );
}
