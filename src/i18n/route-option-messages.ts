import type { DisplayNames } from '../domain/readable';
import type { OptionBasis, OptionTitleFacts, RouteOption, RouteOptionMark } from '../domain/routing/route-options';
import type { MessageId } from './catalogues';
import type { Wording } from './wording';

/**
 * The option cards' words in the language shown (issue 16): each card's title and its "why" line,
 * from the facts `routeOptions` gives beside its English `title` and `why` (which the CSV keeps).
 */

/** Words of each mark, as a badge reads. */
export const ROUTE_OPTION_MARK_MESSAGES = {
  fastest: 'route.option.mark.fastest',
  cheapest: 'route.option.mark.cheapest',
  'lowest-co2': 'route.option.mark.lowest-co2',
} as const satisfies Record<RouteOptionMark, MessageId>;

/** Places as a path: "Moscow → Rostov → Mumbai" (the arrow pointing the way the language reads). */
function pathText(stops: readonly string[], wording: Wording, names: DisplayNames): string {
  const [first, ...rest] = stops.map(names.place);
  return rest.reduce((path, to) => wording.t('route.legs.fromTo', { from: path, to }), first ?? '');
}

/** A card's title: "Western branch (via Azerbaijan)", "All sea via Suez from Novorossiysk", "Best route via Baku". */
export function optionTitle(facts: OptionTitleFacts, wording: Wording, names: DisplayNames): string {
  switch (facts.kind) {
    case 'branch':
      return wording.branch(facts.branch);
    case 'all-sea':
      return facts.port
        ? wording.t('route.option.titleFrom', {
            route: wording.comparisonRoute(facts.label),
            port: names.place(facts.port),
          })
        : wording.comparisonRoute(facts.label);
    case 'forced':
      return facts.via.length > 0
        ? wording.t('route.option.titleForcedVia', {
            branch: wording.branch(facts.branch),
            vias: wording.list(facts.via.map(names.place)),
          })
        : wording.branch(facts.branch);
    case 'best':
      return facts.via.length > 0
        ? wording.t('route.option.titleBestVia', { vias: wording.list(facts.via.map(names.place)) })
        : wording.t('route.option.titleBest');
  }
}

/** The rule a card's route is the best under, as the start of its "why" line. */
function basisText(basis: OptionBasis, wording: Wording, names: DisplayNames): string {
  const criterion = wording.criterionPhrase(basis.criterion);
  switch (basis.kind) {
    case 'best-all-sea':
      return wording.t('route.option.basis.bestAllSea', {
        criterion,
        port: names.place(basis.port),
        from: names.place(basis.from),
      });
    case 'best': {
      const vias = wording.list(basis.via.map(names.place));
      if (basis.forced) {
        const branch = wording.branchPhrase(basis.forced);
        return basis.via.length > 0
          ? wording.t('route.option.basis.forcedVia', { criterion, branch, vias })
          : wording.t('route.option.basis.forced', { criterion, branch });
      }
      return basis.via.length > 0
        ? wording.t('route.option.basis.bestVia', { criterion, vias })
        : wording.t('route.option.basis.best', { criterion });
    }
    case 'branch':
      return wording.t(basis.best ? 'route.option.basis.branchBest' : 'route.option.basis.forced', {
        criterion,
        branch: wording.branchPhrase(basis.branch),
      });
    case 'all-sea': {
      const values = {
        criterion,
        best: basis.best ? 'yes' : 'no',
        passage: basis.label === 'all-sea-suez' ? 'suez' : 'cape',
      };
      return basis.port
        ? wording.t('route.option.basis.allSeaFrom', {
            ...values,
            port: names.place(basis.port),
            from: names.place(basis.from),
          })
        : wording.t('route.option.basis.allSea', values);
    }
  }
}

/** A card's "why" line: the rule, the port it first sails from, the path. */
export function optionWhy(facts: RouteOption['whyFacts'], wording: Wording, names: DisplayNames): string {
  const values = { basis: basisText(facts.basis, wording, names), path: pathText(facts.path, wording, names) };
  if (facts.sailsFrom === undefined) return wording.t('route.option.whyPortInBasis', values);
  const sails = facts.sailsFrom
    ? wording.t('route.option.sailsFrom', { port: names.place(facts.sailsFrom) })
    : wording.t('route.option.landOnly');
  return wording.t('route.option.why', { ...values, sails });
}
