import { type BasemapData, loadBasemap } from './load-basemap';

let pending: Promise<BasemapData> | undefined;

/**
 * The embedded basemap, loaded once and shared by the map and the panels (the map draws it,
 * the panels show the names of a clicked city).
 */
export function getBasemap(): Promise<BasemapData> {
  pending ??= loadBasemap();
  return pending;
}
