import { createStore } from 'zustand/vanilla';

/** A point on the map's container, in CSS pixels from its top left corner. */
interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/** What is under the pointer: the selectable ids there (topmost first) and where the pointer is. */
interface MapHover {
  readonly ids: readonly string[];
  readonly point: ScreenPoint;
}

/**
 * The card anchored on the map: one feature (its summary and actions) or, when a click hit several,
 * a chooser listing them. `lngLat` is what it points at; `point` is where that is on screen now.
 */
interface MapCard {
  readonly ids: readonly string[];
  readonly lngLat: readonly [number, number];
  readonly point: ScreenPoint;
  /** What choosing a feature in the chooser does: select it, or add it to the comparison. */
  readonly purpose: 'select' | 'compare';
}

/** The map's own passing interface state (tooltip, card): never in the link, never in the explorer store. */
export interface MapUiState {
  hover: MapHover | undefined;
  card: MapCard | undefined;
  setHover: (hover: MapHover | undefined) => void;
  openCard: (card: MapCard) => void;
  moveCard: (point: ScreenPoint) => void;
  closeCard: () => void;
}

export function createMapUiStore() {
  return createStore<MapUiState>()((set) => ({
    hover: undefined,
    card: undefined,
    setHover: (hover) =>
      set((previous) =>
        previous.hover === hover ||
        (previous.hover &&
          hover &&
          previous.hover.point.x === hover.point.x &&
          previous.hover.point.y === hover.point.y &&
          previous.hover.ids.join() === hover.ids.join())
          ? previous
          : { hover },
      ),
    openCard: (card) => set({ card }),
    moveCard: (point) => set((previous) => (previous.card ? { card: { ...previous.card, point } } : previous)),
    closeCard: () => set({ card: undefined }),
  }));
}

export type MapUiStore = ReturnType<typeof createMapUiStore>;
