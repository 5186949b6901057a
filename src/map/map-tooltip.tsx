import { useStore } from 'zustand';
import { useWording } from '../i18n/use-t';
import { useViewDay } from '../state/explorer-context';
import type { MapUiStore } from './map-ui-store';
import { lengthText, useShortDay, useSummaries } from './use-summaries';

/**
 * What is under the pointer, in a few words: name, what it is, its status on the view's day and
 * its lengths (published and computed); when several features are there, how many more. Pointer
 * only: the card and the tables give the same to the keyboard.
 */
export function MapTooltip({ ui }: { ui: MapUiStore }) {
  const hover = useStore(ui, (state) => state.hover);
  const card = useStore(ui, (state) => state.card);
  const { day } = useViewDay();
  const wording = useWording();
  const shortDay = useShortDay();
  const [summary] = useSummaries(hover?.ids.slice(0, 1));
  if (!hover || !summary) return null;
  // The card already says it all about the feature it shows.
  if (card?.ids.length === 1 && card.ids[0] === summary.id) return null;
  const more = hover.ids.length - 1;
  const length = lengthText(summary, wording);
  return (
    <div
      className="map-tooltip"
      role="tooltip"
      data-testid="map-tooltip"
      style={{ left: hover.point.x + 14, top: hover.point.y + 14 }}
    >
      <strong className="map-tooltip__name">{summary.name}</strong>
      <span className="map-tooltip__kind">{summary.kind}</span>
      {summary.status ? (
        <span>{wording.t('card.dayStatus', { day: shortDay(day), status: summary.status })}</span>
      ) : null}
      {length ? <span>{length}</span> : null}
      {more > 0 ? <span className="map-tooltip__more">{wording.t('tooltip.more', { count: more })}</span> : null}
    </div>
  );
}
