import type { EventEffectType, EventKind, PassageId } from '../vocabulary/vocabulary';

/**
 * A corridor event (contracts §7): a strike, closure, blockade, sanctions, accident, agreement,
 * opening, construction, weather or other dated happening, with what it affects, its effect while
 * in force, a summary and its sources. `start` and `end` are partial dates (`YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`); `end` is inclusive, `null` while still in force or when the later state is not
 * confirmed (the summary or `confidence` says which).
 */
export interface CorridorEvent {
  readonly id: string;
  readonly kind: EventKind;
  readonly name: string;
  readonly start: string;
  readonly end: string | null;
  readonly affects: {
    readonly features?: readonly string[] | undefined;
    readonly passages?: readonly PassageId[] | undefined;
    readonly countries?: readonly string[] | undefined;
  };
  readonly effect: {
    readonly type: EventEffectType;
    /** Extra days on each leg through what the event affects, while it is in force (sourced). */
    readonly days?: number | undefined;
    readonly usdPerTeu?: number | undefined;
    readonly usdPerTonne?: number | undefined;
    readonly note: string;
  };
  readonly summary: string;
  readonly sources: readonly string[];
  /** How sure the sources are of the dates and facts, and where they disagree. */
  readonly confidence?: string | undefined;
}
