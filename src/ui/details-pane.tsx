import { Suspense, useEffect, useRef, useState } from 'react';
import { Message, useDisplayNames, useT } from '../i18n/use-t';
import { OVERLAYS } from '../overlays/overlays';
import { useDataIfLoaded, useExplorer, useLoadedData } from '../state/explorer-context';
import { selectActiveTab } from '../state/explorer-store';
import { TAB_LABELS } from './panel-tabs';

/** The readable name of a selected feature (segment, place, passage, event, pipeline, LNG project, swap). */
export function useFeatureName(featureId: string | undefined): string | undefined {
  const t = useT();
  const corridor = useLoadedData('corridor');
  // Loaded when an energy feature is selected (or a layer shown); a corridor name needs none of it.
  const energy = useDataIfLoaded('energy');
  // Places (and segments named after their ends) in the language shown; other names as the data gives them.
  const names = useDisplayNames(corridor, energy);
  if (featureId === undefined) return undefined;
  const known =
    corridor.segmentById.has(featureId) ||
    corridor.nodeById.has(featureId) ||
    corridor.eventById.has(featureId) ||
    corridor.passages.some((passage) => passage.properties.id === featureId) ||
    energy?.pipelineById.has(featureId) ||
    energy?.lngById.has(featureId) ||
    energy?.swapById.has(featureId);
  return known ? names.feature(featureId) : t('details.selectedFeature');
}

/**
 * A polite live region that says "Selected: NAME" when the selection changes (not for the
 * selection a link opened with, which the page shows as it loads).
 */
export function SelectionAnnouncer() {
  const t = useT();
  const selection = useExplorer((state) => state.selection);
  const name = useFeatureName(selection);
  const [message, setMessage] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setMessage(name ? t('details.selected', { name }) : t('details.selectionCleared'));
  }, [name, t]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="selection-announcement">
      {message}
    </p>
  );
}

/** When something is selected and its details are closed: its name, and buttons to open its details or clear it. */
export function SelectionBar() {
  const t = useT();
  const selection = useExplorer((state) => state.selection);
  const detailsOpen = useExplorer((state) => state.detailsOpen);
  const openDetails = useExplorer((state) => state.openDetails);
  const select = useExplorer((state) => state.select);
  const name = useFeatureName(selection);
  if (!selection || detailsOpen) return null;
  return (
    <div className="selection-bar" data-testid="selection-bar">
      <span>
        <Message id="details.selected" values={{ name: <strong>{name}</strong> }} />
      </span>
      <button type="button" onClick={openDetails}>
        {t('details.open')}
      </button>
      <button type="button" onClick={() => select(undefined)}>
        {t('details.clear')}
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
        {t('details.heading', { name })}
      </h2>
      {/* The heading shows at once; each overlay's details while its code loads say so. */}
      <Suspense fallback={<p className="hint">{t('loading.generic')}</p>}>
        {OVERLAYS.map(({ overlay, panels: { Details } }) => (
          <Details key={overlay.id} featureId={selection} />
        ))}
      </Suspense>
    </section>
  );
}
