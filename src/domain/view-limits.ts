/**
 * The camera limits of the explorer. They are product decisions, shared by the map, the link
 * parser (which clamps to them) and the tests.
 */

/**
 * Highest zoom at which the embedded Natural Earth 1:50m basemap is honest. At zoom 6.5 one screen
 * pixel is about 1.5 km at 40° N, i.e. a map scale near 1:6,000,000; beyond that the generalised
 * 1:50m coastline and borders (drawn for about 1:50,000,000) are visibly off by several kilometres.
 */
export const MAXIMUM_ZOOM = 6.5;

/** Lowest zoom: the whole of Eurasia and Africa, enough for the all-sea comparators. */
export const MINIMUM_ZOOM = 1;

/** Web Mercator's latitude limit, in degrees. */
export const MAXIMUM_LATITUDE = 85.0511;

/** Highest camera pitch the map allows, in degrees (MapLibre's own default). */
export const MAXIMUM_PITCH = 60;

/**
 * The default view: St Petersburg to Mumbai, as west, south, east, north in degrees.
 */
export const DEFAULT_BOUNDS = { west: 28, south: 15, east: 76, north: 61 } as const;
