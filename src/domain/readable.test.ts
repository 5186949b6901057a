import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessPhrase,
  branchesPhrase,
  branchName,
  comparisonRouteName,
  countriesPhrase,
  countryName,
  criterionName,
  displayNames,
  humaniseId,
  listPhrase,
  modeName,
  modeWithVessel,
  monthsPhrase,
  NAMES_FROM_IDS,
  plural,
  readableReason,
  routeTitle,
  seasonalLimitPhrase,
  statusName,
  transferName,
} from './readable';

const names = displayNames({
  places: new Map([
    ['st-petersburg', 'St Petersburg'],
    ['mumbai', 'Mumbai (JNPT / Nhava Sheva)'],
    ['baku', 'Baku'],
  ]),
  segments: new Map([['astrakhan--anzali', 'Astrakhan – Bandar Anzali (Caspian)']]),
  passages: new Map([['suez', 'Suez Canal']]),
  others: new Map([['tm-ir-az-gas-swap', 'Turkmenistan–Azerbaijan gas swap via Iran']]),
  aliases: new Map([['bombay', 'mumbai']]),
});

describe('plural', () => {
  it('agrees with the count', () => {
    expect(plural(1, 'border crossing')).toBe('1 border crossing');
    expect(plural(2, 'border crossing')).toBe('2 border crossings');
    expect(plural(0, 'transshipment')).toBe('0 transshipments');
    expect(plural(1, 'leg')).toBe('1 leg');
    expect(plural(3, 'country')).toBe('3 countries');
    expect(plural(2, 'gauge change')).toBe('2 gauge changes');
    expect(plural(2, 'pass')).toBe('2 passes');
    expect(plural(1200, 'leg')).toBe('1,200 legs');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });

  it('uses the singular exactly when the count is one', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.constantFrom('leg', 'border crossing', 'country', 'event'), (amount, noun) => {
        const text = plural(amount, noun);
        expect(text.endsWith(` ${noun}`)).toBe(amount === 1);
      }),
    );
  });
});

describe('names, never ids', () => {
  it('names places, aliases, segments, passages and other features', () => {
    expect(names.place('st-petersburg')).toBe('St Petersburg');
    expect(names.place('bombay')).toBe('Mumbai (JNPT / Nhava Sheva)');
    expect(names.segment('astrakhan--anzali')).toBe('Astrakhan – Bandar Anzali (Caspian)');
    expect(names.passage('suez')).toBe('Suez Canal');
    expect(names.feature('tm-ir-az-gas-swap')).toBe('Turkmenistan–Azerbaijan gas swap via Iran');
    expect(names.feature('baku')).toBe('Baku');
  });

  it('turns an id the data does not name into words, never the slug', () => {
    expect(humaniseId('st-petersburg')).toBe('St Petersburg');
    expect(humaniseId('astrakhan--anzali')).toBe('Astrakhan – Anzali');
    expect(NAMES_FROM_IDS.segment('astara-ir--rasht')).toBe('Astara Ir – Rasht');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]+(-[a-z]+)*(--[a-z]+(-[a-z]+)*)?$/), (id) => {
        expect(humaniseId(id)).not.toMatch(/--|\b[a-z]+-[a-z]/);
      }),
    );
  });

  it('names branches, modes, statuses, transfers, criteria and comparison routes', () => {
    expect(branchName('trans-caspian')).toBe('Trans-Caspian');
    expect(branchName('comparator')).toBe('All-sea comparator');
    expect(branchesPhrase(['russia', 'comparator'])).toBe('the Russian network and the all-sea route');
    expect(branchesPhrase(['russia', 'western', 'iran', 'indian-ocean', 'russia'])).toBe(
      'the Russian network, the Western branch, the Iranian network and the Iran–India sea legs',
    );
    expect(modeName('river')).toBe('River / canal');
    expect(modeWithVessel('sea', 'deep-sea-container')).toBe('Sea (deep-sea container)');
    expect(modeWithVessel('rail')).toBe('Rail');
    expect(statusName('under-construction')).toBe('Under construction');
    expect(statusName('mou')).toBe('Memorandum only (MoU)');
    expect(statusName(undefined)).toBe('Not yet built');
    expect(statusName('not yet built')).toBe('Not yet built');
    expect(transferName('service-wait')).toBe('wait for sailing');
    expect(criterionName('time')).toBe('time');
    expect(criterionName('co2')).toBe('CO₂e');
    expect(comparisonRouteName('all-sea-suez')).toBe('All sea via Suez');
    expect(comparisonRouteName('western')).toBe('Western (via Azerbaijan)');
  });

  it('names countries', () => {
    expect(countryName('IR')).toBe('Iran');
    expect(countryName('AZ')).toBe('Azerbaijan');
    expect(countriesPhrase(['RU', 'AZ', 'IR'])).toBe('Russia, Azerbaijan and Iran');
    expect(countryName('not a code')).toBe('not a code');
  });

  it('lists in English', () => {
    expect(listPhrase([])).toBe('');
    expect(listPhrase(['a'])).toBe('a');
    expect(listPhrase(['a', 'b'])).toBe('a and b');
    expect(listPhrase(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('months', () => {
  it('joins consecutive months into spans, across the new year', () => {
    expect(monthsPhrase([12, 1, 2, 3])).toBe('December to March');
    expect(monthsPhrase([1, 2, 3])).toBe('January to March');
    expect(monthsPhrase([1, 3])).toBe('January and March');
    expect(monthsPhrase([11, 12, 7])).toBe('July and November to December');
    expect(monthsPhrase([7])).toBe('July');
    expect(monthsPhrase([])).toBe('');
    expect(monthsPhrase([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe('all year');
  });

  it('names every month given, and no digit', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 11 }), (months) => {
        const text = monthsPhrase(months);
        expect(text).not.toMatch(/\d/);
        expect(text === '').toBe(months.length === 0);
      }),
    );
  });

  it('describes a seasonal limit with the segment named', () => {
    expect(seasonalLimitPhrase({ segment: 'astrakhan--anzali', closedMonths: [12, 1, 2, 3] }, names)).toBe(
      'Astrakhan – Bandar Anzali (Caspian): closed December to March',
    );
    expect(
      seasonalLimitPhrase({ segment: 'astrakhan--anzali', closedMonths: [], restrictedMonths: [12, 1] }, names),
    ).toBe('Astrakhan – Bandar Anzali (Caspian): restricted December to January');
  });
});

describe('titles and phrases', () => {
  it('titles a route by its places', () => {
    expect(routeTitle(['st-petersburg', 'mumbai'], 'time', names)).toBe(
      'Route from St Petersburg to Mumbai (JNPT / Nhava Sheva), best by time',
    );
    expect(routeTitle(['st-petersburg', 'baku', 'mumbai'], undefined, names)).toBe(
      'Route from St Petersburg to Mumbai (JNPT / Nhava Sheva) via Baku, best by distance',
    );
    expect(routeTitle([], 'time', names)).toBe('Route');
  });

  it('names the place of a comparator’s access', () => {
    expect(accessPhrase('by land to st-petersburg', names)).toBe('by land to St Petersburg');
    expect(accessPhrase('by sea from baku', names)).toBe('by sea from Baku');
    expect(accessPhrase(null, names)).toBe('');
    expect(accessPhrase('something else', names)).toBe('something else');
  });
});

describe('readableReason', () => {
  const names = displayNames({
    places: new Map([
      ['moscow', 'Moscow'],
      ['st-petersburg', 'St Petersburg'],
      ['baku', 'Baku'],
    ]),
    segments: new Map([['etrek--incheh-borun', 'Etrek – Incheh Borun']]),
    passages: new Map([['suez', 'Suez Canal']]),
  });
  const placeIds = new Set(['moscow', 'st-petersburg', 'baku']);

  it('names the places, segments, countries, months and branches the router gives by id', () => {
    expect(
      readableReason(
        'month=1 (seasonal closures) removes every route from moscow to baku (without it the best route uses etrek--incheh-borun)',
        names,
        placeIds,
      ),
    ).toBe(
      'the seasonal closures of January removes every route from Moscow to Baku (without it the best route uses Etrek – Incheh Borun)',
    );
    expect(
      readableReason('no route from moscow to baku: baku is in AZ, which avoid=AZ,IR excludes', names, placeIds),
    ).toBe('no route from Moscow to Baku: Baku is in Azerbaijan, which avoiding Azerbaijan and Iran excludes');
    expect(readableReason('the best route with trans-caspian forced uses none of its segments', names, placeIds)).toBe(
      'the best route with the Trans-Caspian branch forced uses none of its segments',
    );
    expect(readableReason('branch=eastern + modes=rail,sea', names, placeIds)).toBe(
      'the Eastern branch forced + only rail and sea',
    );
  });

  it('leaves out event ids and source ids, and keeps words that are not ids', () => {
    expect(
      readableReason(
        'the events in force (Strike at the port [strike-2025], from 2025-01-02; sources: a-b, c-d)',
        names,
        placeIds,
      ),
    ).toBe('the events in force (Strike at the port, from 2025-01-02)');
    expect(readableReason('no all-sea leg via suez joins seaports reached by land', names, placeIds)).toBe(
      'no all-sea leg via Suez Canal joins seaports reached by land',
    );
  });
});
