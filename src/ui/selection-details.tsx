import { OVERLAYS } from '../overlays/overlays';
import { useExplorer } from '../state/explorer-context';

/** The selected feature's details, from the overlay that owns it (each overlay renders only its own). */
export function SelectionDetails() {
  const selection = useExplorer((state) => state.selection);
  if (!selection) return <p className="hint">Click a segment or a node on the map to see its attributes.</p>;
  return (
    <>
      {OVERLAYS.map(({ overlay, panels: { Details } }) => (
        <Details key={overlay.id} featureId={selection} />
      ))}
    </>
  );
}
