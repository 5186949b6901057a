import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LegendEntry } from '../cartography/overlay-definition';
import { useT, useWording } from '../i18n/use-t';
import { visibleBranches } from '../overlays/corridor/corridor-overlay';
import { DEFAULT_VISIBLE_LAYERS } from '../overlays/overlays';
import { useExplorer, useExplorerStore } from '../state/explorer-context';
import { drawsRoute, legendOf } from './map-controller';
import { shownBranchesText, wordLegendGroups } from './map-legend';

/** The narrowest map (CSS pixels) on which the key starts open: it is 380 px wide. */
const OPEN_FROM_WIDTH = 860;

/** A swatch for one legend line, drawn as the map draws it. */
function Swatch({ entry }: { entry: LegendEntry }) {
  const width = entry.width ?? 3;
  return (
    <svg width="24" height="12" aria-hidden="true" className="map-legend__swatch">
      {entry.symbol === 'point' ? (
        <circle cx="12" cy="6" r="4.5" fill={entry.colour} stroke="#ffffff" strokeWidth="1" />
      ) : entry.symbol === 'band' ? (
        <line x1="3" y1="6" x2="21" y2="6" stroke={entry.colour} strokeWidth="7" strokeLinecap="round" opacity="0.7" />
      ) : (
        <line
          x1="1"
          y1="6"
          x2="23"
          y2="6"
          stroke={entry.colour}
          strokeWidth={width}
          strokeDasharray={entry.symbol === 'dashed-line' ? '4 3' : undefined}
        />
      )}
    </svg>
  );
}

/**
 * The map's key, floating on the map: what the map draws now (the route, the compared segments,
 * the corridor's modes, statuses and node kinds on the day shown, events, the energy layers with
 * their width scales), and the branches shown. Collapsible; its button says whether it is open.
 */
export function MapLegend() {
  const t = useT();
  const wording = useWording();
  const store = useExplorerStore();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLElement>(null);
  // Open at first on a map wide enough that the key covers little of it; folded on a narrower one.
  // The width is read when the browser lays the page out anyway (a ResizeObserver's first report,
  // still before the first paint), not by forcing a layout in the middle of React's first commit,
  // which cost about 100 ms of the first view.
  useLayoutEffect(() => {
    const parent = ref.current?.parentElement;
    if (!parent) return;
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      setOpen(parent.clientWidth >= OPEN_FROM_WIDTH);
    });
    observer.observe(parent);
    return () => observer.disconnect();
  }, []);
  const bodyId = useId();
  const visibleLayers = useExplorer((state) => state.visibleLayers);
  const hiddenStatuses = useExplorer((state) => state.hiddenEnergyStatuses);
  const routeQuery = useExplorer((state) => state.routeQuery);
  const loaded = useExplorer((state) => state.loaded);
  const compared = useExplorer((state) => state.comparedSegments);
  const preview = useExplorer((state) => state.previewOption);
  const highlight = useExplorer((state) => state.highlightBranch);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key changes with exactly these parts of the state
  const groups = useMemo(() => {
    const state = store.getState();
    return wordLegendGroups(legendOf(state, drawsRoute(state)), wording);
  }, [store, wording, visibleLayers, hiddenStatuses, routeQuery, loaded, compared, preview, highlight]);
  const branches = visibleBranches(visibleLayers ?? DEFAULT_VISIBLE_LAYERS);
  return (
    <section
      ref={ref}
      className={`map-legend${open ? '' : ' map-legend--closed'}`}
      aria-label={t('legend.title')}
      data-testid="map-legend"
    >
      <button
        type="button"
        className="map-legend__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        {t('legend.title')}
      </button>
      <div id={bodyId} className="map-legend__body" hidden={!open}>
        {groups.map((group) => (
          <div key={group.title} className="map-legend__group">
            <h3 className="map-legend__heading">{group.title}</h3>
            <ul className="map-legend__list">
              {group.entries.map((entry) => (
                <li key={`${entry.label}-${entry.colour}`}>
                  <Swatch entry={entry} />
                  {entry.label}
                </li>
              ))}
            </ul>
          </div>
        ))}
        {branches.length > 0 ? (
          <p className="map-legend__branches">
            <span className="map-legend__heading">{t('legend.branchesShown')}</span>{' '}
            {shownBranchesText(branches, wording)}
          </p>
        ) : (
          <p className="map-legend__branches">{t('legend.noBranch')}</p>
        )}
      </div>
    </section>
  );
}
