import { useExplorer } from '../state/explorer-context';

/** Says clearly when the map cannot start, and what still works. */
export function MapStatusMessage() {
  const status = useExplorer((state) => state.mapStatus);
  if (status.kind !== 'error') return null;
  return (
    <div className="map-status" role="alert" data-testid="map-error">
      <h2>The map is not available</h2>
      <p>{status.message}</p>
      <p>
        The side panel still works, links still open and keep their state, and tables and exports do not need the map.
        Try a browser with WebGL (hardware acceleration) turned on to see the map.
      </p>
    </div>
  );
}
