import type { CapacityFigure, SegmentRow } from '../domain/segment-rows';
import type { MessageId } from '../i18n/catalogues';
import type { Wording } from '../i18n/wording';

/**
 * The words of the feature details, the Find box and the network and energy tables that the shared
 * `Wording` does not have (issue 16): traction, the energy overlays' kinds, commodities, volume bases
 * and milestones, capacity units that are words, data strings in the language's digits (dates and
 * seasonal effects are `time-words.ts`'s). Each table names
 * its message ids in full; a value the table does not know reads as the data gives it.
 */

const TRACTION: Record<string, MessageId> = {
  diesel: 'details.tractionWord.diesel',
  electric: 'details.tractionWord.electric',
  mixed: 'details.tractionWord.mixed',
};

/** Capacity units the data writes in words; other units (Mt/yr, bcm/yr, mtpa, b/d…) are international abbreviations. */
const UNIT_WORDS: Record<string, MessageId> = {
  'train pairs/day': 'details.unit.trainPairsPerDay',
  'Mt/yr freight': 'details.unit.mtPerYearFreight',
};

/** What a pipeline line is, by commodity and kind: "Gas pipeline". */
const PIPELINE_KIND: Record<string, MessageId> = {
  'gas.pipeline': 'energyDetails.kind.gas.pipeline',
  'gas.planned-flow': 'energyDetails.kind.gas.planned-flow',
  'gas.concept': 'energyDetails.kind.gas.concept',
  'oil.pipeline': 'energyDetails.kind.oil.pipeline',
  'oil.planned-flow': 'energyDetails.kind.oil.planned-flow',
  'oil.concept': 'energyDetails.kind.oil.concept',
};

/** A kind of energy asset as a table cell: "Planned flow", "LNG project". */
const ENERGY_KIND: Record<string, MessageId> = {
  pipeline: 'tables.kind.pipeline',
  'planned-flow': 'tables.kind.planned-flow',
  concept: 'tables.kind.concept',
  lng: 'tables.kind.lng',
  swap: 'tables.kind.swap',
};

const COMMODITY: Record<string, MessageId> = { gas: 'tables.commodity.gas', oil: 'tables.commodity.oil' };

const SWAP: Record<string, MessageId> = { gas: 'energyDetails.swap.gas', oil: 'energyDetails.swap.oil' };

const VOLUME_BASIS: Record<string, MessageId> = {
  contracted: 'energyDetails.volumeBasis.contracted',
  delivered: 'energyDetails.volumeBasis.delivered',
  capacity: 'energyDetails.volumeBasis.capacity',
  target: 'energyDetails.volumeBasis.target',
};

const PERIOD: Record<string, MessageId> = {
  winter: 'energyDetails.period.winter',
  summer: 'energyDetails.period.summer',
};

/** The dated milestones of a pipeline or swap. */
const MILESTONE: Record<string, MessageId> = {
  announced: 'energyDetails.date.announced',
  construction: 'energyDetails.date.construction',
  commissioned: 'energyDetails.date.commissioned',
  signed: 'energyDetails.date.signed',
  start: 'energyDetails.date.start',
  suspended: 'energyDetails.date.suspended',
  lastFlows: 'energyDetails.date.lastFlows',
};

const word = (wording: Wording, table: Record<string, MessageId>, value: string, fallback = value) => {
  const id = table[value];
  return id ? wording.t(id) : fallback;
};

/** A rail leg's traction as an adjective: "diesel". */
export function tractionWord(wording: Wording, traction: string): string {
  return word(wording, TRACTION, traction);
}

/** A capacity unit: words translated, abbreviations as the source gives them. */
export function capacityUnit(wording: Wording, unit: string): string {
  return word(wording, UNIT_WORDS, unit);
}

/** "Gas pipeline", "Oil concept". */
export function pipelineKind(wording: Wording, commodity: string, flowKind: string): string {
  return word(wording, PIPELINE_KIND, `${commodity}.${flowKind}`, `${commodity} ${flowKind}`);
}

/** An energy asset's kind as a table cell: "Pipeline", "Planned flow", "LNG project", "Swap". */
export function energyKind(wording: Wording, kind: string): string {
  return word(wording, ENERGY_KIND, kind);
}

/** "Gas", "Oil". */
export function commodityName(wording: Wording, commodity: string): string {
  return word(wording, COMMODITY, commodity);
}

/** "Gas swap", "Oil swap". */
export function swapKind(wording: Wording, commodity: string): string {
  return word(wording, SWAP, commodity, energyKind(wording, 'swap'));
}

/** What a swap volume counts: "delivered", "contracted". */
export function volumeBasis(wording: Wording, basis: string): string {
  return word(wording, VOLUME_BASIS, basis);
}

/** A pipeline's milestone: "Commissioned". */
export function milestoneName(wording: Wording, milestone: string): string {
  return word(wording, MILESTONE, milestone);
}

/** Digits of a data string (a period "2022/2024", an id) in the language's digits; the rest as it is. */
export function localDigits(wording: Wording, text: string): string {
  return text.replace(/[0-9]/g, (digit) => wording.number(Number(digit), { useGrouping: false }));
}

/** A year, or any whole number that is a name rather than a quantity ("2030", "1435"): no grouping. */
export function plainNumber(wording: Wording, value: number): string {
  return wording.number(value, { useGrouping: false });
}

/** A volume's period: a season in words, a span of dates in the language's digits. */
/** A capacity figure's basis, with its year where given: "(design, 2019)", "(target)". */
export function capacityBasisText(
  wording: Wording,
  entry: { basis: string; year?: number | null | undefined },
): string {
  return entry.year
    ? wording.t('details.capacityBasisYear', {
        basis: wording.capacityBasis(entry.basis),
        year: plainNumber(wording, entry.year),
      })
    : wording.t('details.capacityBasis', { basis: wording.capacityBasis(entry.basis) });
}

export function periodText(wording: Wording, period: string): string {
  return word(wording, PERIOD, period, localDigits(wording, period));
}

/** Items joined as the language separates them in a run of data: "a, b", "a، b". */
export function commaList(wording: Wording, items: readonly string[]): string {
  return items.join(wording.t('details.separator.comma'));
}

/** Items joined as the language separates clauses: "a; b", "a؛ b". */
export function semicolonList(wording: Wording, items: readonly string[]): string {
  return items.join(wording.t('details.separator.semicolon'));
}

/**
 * A segment's mode with what qualifies it, in the language shown (the counterpart of `describeMode`):
 * the vessel class of a sea or river leg ("Sea (Caspian river–sea)"), the gauge and traction of a
 * rail leg ("Rail (1520 mm, electric)"), or the mode alone ("Road").
 */
export function segmentModeText(
  wording: Wording,
  row: Pick<SegmentRow, 'mode'> & Partial<Pick<SegmentRow, 'vessel' | 'gaugeMillimetres' | 'traction'>>,
): string {
  if (row.vessel !== undefined) return wording.modeWithVessel(row.mode, row.vessel);
  const qualifiers = [
    row.gaugeMillimetres === undefined
      ? undefined
      : wording.t('tables.gauge', { gauge: plainNumber(wording, row.gaugeMillimetres) }),
    row.traction === undefined ? undefined : tractionWord(wording, row.traction),
  ].filter((qualifier) => qualifier !== undefined);
  const mode = wording.mode(row.mode);
  return qualifiers.length === 0
    ? mode
    : wording.t('tables.modeQualified', { mode, qualifiers: commaList(wording, qualifiers) });
}

/**
 * Capacity figures as published, in the language shown (the counterpart of `describeCapacity`):
 * value and unit as the source gives them, then the basis and, where known, the year:
 * "6 Mt/yr (design); 4.7 Mt/yr (target, 2026)".
 */
export function capacitiesText(wording: Wording, capacities: readonly CapacityFigure[]): string {
  return semicolonList(
    wording,
    capacities.map(({ value, unit, basis, year }) => {
      const basisWord = wording.capacityBasis(basis);
      const qualifier =
        year === null
          ? wording.t('details.capacityBasis', { basis: basisWord })
          : wording.t('details.capacityBasisYear', { basis: basisWord, year: plainNumber(wording, year) });
      return `${wording.number(value, { maximumFractionDigits: 2 })} ${capacityUnit(wording, unit)} ${qualifier}`;
    }),
  );
}
