import { describe, expect, it } from 'vitest';
import { displayNames } from '../readable';
import { type RouteForExport, routeLegsCsvColumns, routeLegsToCsv } from './route-legs-csv';

const leg = {
  daysLow: 0,
  daysHigh: 0,
  usdLow: 0,
  usdHigh: 0,
  co2KgLow: 0,
  co2KgHigh: 0,
};

const route: RouteForExport = Object.freeze<RouteForExport>({
  from: 'moscow',
  to: 'mumbai',
  by: 'time',
  cargo: 'container',
  scenario: ['planned', 'redsea-closed'],
  year: 2030,
  date: '2030-12-31',
  dateBasis: 'year',
  month: 1,
  avoid: ['AZ'],
  modes: null,
  branch: null,
  via: [],
  dataVersion: '2026.11.1',
  legs: [
    {
      ...leg,
      segment: 'moscow--astrakhan',
      from: 'moscow',
      to: 'astrakhan',
      mode: 'rail',
      km: 1400.1234,
      days: 3.5,
      daysLow: 3,
      daysHigh: 4.25,
      usd: 1200,
      co2Kg: 150.5,
      transfers: [],
    },
    {
      ...leg,
      segment: 'astrakhan--bandar-anzali',
      from: 'astrakhan',
      to: 'bandar-anzali',
      mode: 'sea',
      vessel: 'caspian-river-sea',
      km: 1852,
      days: 4,
      usd: 900,
      co2Kg: 80,
      transfers: [
        { kind: 'port-handling', place: 'astrakhan', hours: 12, usd: 150 },
        { kind: 'service-wait', place: 'astrakhan', hours: 36.04, usd: 0 },
      ],
    },
  ],
  totals: {
    km: 3252.1234,
    seaNauticalMiles: 1000,
    days: 7.5,
    daysLow: 6,
    daysHigh: 10,
    usd: 2100,
    usdLow: 1800,
    usdHigh: 2600,
    co2Kg: 230.5,
    co2KgLow: 200,
    co2KgHigh: 260,
    borderCrossings: 0,
    gaugeChanges: 0,
    transshipments: 1,
  },
});

function lines(csv: string): string[] {
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(0, -2).split('\r\n');
}

describe('routeLegsToCsv', () => {
  it('names the units per TEU for containers, with low and high columns', () => {
    const [header] = lines(routeLegsToCsv(route, { exportedOn: '2026-11-28' }));
    expect(header).toBe(
      'sequence,segment,from,to,mode,vessel,km,nm,days,days_low,days_high,usd_per_TEU,usd_per_TEU_low,usd_per_TEU_high,co2e_kg_per_TEU,co2e_kg_per_TEU_low,co2e_kg_per_TEU_high,transfer_hours,transfers,query_from,query_to,query_by,query_cargo,query_scenario,data_version,exported_on,network_date,segment_name,from_name,to_name,mode_name,transfers_text,query_from_name,query_to_name',
    );
  });

  it('names the units per tonne for bulk', () => {
    const [header] = lines(routeLegsToCsv({ ...route, cargo: 'bulk' }, { exportedOn: '2026-11-28' }));
    expect(header).toContain(',usd_per_tonne,usd_per_tonne_low,usd_per_tonne_high,co2e_kg_per_tonne,');
    expect(header).not.toContain('TEU');
  });

  it('writes a rail leg without nautical miles and a sea leg with them, and its transfers', () => {
    const [, rail, sea] = lines(routeLegsToCsv(route, { exportedOn: '2026-11-28' }));
    expect(rail).toBe(
      '1,moscow--astrakhan,moscow,astrakhan,rail,,1400.123,,3.5,3,4.25,1200,0,0,150.5,0,0,0,,moscow,mumbai,time,container,year 2030; month 1; planned; redsea-closed; avoid AZ,2026.11.1,2026-11-28,2030-12-31,Moscow – Astrakhan,Moscow,Astrakhan,Rail,,Moscow,Mumbai',
    );
    expect(sea).toContain(',sea,caspian-river-sea,1852,1000,4,');
    expect(sea).toContain(
      ',48.04,"port-handling at astrakhan (12 h, 150 USD); service-wait at astrakhan (36 h, 0 USD)",moscow,',
    );
  });

  it('ends with a TOTAL row of the route totals, transfer counts and the query', () => {
    const all = lines(routeLegsToCsv(route, { exportedOn: '2026-11-28' }));
    expect(all).toHaveLength(4);
    expect(all.at(-1)).toBe(
      'TOTAL,,moscow,mumbai,,,3252.123,1000,7.5,6,10,2100,1800,2600,230.5,200,260,48.04,border crossings 0; gauge changes 0; transshipments 1,moscow,mumbai,time,container,year 2030; month 1; planned; redsea-closed; avoid AZ,2026.11.1,2026-11-28,2030-12-31,Total,Moscow,Mumbai,,0 border crossings; 0 gauge changes; 1 transshipment,Moscow,Mumbai',
    );
  });

  it('names segments, places, modes and transfers in the display columns when given the data’s names', () => {
    const names = displayNames({
      places: new Map([
        ['astrakhan', 'Astrakhan'],
        ['mumbai', 'Mumbai (JNPT / Nhava Sheva)'],
      ]),
      segments: new Map([['astrakhan--bandar-anzali', 'Astrakhan – Anzali (Caspian crossing)']]),
    });
    const [, , sea, total] = lines(routeLegsToCsv(route, { exportedOn: '2026-11-28', names }));
    expect(sea).toContain(
      ',Astrakhan – Anzali (Caspian crossing),Astrakhan,Bandar Anzali,Sea (Caspian river–sea),"port handling at Astrakhan (12 h, 150 USD); wait for sailing at Astrakhan (36 h, 0 USD)",',
    );
    expect(
      total?.endsWith(
        ',Total,Moscow,Mumbai (JNPT / Nhava Sheva),,0 border crossings; 0 gauge changes; 1 transshipment,Moscow,Mumbai (JNPT / Nhava Sheva)',
      ),
    ).toBe(true);
  });

  it('writes only the header and the TOTAL row for a route without legs', () => {
    const all = lines(routeLegsToCsv({ ...route, legs: [] }, { exportedOn: '2026-11-28' }));
    expect(all).toHaveLength(2);
    expect(all[1]?.startsWith('TOTAL,,moscow,mumbai,')).toBe(true);
  });

  it('leaves the scenario empty for the plain query, and quotes place ids with commas', () => {
    const plain = { ...route, from: 'a,b', scenario: [], year: undefined, date: '2026-12-01', month: null, avoid: [] };
    const total = lines(routeLegsToCsv(plain, { exportedOn: '2026-11-28' })).at(-1);
    expect(total).toContain(',"a,b",mumbai,time,container,,2026.11.1,2026-11-28,2026-12-01,');
  });

  it('puts modes, branch and via places in the scenario text', () => {
    const narrowed: RouteForExport = {
      ...route,
      scenario: [],
      year: undefined,
      month: null,
      avoid: [],
      modes: ['rail', 'sea'],
      branch: 'western',
      via: ['baku'],
    };
    expect(routeLegsToCsv(narrowed, { exportedOn: '2026-11-28' })).toContain(
      ',modes rail sea; branch western; via baku,',
    );
  });

  it('describes one column per header it writes', () => {
    const [header] = lines(routeLegsToCsv(route, { exportedOn: '2026-11-28' }));
    expect(routeLegsCsvColumns('container').map((column) => column.header)).toEqual(header?.split(','));
  });
});
