import { z } from 'zod';
import { HALF_EARTH_CIRCUMFERENCE_KILOMETERS } from '../domain/great-circle';
import {
  CAPACITY_BASES,
  CORRIDOR_BRANCHES,
  NAME_LANGUAGES,
  NODE_KINDS,
  PASSAGE_IDS,
  PRECISIONS,
  SEGMENT_MODES,
  SEGMENT_STATUSES,
  TRACTIONS,
  VESSEL_CLASSES,
} from '../domain/vocabulary/vocabulary';
import { partialDateSchema, statusEntrySchema } from './status-history';

/** A stable kebab-case slug (contracts §1). */
const kebabCaseId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case slugs ([a-z0-9-]+)');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as "IR"');
const sourceIds = z
  .array(z.string().min(1, 'a source id is empty'))
  .min(1, 'cites no source: at least one id from sources.json is needed');
const isoDate = z.iso.date('expected a calendar date YYYY-MM-DD');
/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", each a real date. */
const partialDate = partialDateSchema;
const year = z.number().int('a year is a whole number').min(1800).max(2100);
const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
const position = z.tuple([longitude, latitude]);
const linearRing = z
  .array(position)
  .min(4, 'a polygon ring needs at least 4 positions')
  .refine(
    (ring) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    },
    { error: 'a polygon ring must end where it starts' },
  );

const commonProperties = {
  id: kebabCaseId,
  name: z.string().min(1, 'the name is empty'),
  sources: sourceIds,
  asOf: isoDate,
  precision: z.enum(PRECISIONS),
  verified: z.boolean(),
};

/**
 * Reports a rule of the geodata checks; `validateCorridor` reads `params.rule` to name the rule
 * broken, so the report says which rule failed and not only where.
 */
function addRuleIssue(
  context: z.RefinementCtx,
  rule:
    | 'segment-id'
    | 'mode-attributes'
    | 'preferred-length'
    | 'seasonal-months'
    | 'seasonal-effect-sourced'
    | 'seasonal-effect-range'
    | 'id-format'
    | 'length-range',
  path: (string | number)[],
  message: string,
): void {
  context.addIssue({ code: 'custom', message, path, params: { rule } });
}

function checkFeatureId(feature: { id?: string | undefined; properties: { id: string } }, context: z.RefinementCtx) {
  if (feature.id !== undefined && feature.id !== feature.properties.id) {
    addRuleIssue(
      context,
      'id-format',
      ['id'],
      `the feature id "${feature.id}" differs from properties.id "${feature.properties.id}"`,
    );
  }
}

/** A dated status of a node, segment or passage (`until` for a temporary one, `event` behind the change). */
const statusHistoryEntry = statusEntrySchema(SEGMENT_STATUSES);

/** A node of the corridor: a port, rail hub, border crossing, city or dry port (a GeoJSON Point). */
export const corridorNodeSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string().optional(),
    geometry: z.object({ type: z.literal('Point'), coordinates: position }),
    properties: z.object({
      ...commonProperties,
      names: z.partialRecord(z.enum(NAME_LANGUAGES), z.string().min(1)).default({}),
      country: countryCode,
      kind: z.enum(NODE_KINDS),
      note: z.string().optional(),
      /**
       * Whether freight passes the port, hub or crossing (the segment statuses): `operational` unless
       * a source says otherwise. A node closed on a day closes every leg that starts or ends at it.
       */
      status: z.enum(SEGMENT_STATUSES).default('operational'),
      statusHistory: z.array(statusHistoryEntry).default([]),
      /**
       * Where a service moves cargo ship to ship at this port (issue 13): without it the router
       * never transships here; cargo changes ships only where a source says someone does it.
       */
      transshipment: z.object({ sources: sourceIds, note: z.string().min(1) }).optional(),
    }),
  })
  .superRefine(checkFeatureId);

const publishedLength = z.object({
  km: z.number().positive('a published length is more than 0 km'),
  sources: sourceIds,
  note: z.string(),
  preferred: z.boolean().optional(),
  outlier: z.boolean().optional(),
});

const capacityEntry = z.object({
  value: z.number().positive(),
  unit: z.string().min(1),
  basis: z.enum(CAPACITY_BASES),
  year: year.nullable(),
  sources: sourceIds,
  note: z.string().optional(),
});

const month = z.number().int().min(1, 'months are 1 to 12').max(12, 'months are 1 to 12');

/** A figure under the three assumption sets (contracts §7 effect figures of a restricted season). */
const effectValues = z.object({
  optimistic: z.number().min(0, 'an effect figure is 0 or more'),
  central: z.number().min(0, 'an effect figure is 0 or more'),
  pessimistic: z.number().min(0, 'an effect figure is 0 or more'),
});

/**
 * What a restricted season does to a leg that stays open (additive 1.1 §7): extra days on each
 * passage of the leg, a cost per TEU or per tonne, a draught limit, with the sources that give
 * them. A figure the sources do not give is left out, and the note says so.
 */
const seasonalEffect = z.object({
  days: effectValues.optional(),
  usdPerTeu: effectValues.optional(),
  usdPerTonne: effectValues.optional(),
  /** The largest draught in metres a ship may have in the restricted months. */
  draftMetres: z.number().positive('a draught is more than 0 m').optional(),
  sources: z.array(z.string().min(1, 'a source id is empty')).default([]),
  note: z.string().min(1, 'the note is empty'),
});

/**
 * Ice or low water on a leg: `closedMonths` close it (no route uses it in those months);
 * `restrictedMonths` slow it without closing it, by the sourced `effect` (contracts additive 1.1 §7).
 * `closedMonths` is kept (as `[]`) where nothing closes, for readers of version 1.0.
 */
const seasonal = z.object({
  closedMonths: z.array(month).default([]),
  restrictedMonths: z.array(month).optional(),
  effect: seasonalEffect.optional(),
  note: z.string().min(1),
  sources: sourceIds,
});

const segmentProperties = z.object({
  ...commonProperties,
  id: z.string().regex(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/, 'segment ids are kebab-case slugs joined by "--" ([a-z0-9-]+)'),
  from: kebabCaseId,
  to: kebabCaseId,
  mode: z.enum(SEGMENT_MODES),
  vessel: z.enum(VESSEL_CLASSES).optional(),
  gaugeMillimetres: z.number().int().positive().optional(),
  traction: z.enum(TRACTIONS).optional(),
  branch: z.enum(CORRIDOR_BRANCHES),
  status: z.enum(SEGMENT_STATUSES),
  statusHistory: z.array(statusHistoryEntry).default([]),
  expectedOpen: year.optional(),
  gap: z.boolean().optional(),
  publishedLengths: z.array(publishedLength).default([]),
  capacity: z.array(capacityEntry).default([]),
  passages: z.array(z.enum(PASSAGE_IDS)).default([]),
  seasonal: seasonal.optional(),
  countries: z.array(countryCode).min(1, 'lists no country'),
  note: z.string().optional(),
  lengthNote: z.string().min(1).optional(),
});

type SegmentProperties = z.infer<typeof segmentProperties>;

function checkSegmentId(properties: SegmentProperties, context: z.RefinementCtx): void {
  const { id, from, to } = properties;
  const stem = `${from}--${to}`;
  const variant = id.startsWith(`${stem}--`) ? id.slice(stem.length + 2) : undefined;
  if (id !== stem && (variant === undefined || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(variant))) {
    addRuleIssue(
      context,
      'segment-id',
      ['properties', 'id'],
      `the id "${id}" should be "${stem}" or "${stem}--<variant>" (from "${from}" to "${to}")`,
    );
  }
  if (from === to) {
    addRuleIssue(context, 'segment-id', ['properties', 'to'], `the segment starts and ends at the same node "${from}"`);
  }
}

function checkModeAttributes(properties: SegmentProperties, context: z.RefinementCtx): void {
  const { mode } = properties;
  const onWater = mode === 'sea' || mode === 'river';
  if (onWater && properties.vessel === undefined) {
    addRuleIssue(context, 'mode-attributes', ['properties', 'vessel'], `a ${mode} leg needs a vessel`);
  }
  if (!onWater && properties.vessel !== undefined) {
    addRuleIssue(context, 'mode-attributes', ['properties', 'vessel'], `a ${mode} leg has no vessel`);
  }
  if (!onWater && properties.passages.length > 0) {
    addRuleIssue(context, 'mode-attributes', ['properties', 'passages'], `a ${mode} leg declares no passages`);
  }
  if (mode === 'rail') {
    if (properties.gaugeMillimetres === undefined) {
      addRuleIssue(context, 'mode-attributes', ['properties', 'gaugeMillimetres'], 'a rail leg needs gaugeMillimetres');
    }
    if (properties.traction === undefined) {
      addRuleIssue(context, 'mode-attributes', ['properties', 'traction'], 'a rail leg needs a traction');
    }
  } else {
    for (const key of ['gaugeMillimetres', 'traction'] as const) {
      if (properties[key] !== undefined) {
        addRuleIssue(context, 'mode-attributes', ['properties', key], `a ${mode} leg has no ${key}`);
      }
    }
  }
}

function checkPublishedLengths(properties: SegmentProperties, context: z.RefinementCtx): void {
  properties.publishedLengths.forEach((length, index) => {
    if (length.km > HALF_EARTH_CIRCUMFERENCE_KILOMETERS) {
      addRuleIssue(
        context,
        'length-range',
        ['properties', 'publishedLengths', index, 'km'],
        `${length.km} km is more than half the Earth's circumference (${HALF_EARTH_CIRCUMFERENCE_KILOMETERS} km)`,
      );
    }
  });
  const preferredCount = properties.publishedLengths.filter((length) => length.preferred === true).length;
  // None preferred is allowed when the lengthNote says why no value is fit to count (e.g. a press
  // round number for a sea leg): the leg then counts its drawn length.
  const noneWithReason = preferredCount === 0 && (properties.lengthNote ?? '') !== '';
  if (properties.publishedLengths.length > 0 && preferredCount !== 1 && !noneWithReason) {
    addRuleIssue(
      context,
      'preferred-length',
      ['properties', 'publishedLengths'],
      `${properties.publishedLengths.length} published lengths with ${preferredCount} marked preferred; exactly one must be (or none, with a lengthNote saying why none is fit to count)`,
    );
  }
}

function checkSeasonalMonths(properties: SegmentProperties, context: z.RefinementCtx): void {
  const seasonal = properties.seasonal;
  if (!seasonal) return;
  for (const field of ['closedMonths', 'restrictedMonths'] as const) {
    const months = seasonal[field] ?? [];
    if (new Set(months).size !== months.length) {
      addRuleIssue(
        context,
        'seasonal-months',
        ['properties', 'seasonal', field],
        `a month is listed twice in ${months.join(', ')}`,
      );
    }
  }
  const restricted = seasonal.restrictedMonths ?? [];
  const both = seasonal.closedMonths.filter((month) => restricted.includes(month));
  if (both.length > 0) {
    addRuleIssue(
      context,
      'seasonal-months',
      ['properties', 'seasonal', 'restrictedMonths'],
      `months ${both.join(', ')} are both closed and restricted; a month is one or the other`,
    );
  }
  if (seasonal.closedMonths.length === 0 && restricted.length === 0) {
    addRuleIssue(
      context,
      'seasonal-months',
      ['properties', 'seasonal', 'closedMonths'],
      'lists no month: a seasonal limit closes or restricts the leg in at least one month',
    );
  }
}

const EFFECT_FIGURES = ['days', 'usdPerTeu', 'usdPerTonne'] as const;

function checkSeasonalEffect(properties: SegmentProperties, context: z.RefinementCtx): void {
  const effect = properties.seasonal?.effect;
  if (!effect) return;
  const figures: string[] = [
    ...EFFECT_FIGURES.filter((figure) => effect[figure] !== undefined),
    ...(effect.draftMetres === undefined ? [] : ['draftMetres']),
  ];
  if (figures.length > 0 && effect.sources.length === 0) {
    addRuleIssue(
      context,
      'seasonal-effect-sourced',
      ['properties', 'seasonal', 'effect', 'sources'],
      `the effect gives ${figures.join(', ')} but cites no source: every figure needs at least one`,
    );
  }
  for (const figure of EFFECT_FIGURES) {
    const values = effect[figure];
    if (values && !(values.optimistic <= values.central && values.central <= values.pessimistic)) {
      addRuleIssue(
        context,
        'seasonal-effect-range',
        ['properties', 'seasonal', 'effect', figure],
        `${figure} ${values.optimistic} / ${values.central} / ${values.pessimistic}: optimistic ≤ central ≤ pessimistic is needed`,
      );
    }
  }
}

/**
 * A leg of the corridor between two nodes (a GeoJSON LineString running from → to), with its mode,
 * status, published lengths, capacities, passages and seasonal restrictions.
 */
export const corridorSegmentSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string().optional(),
    geometry: z.object({
      type: z.literal('LineString'),
      coordinates: z.array(position).min(2, 'a line needs at least 2 positions'),
    }),
    properties: segmentProperties,
  })
  .superRefine((feature, context) => {
    checkFeatureId(feature, context);
    checkSegmentId(feature.properties, context);
    checkModeAttributes(feature.properties, context);
    checkPublishedLengths(feature.properties, context);
    checkSeasonalMonths(feature.properties, context);
    checkSeasonalEffect(feature.properties, context);
  });

/**
 * A strait, canal or cape (a GeoJSON Polygon or MultiPolygon) where a sea or river leg that declares
 * it may cross the generalised 1:50m land outline.
 */
export const corridorPassageSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string().optional(),
    geometry: z.discriminatedUnion('type', [
      z.object({ type: z.literal('Polygon'), coordinates: z.array(linearRing).min(1) }),
      z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(linearRing).min(1)).min(1) }),
    ]),
    properties: z.object({
      ...commonProperties,
      id: z.enum(PASSAGE_IDS),
      note: z.string().optional(),
      /** Whether ships pass (contracts §7): `operational` unless a source says otherwise. */
      status: z.enum(SEGMENT_STATUSES).default('operational'),
      statusHistory: z.array(statusHistoryEntry).default([]),
    }),
  })
  .superRefine(checkFeatureId);

/** An entry of the bibliography `geodata/sources.json`, cited by id from every feature. */
export const bibliographyEntrySchema = z
  .object({
    id: kebabCaseId,
    title: z.string().min(1, 'the title is empty'),
    publisher: z.string().min(1, 'the publisher is empty'),
    /** The page, as an http(s) URL; `null` for a source with no web page (an editorial estimate, print only), which its `note` describes. */
    url: z
      .url({ protocol: /^https?$/, error: 'expected an http or https URL (or null for a source with no web page)' })
      .nullable(),
    datePublished: partialDate.nullable(),
    dateAccessed: isoDate.nullable(),
    note: z.string().optional(),
    licence: z.string().optional(),
  })
  .refine((entry) => entry.url !== null || (entry.note ?? '').trim() !== '', {
    error: 'a source with no web page (url null) needs a note saying what it is',
    path: ['note'],
  });

/** A validated corridor node; `status` defaults to `operational`, `statusHistory` to `[]`. */
export type CorridorNode = z.infer<typeof corridorNodeSchema>;
/** A validated corridor segment; `statusHistory`, `publishedLengths`, `capacity` and `passages` default to `[]`. */
export type CorridorSegment = z.infer<typeof corridorSegmentSchema>;
/** A validated passage polygon; `status` defaults to `operational`, `statusHistory` to `[]`. */
export type CorridorPassage = z.infer<typeof corridorPassageSchema>;
/** A validated bibliography entry. */
export type BibliographyEntry = z.infer<typeof bibliographyEntrySchema>;
