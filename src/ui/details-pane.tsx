import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { OVERLAYS } from '../overlays/overlays';
import { useDataIfLoaded, useExplorer, useLoadedData } from '../state/explorer-context';
import { selectActiveTab } from '../state/explorer-store';
import { TAB_LABELS } from './panel-tabs';

/** The readable name of a selected feature (segment, place, passage, event, pipeline, LNG project, swap). */
export function useFeatureName(featureId: string | undefined): string | undefined {
  const corridor = useLoadedData('corridor');
  // Loaded when an energy feature is selected (or a layer shown); a corridor name needs none of it.
  const energy = useDataIfLoaded('energy');
  if (featureId === undefined) return undefined;
  return (
    corridor.segmentById.get(featureId)?.properties.name ??
    corridor.nodeById.get(featureId)?.properties.name ??
    corridor.eventById.get(featureId)?.name ??
    corridor.passages.find((passage) => passage.properties.id === featureId)?.properties.name ??
    energy?.pipelineById.get(featureId)?.properties.name ??
    energy?.lngById.get(featureId)?.properties.name ??
    energy?.swapById.get(featureId)?.name ??
    'the selected feature'
  );
}

/**
 * A polite live region that says "Selected: NAME" when the selection changes (not for the
 * selection a link opened with, which the page shows as it loads).
 */
export function SelectionAnnouncer() {
  const selection = useExplorer((state) => state.selection);
  const name = useFeatureName(selection);
  const [message, setMessage] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setMessage(name ? `Selected: ${name}` : 'Selection cleared');
  }, [name]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="selection-announcement">
      {message}
    </p>
  );
}

/** When something is selected and its details are closed: its name, and buttons to open its details or clear it. */
export function SelectionBar() {
  const selection = useExplorer((state) => state.selection);
  const detailsOpen = useExplorer((state) => state.detailsOpen);
  const openDetails = useExplorer((state) => state.openDetails);
  const select = useExplorer((state) => state.select);
  const name = useFeatureName(selection);
  if (!selection || detailsOpen) return null;
  return (
    <div className="selection-bar" data-testid="selection-bar">
      <span>
        Selected: <strong>{name}</strong>
      </span>
      <button type="button" onClick={openDetails}>
        Details
      </button>
      <button type="button" onClick={() => select(undefined)}>
        Clear
      </button>
    </div>
  );
}

/**
 * The details pane: the selected feature's details, from the overlay that owns it, in place of the
 * open tab. Opened by the user, it moves focus to its heading; "Back" returns to the tab (and its
 * button takes the focus), the selection staying on the map.
 */
export function DetailsPane({ onBack }: { onBack: () => void }) {
  const t = useT();
  const selection = useExplorer((state) => state.selection);
  const focusRevision = useExplorer((state) => state.detailsFocusRevision);
  const tab = useExplorer(selectActiveTab);
  const closeDetails = useExplorer((state) => state.closeDetails);
  const name = useFeatureName(selection);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRevision > 0) heading.current?.focus();
  }, [focusRevision]);
  if (!selection) return null;
  return (
    <section className="details-pane" aria-labelledby="details-pane-heading" data-testid="details-pane">
      <div className="details-pane__bar">
        <button
          type="button"
          onClick={() => {
            closeDetails();
            onBack();
          }}
        >
          {t('details.back', { tab: t(TAB_LABELS[tab]) })}
        </button>
      </div>
      <h2 id="details-pane-heading" tabIndex={-1} ref={heading} className="details-pane__heading">
        Details: {name}
      </h2>
      {OVERLAYS.map(({ overlay, panels: { Details } }) => (
        <Details key={overlay.id} featureId={selection} />
      ))}
    </section>
  );
}
