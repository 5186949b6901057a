import { beforeAll, describe, expect, it } from 'vitest';
import { describeProblem, errorsOf } from '../../src/data/data-problem';
import { readRouting } from '../../src/data/read-geodata-node';
import { comparisonToCsv } from '../../src/domain/export/comparison-csv';
import { exportFormatOf } from '../../src/domain/export/export-formats';
import { EXPORT_GENERATOR } from '../../src/domain/export/export-generator';
import { routeLegFeatures } from '../../src/domain/export/route-leg-features';
import type { Router } from '../../src/domain/routing/create-router';
import type { Comparison, RouteResult } from '../../src/domain/routing/route-result';
import { segmentRow } from '../../src/domain/segment-rows';

let router: Router;
let corridor: ReturnType<typeof readRouting>['corridor'];
let lineOf: (segmentId: string) => [number, number][] | undefined;

beforeAll(() => {
  const loaded = readRouting({ currentYear: 2026 });
  expect(errorsOf(loaded.problems).map(describeProblem)).toEqual([]);
  if (!loaded.routing.router) throw new Error('no router');
  router = loaded.routing.router;
  corridor = loaded.corridor;
  lineOf = (segmentId) => loaded.corridor.segmentById.get(segmentId)?.geometry.coordinates;
});

function route(from: string, to: string, by: 'distance' | 'time' = 'distance'): RouteResult {
  const outcome = router.route({ from, to, by, cargo: 'container', scenario: {} });
  if (outcome.kind !== 'route') throw new Error(`no route ${from} → ${to}`);
  return outcome.route;
}

function comparison(cargo: 'container' | 'bulk'): Comparison {
  const outcome = router.compare({ from: 'st-petersburg', to: 'mumbai', by: 'distance', cargo, scenario: {} });
  if (outcome.kind !== 'comparison') throw new Error('no comparison');
  return outcome.comparison;
}

/** The cells of a CSV without quoted fields, by header. */
function rowsOf(csv: string): Record<string, string>[] {
  const [header = '', ...lines] = csv.trimEnd().split('\r\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [names[index], cell])));
}

describe('routeLegFeatures on the real network', () => {
  it("draws every leg in travel direction, reversed legs included: each line starts at its leg's from place", () => {
    const routes = [route('moscow', 'mumbai'), route('mumbai', 'moscow'), route('st-petersburg', 'chabahar', 'time')];
    expect(routes.some((candidate) => candidate.legs.some((leg) => leg.reversed))).toBe(true);
    const positionOf = (place: string) => corridor.nodeById.get(place)?.geometry.coordinates;
    for (const candidate of routes) {
      const features = routeLegFeatures(candidate, lineOf).features;
      expect(features.map((feature) => feature.properties.segment)).toEqual(candidate.legs.map((leg) => leg.segment));
      features.forEach((feature, index) => {
        const leg = candidate.legs[index];
        const coordinates = feature.geometry.coordinates;
        // Segment ends lie within 2 km (about 0.02°) of their nodes (geodata/README.md).
        const [startLongitude = 0, startLatitude = 0] = coordinates[0] ?? [];
        const [fromLongitude = 0, fromLatitude = 0] = positionOf(leg?.from ?? '') ?? [];
        expect(Math.abs(startLongitude - fromLongitude) + Math.abs(startLatitude - fromLatitude)).toBeLessThan(0.05);
        expect(feature.properties.sequence).toBe(index);
      });
    }
  });
});

describe('comparisonToCsv headers (one unit suffix, additive)', () => {
  it('keeps every column it had and adds nm and the per_TEU names of the route-legs CSV', () => {
    const csv = comparisonToCsv(comparison('container'), { exportedOn: '2026-11-28' });
    const header = csv.split('\r\n')[0]?.split(',');
    expect(header?.slice(0, 19)).toEqual([
      'label',
      'access',
      'km',
      'sea_nautical_miles',
      'days',
      'days_low',
      'days_high',
      'usd_per_teu',
      'usd_per_teu_low',
      'usd_per_teu_high',
      'co2e_kg_per_teu',
      'co2e_kg_per_teu_low',
      'co2e_kg_per_teu_high',
      'border_crossings',
      'gauge_changes',
      'transshipments',
      'seasonal_closed_months',
      'observations',
      'data_version',
    ]);
    expect(header?.slice(19)).toEqual([
      'nm',
      'usd_per_TEU',
      'usd_per_TEU_low',
      'usd_per_TEU_high',
      'co2e_kg_per_TEU',
      'co2e_kg_per_TEU_low',
      'co2e_kg_per_TEU_high',
      'exported_on',
      'network_date',
      'seasonal_restricted_months',
      'label_name',
      'access_text',
      'seasonal_limits_text',
    ]);
    for (const row of rowsOf(csv)) {
      expect(row.nm).toBe(row.sea_nautical_miles);
      expect(row.usd_per_TEU).toBe(row.usd_per_teu);
      expect(row.co2e_kg_per_TEU_high).toBe(row.co2e_kg_per_teu_high);
      expect(row.exported_on).toBe('2026-11-28');
      expect(row.network_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('adds only nm, exported_on, network_date, seasonal_restricted_months and the display columns for bulk, whose per_tonne names are already the same', () => {
    const header = comparisonToCsv(comparison('bulk'), { exportedOn: '2026-11-28' }).split('\r\n')[0]?.split(',');
    expect(header?.slice(7, 13)).toEqual([
      'usd_per_tonne',
      'usd_per_tonne_low',
      'usd_per_tonne_high',
      'co2e_kg_per_tonne',
      'co2e_kg_per_tonne_low',
      'co2e_kg_per_tonne_high',
    ]);
    expect(header?.slice(19)).toEqual([
      'nm',
      'exported_on',
      'network_date',
      'seasonal_restricted_months',
      'label_name',
      'access_text',
      'seasonal_limits_text',
    ]);
    expect(new Set(header).size).toBe(header?.length);
  });
});

describe('CSV exports neutralise formula text (issue 11 #14)', () => {
  it('writes a segment name or note that starts like a formula with a leading quote', () => {
    const original = corridor.segments[0];
    if (!original) throw new Error('no segment');
    const segment = structuredClone(original);
    segment.properties.name = '=HYPERLINK("http://example.org","click")';
    segment.properties.note = '@SUM(A1)';
    const csv = exportFormatOf('csv').segments(
      {
        segments: [segment],
        rows: [segmentRow(segment, 100)],
        dataVersion: 'v',
        sourceLabel: (id) => `-${id}`,
      },
      { exportedOn: '2026-11-28', generator: EXPORT_GENERATOR },
    );
    expect(csv).toContain(`,"'=HYPERLINK(""http://example.org"",""click"")",`);
    expect(csv).toContain(",'@SUM(A1),");
    expect(csv).toMatch(/,'-[a-z0-9-]+/);
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });
});
