import { z } from 'zod';
import { HALF_EARTH_CIRCUMFERENCE_KILOMETERS } from '../domain/great-circle';
import { CAPACITY_BASES, ENERGY_STATUSES, PRECISIONS } from '../domain/vocabulary/vocabulary';
import { statusEntrySchema } from './status-history';

const id = z.string().regex(/^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/, 'ids are kebab-case slugs');
const sources = z.array(z.string().min(1)).min(1, 'cites no source');
const isoDate = z.iso.date('expected YYYY-MM-DD');
const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');

/** Dated statuses (`until` for a temporary one, `event` behind the change), as the corridor's. */
const statusHistory = z.array(statusEntrySchema(ENERGY_STATUSES)).default([]);

const capacity = z.object({
  value: z.number().positive(),
  /** The top of a published range, where the source gives one. */
  valueMax: z.number().positive().optional(),
  unit: z.string().min(1),
  basis: z.enum(CAPACITY_BASES),
  year: z.number().int().nullable(),
  sources,
  note: z.string().optional(),
});

const common = {
  id,
  name: z.string().min(1),
  sources,
  asOf: isoDate,
  precision: z.enum(PRECISIONS),
  verified: z.boolean(),
  note: z.string().optional(),
};

/** A gas or oil pipeline, a planned flow over existing lines, or a concept arrow (LineString). */
export const pipelineSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  properties: z
    .object({
      ...common,
      commodity: z.enum(['gas', 'oil']),
      status: z.enum(ENERGY_STATUSES),
      statusHistory,
      capacity: z.array(capacity).default([]),
      publishedLengths: z
        .array(
          z.object({
            km: z
              .number()
              .positive()
              .max(
                HALF_EARTH_CIRCUMFERENCE_KILOMETERS,
                `more than half the Earth's circumference (${HALF_EARTH_CIRCUMFERENCE_KILOMETERS} km)`,
              ),
            sources,
            note: z.string().optional(),
            preferred: z.boolean().optional(),
          }),
        )
        .default([]),
      parties: z.array(z.string().min(1)).default([]),
      countries: z.array(countryCode).default([]),
      diameterInches: z.number().positive().optional(),
      dates: z.record(z.string(), partialDate).optional(),
      flowKind: z.enum(['pipeline', 'planned-flow', 'concept']).default('pipeline'),
      lengthNote: z.string().optional(),
    })
    .superRefine((properties, context) => {
      const expected = properties.commodity === 'gas' ? 'bcm/yr' : 'b/d';
      properties.capacity.forEach((entry, index) => {
        if (entry.unit !== expected) {
          context.addIssue({
            code: 'custom',
            path: ['capacity', index, 'unit'],
            message: `${properties.commodity} capacity is given in ${expected}, not ${entry.unit}`,
          });
        }
      });
    }),
});

/** An LNG project (Point), capacity in mtpa. */
export const lngProjectSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: position }),
  properties: z
    .object({
      ...common,
      status: z.enum(ENERGY_STATUSES),
      statusHistory,
      capacity: z.array(capacity).default([]),
      parties: z.array(z.string().min(1)).default([]),
      country: countryCode,
      trains: z.number().int().positive().optional(),
    })
    .superRefine((properties, context) => {
      properties.capacity.forEach((entry, index) => {
        if (entry.unit !== 'mtpa') {
          context.addIssue({
            code: 'custom',
            path: ['capacity', index, 'unit'],
            message: `LNG capacity is in mtpa, not ${entry.unit}`,
          });
        }
      });
    }),
});

const swapPoint = z.object({ name: z.string().min(1), country: countryCode, coordinates: position });

/** A gas or oil swap operation: entry and exit points, the pipelines it rides on, volumes. */
export const swapSchema = z.object({
  ...common,
  commodity: z.enum(['gas', 'oil']),
  status: z.enum(ENERGY_STATUSES),
  statusHistory,
  parties: z.array(z.string().min(1)).default([]),
  entry: swapPoint,
  exit: swapPoint,
  pipelines: z.array(z.string().min(1)).default([]),
  volumes: z
    .array(
      z.object({
        value: z.number().positive(),
        valueMax: z.number().positive().optional(),
        unit: z.string().min(1),
        basis: z.enum(['contracted', 'delivered', 'capacity', 'target']),
        period: z.string().nullable().optional(),
        sources,
        note: z.string().optional(),
      }),
    )
    .default([]),
  dates: z.record(z.string(), partialDate).optional(),
});

/** One directed part of a swap on the map: entry, exit (physical) or the virtual connector. */
export const swapFlowSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  properties: z.object({
    ...common,
    name: z.string().min(1).optional(),
    swap: id,
    role: z.enum(['entry', 'exit', 'virtual']),
    order: z.number().int().positive().optional(),
  }),
});

export type Pipeline = z.infer<typeof pipelineSchema>;
export type LngProject = z.infer<typeof lngProjectSchema>;
export type Swap = z.infer<typeof swapSchema>;
export type SwapFlow = z.infer<typeof swapFlowSchema>;
