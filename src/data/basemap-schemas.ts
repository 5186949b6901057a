import { z } from 'zod';

const longitudeLatitude = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const pointGeometry = z.object({ type: z.literal('Point'), coordinates: longitudeLatitude });
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case slugs');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'country is an ISO 3166-1 alpha-2 code');
const sourceIds = z.array(z.string().min(1)).min(1, 'every feature cites at least one source');

/** A city label of the embedded basemap (`geodata/basemap/places.geojson`). */
export const basemapPlaceSchema = z.object({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: z.object({
    id,
    name: z.string().min(1).max(80),
    names: z.record(z.string(), z.string().min(1).max(120)).default({}),
    country: countryCode,
    rank: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    capital: z.boolean(),
    corridor: z.boolean(),
    sources: sourceIds,
    precision: z.enum(['surveyed', 'traced', 'approximate']),
  }),
});

/** A country or water label of the embedded basemap (`geodata/basemap/labels.geojson`). */
export const basemapLabelSchema = z.object({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: z.object({
    id,
    name: z.string().min(1).max(80),
    kind: z.enum(['country', 'sea', 'gulf', 'strait', 'lagoon']),
    /** A country label's ISO 3166-1 alpha-2 code: its name in other languages comes from CLDR. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    minZoom: z.number().min(0).max(22),
    sources: sourceIds,
  }),
});

export type BasemapPlace = z.infer<typeof basemapPlaceSchema>;
export type BasemapLabel = z.infer<typeof basemapLabelSchema>;
