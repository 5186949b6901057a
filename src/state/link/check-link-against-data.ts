import { type AssumptionRanges, checkAssumptionOverride } from '../../domain/read-assumption-override';
import { dropUnknownIds, type IdCatalog } from './drop-unknown-ids';
import { linkNotice } from './link-notice';
import type { LinkNotice, LinkState } from './link-state';

/**
 * Drops the assumption overrides (`asm`) whose value lies outside the range the data gives that
 * assumption (`range` in `geodata/assumptions.json`), each with a notice naming the range: the same
 * check, and the same words, as the CLI's `--asm`. Unknown keys are kept (the router reports them
 * with the route). Pure.
 */
export function dropOutOfRangeAssumptions(
  state: LinkState,
  ranges: AssumptionRanges,
): { state: LinkState; notices: LinkNotice[] } {
  if (!state.assumptions) return { state, notices: [] };
  const notices: LinkNotice[] = [];
  const kept = state.assumptions.filter(([key, value]) => {
    const refusal = checkAssumptionOverride(key, value, ranges);
    if (refusal) notices.push(linkNotice('asm', `${key}:${value}`, 'bad-assumption', { detail: refusal }));
    return refusal === undefined;
  });
  if (notices.length === 0) return { state, notices };
  const next: LinkState = { ...state };
  if (kept.length > 0) next.assumptions = kept;
  else delete next.assumptions;
  return { state: next, notices };
}

/**
 * Checks a link against the loaded data: unknown ids are dropped (`dropUnknownIds`) and, once the
 * routing assumptions are in, so are assumption values outside their range. Pure.
 */
export function checkLinkAgainstData(
  state: LinkState,
  catalog: IdCatalog,
  assumptionRanges?: AssumptionRanges,
): { state: LinkState; notices: LinkNotice[] } {
  const ids = dropUnknownIds(state, catalog);
  if (!assumptionRanges) return ids;
  const ranges = dropOutOfRangeAssumptions(ids.state, assumptionRanges);
  return { state: ranges.state, notices: [...ids.notices, ...ranges.notices] };
}
