import fc from 'fast-check';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import validCorridor from '../../tests/fixtures/geodata/valid-corridor.json';
import {
  CORRIDOR_RULES,
  type CorridorDataset,
  type CorridorReportEntry,
  type CorridorRule,
  unopenedSources,
  validateCorridor,
} from './validate-corridor';

type Properties = Record<string, unknown>;
interface MutableFeature {
  type: string;
  id?: string;
  geometry: { type: string; coordinates: number[] | number[][] | number[][][] };
  properties: Properties;
}
interface MutableCollection {
  type: string;
  features: MutableFeature[];
}
interface Fixture {
  nodes: MutableCollection;
  segments: MutableCollection;
  passages: MutableCollection;
  sources: Properties[];
  land: FeatureCollection<Polygon | MultiPolygon>;
  events?: { events: Properties[] };
}

/** A fresh copy of the valid corridor of `tests/fixtures/geodata/valid-corridor.json`. */
function fixture(): Fixture {
  return structuredClone(validCorridor) as unknown as Fixture;
}

function feature(collection: MutableCollection, id: string): MutableFeature {
  const found = collection.features.find((candidate) => candidate.properties.id === id);
  if (!found) throw new Error(`the fixture has no feature ${id}`);
  return found;
}

function check(mutate: (corridor: Fixture) => void, withLand = true) {
  const corridor = fixture();
  mutate(corridor);
  return validateCorridor(corridor, withLand ? { land: corridor.land } : {});
}

function findings(report: readonly CorridorReportEntry[], rule: CorridorRule): CorridorReportEntry[] {
  return report.filter((entry) => entry.rule === rule);
}

interface RuleCase {
  /** What the bad input is. */
  bad: string;
  dataset: CorridorDataset;
  featureId: string;
  severity: CorridorReportEntry['severity'];
  mutate: (corridor: Fixture) => void;
}

/** One minimal bad input per rule; the type makes a new rule without a case a compile error. */
const ruleCases: Record<CorridorRule, RuleCase> = {
  collection: {
    bad: 'nodes without a features array',
    dataset: 'nodes',
    featureId: '(file)',
    severity: 'error',
    mutate: (corridor) => {
      corridor.nodes = { type: 'FeatureCollection' } as unknown as MutableCollection;
    },
  },
  schema: {
    bad: 'a node without verified',
    dataset: 'nodes',
    featureId: 'east-city',
    severity: 'error',
    mutate: (corridor) => {
      delete feature(corridor.nodes, 'east-city').properties.verified;
    },
  },
  geometry: {
    bad: 'a segment line of one position',
    dataset: 'segments',
    featureId: 'east-port--east-city',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.segments, 'east-port--east-city').geometry.coordinates = [[12, 5]];
    },
  },
  'id-format': {
    bad: 'a node id in capitals',
    dataset: 'nodes',
    featureId: 'East-City',
    severity: 'error',
    mutate: (corridor) => {
      const node = feature(corridor.nodes, 'east-city');
      node.properties.id = 'East-City';
      node.id = 'East-City';
    },
  },
  enum: {
    bad: 'a node kind "harbour"',
    dataset: 'nodes',
    featureId: 'west-port',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.nodes, 'west-port').properties.kind = 'harbour';
    },
  },
  'as-of': {
    bad: 'a passage without asOf',
    dataset: 'passages',
    featureId: 'suez',
    severity: 'error',
    mutate: (corridor) => {
      delete feature(corridor.passages, 'suez').properties.asOf;
    },
  },
  'sources-cited': {
    bad: 'a node citing no source',
    dataset: 'nodes',
    featureId: 'north-town',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.nodes, 'north-town').properties.sources = [];
    },
  },
  'date-format': {
    bad: 'a bibliography entry published in month 13',
    dataset: 'sources',
    featureId: 'atlas-one',
    severity: 'error',
    mutate: (corridor) => {
      const entry = corridor.sources[0];
      if (entry) entry.datePublished = '2024-13';
    },
  },
  'country-code': {
    bad: 'a node country "xa" in lower case',
    dataset: 'nodes',
    featureId: 'inland',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.nodes, 'inland').properties.country = 'xa';
    },
  },
  'segment-id': {
    bad: 'a segment id that does not name its to node',
    dataset: 'segments',
    featureId: 'east-port--city',
    severity: 'error',
    mutate: (corridor) => {
      const segment = feature(corridor.segments, 'east-port--east-city');
      segment.properties.id = 'east-port--city';
      segment.id = 'east-port--city';
    },
  },
  'mode-attributes': {
    bad: 'a rail leg without gaugeMillimetres',
    dataset: 'segments',
    featureId: 'inland--west-port',
    severity: 'error',
    mutate: (corridor) => {
      delete feature(corridor.segments, 'inland--west-port').properties.gaugeMillimetres;
    },
  },
  'preferred-length': {
    bad: 'two published lengths both preferred',
    dataset: 'segments',
    featureId: 'inland--west-port',
    severity: 'error',
    mutate: (corridor) => {
      const lengths = feature(corridor.segments, 'inland--west-port').properties.publishedLengths as Properties[];
      for (const length of lengths) length.preferred = true;
    },
  },
  'seasonal-months': {
    bad: 'a seasonal closure in month 13',
    dataset: 'segments',
    featureId: 'west-port--east-port',
    severity: 'error',
    mutate: (corridor) => {
      (feature(corridor.segments, 'west-port--east-port').properties.seasonal as Properties).closedMonths = [12, 13];
    },
  },
  'seasonal-effect': {
    bad: 'restricted months with no effect figure',
    dataset: 'segments',
    featureId: 'west-port--east-port',
    severity: 'warning',
    mutate: (corridor) => {
      const seasonal = feature(corridor.segments, 'west-port--east-port').properties.seasonal as Properties;
      seasonal.closedMonths = [];
      seasonal.restrictedMonths = [1, 2];
    },
  },
  'seasonal-effect-sourced': {
    bad: 'a seasonal effect giving extra days without a source',
    dataset: 'segments',
    featureId: 'west-port--east-port',
    severity: 'error',
    mutate: (corridor) => {
      const seasonal = feature(corridor.segments, 'west-port--east-port').properties.seasonal as Properties;
      seasonal.closedMonths = [];
      seasonal.restrictedMonths = [1, 2];
      seasonal.effect = { days: { optimistic: 1, central: 2, pessimistic: 4 }, note: 'icebreaker convoys' };
    },
  },
  'seasonal-effect-range': {
    bad: 'a seasonal effect whose optimistic days exceed the central',
    dataset: 'segments',
    featureId: 'west-port--east-port',
    severity: 'error',
    mutate: (corridor) => {
      const seasonal = feature(corridor.segments, 'west-port--east-port').properties.seasonal as Properties;
      seasonal.closedMonths = [];
      seasonal.restrictedMonths = [1, 2];
      seasonal.effect = {
        days: { optimistic: 3, central: 2, pessimistic: 4 },
        sources: ['atlas-two'],
        note: 'icebreaker convoys',
      };
    },
  },
  'unique-id': {
    bad: 'the same node twice',
    dataset: 'nodes',
    featureId: 'north-town',
    severity: 'error',
    mutate: (corridor) => {
      corridor.nodes.features.push(structuredClone(feature(corridor.nodes, 'north-town')));
    },
  },
  'known-source': {
    bad: 'a capacity figure citing a source missing from sources.json',
    dataset: 'segments',
    featureId: 'inland--west-port',
    severity: 'error',
    mutate: (corridor) => {
      const capacity = feature(corridor.segments, 'inland--west-port').properties.capacity as Properties[];
      if (capacity[0]) capacity[0].sources = ['atlas-three'];
    },
  },
  'node-exists': {
    bad: 'a segment to a node that is not in nodes.geojson',
    dataset: 'segments',
    featureId: 'east-port--east-city',
    severity: 'error',
    mutate: (corridor) => {
      corridor.nodes.features = corridor.nodes.features.filter((node) => node.properties.id !== 'east-city');
    },
  },
  'passage-exists': {
    bad: 'a sea leg declaring a passage missing from passages.geojson',
    dataset: 'segments',
    featureId: 'west-port--east-port',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.segments, 'west-port--east-port').properties.passages = ['suez', 'hormuz'];
    },
  },
  'endpoint-near-node': {
    bad: 'a segment starting 5.5 km from its from node',
    dataset: 'segments',
    featureId: 'east-port--east-city',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.segments, 'east-port--east-city').geometry.coordinates = [
        [12.05, 5],
        [14, 5],
        [16, 5],
      ];
    },
  },
  'network-connected': {
    bad: 'a node no segment reaches',
    dataset: 'nodes',
    featureId: 'far-island',
    severity: 'error',
    mutate: (corridor) => {
      const island = structuredClone(feature(corridor.nodes, 'east-city'));
      island.properties.id = 'far-island';
      island.id = 'far-island';
      corridor.nodes.features.push(island);
    },
  },
  'sea-leg-off-land': {
    bad: 'a sea leg over the isthmus without declaring its passage',
    dataset: 'segments',
    featureId: 'west-port--east-port',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.segments, 'west-port--east-port').properties.passages = [];
    },
  },
  'land-leg-on-land': {
    bad: 'a road bent out into the sea',
    dataset: 'segments',
    featureId: 'east-port--east-city',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.segments, 'east-port--east-city').geometry.coordinates = [
        [12, 5],
        [11, 8],
        [16, 5],
      ];
    },
  },
  'drawn-length': {
    bad: 'a preferred published length of 400 km for a line drawn 554 km long, with no lengthNote',
    dataset: 'segments',
    featureId: 'inland--west-port',
    severity: 'error',
    mutate: (corridor) => {
      const lengths = feature(corridor.segments, 'inland--west-port').properties.publishedLengths as Properties[];
      if (lengths[0]) lengths[0].km = 400;
    },
  },
  'length-drawn-short': {
    bad: 'a preferred published length of 660 km for a line drawn 554 km long (16.1% shorter), even with a lengthNote',
    dataset: 'segments',
    featureId: 'inland--west-port',
    severity: 'warning',
    mutate: (corridor) => {
      const properties = feature(corridor.segments, 'inland--west-port').properties;
      const lengths = properties.publishedLengths as Properties[];
      if (lengths[0]) lengths[0].km = 660;
      properties.lengthNote = 'The line cuts corners.';
    },
  },
  'length-drawn-long': {
    bad: 'a preferred published length of 470 km for a line drawn 554 km long (17.8% longer), even with a lengthNote',
    dataset: 'segments',
    featureId: 'inland--west-port',
    severity: 'warning',
    mutate: (corridor) => {
      const properties = feature(corridor.segments, 'inland--west-port').properties;
      const lengths = properties.publishedLengths as Properties[];
      if (lengths[0]) lengths[0].km = 470;
      properties.lengthNote = 'The line wanders.';
    },
  },
  'gap-rail-not-operational': {
    bad: 'gap: true on an operational rail segment',
    dataset: 'segments',
    featureId: 'inland--west-port',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.segments, 'inland--west-port').properties.gap = true;
    },
  },
  'expected-open-not-operational': {
    bad: 'expectedOpen on an operational segment',
    dataset: 'segments',
    featureId: 'east-port--east-city',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.segments, 'east-port--east-city').properties.expectedOpen = 2030;
    },
  },
  'countries-include-endpoints': {
    bad: 'a cross-border sea leg listing one country',
    dataset: 'segments',
    featureId: 'west-port--east-port',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.segments, 'west-port--east-port').properties.countries = ['XA'];
    },
  },
  'unknown-field': {
    bad: 'a misspelt field "soruces"',
    dataset: 'nodes',
    featureId: 'inland',
    severity: 'warning',
    mutate: (corridor) => {
      feature(corridor.nodes, 'inland').properties.soruces = ['atlas-one'];
    },
  },
  'source-unused': {
    bad: 'a bibliography entry nothing cites',
    dataset: 'sources',
    featureId: 'atlas-three',
    severity: 'warning',
    mutate: (corridor) => {
      corridor.sources.push({ ...corridor.sources[0], id: 'atlas-three' });
    },
  },
  'length-range': {
    bad: 'a published length longer than half the Earth',
    dataset: 'segments',
    featureId: 'inland--west-port',
    severity: 'error',
    mutate: (corridor) => {
      const lengths = feature(corridor.segments, 'inland--west-port').properties.publishedLengths as { km: number }[];
      if (lengths[1]) lengths[1].km = 20_038;
    },
  },
  'reserved-name': {
    bad: 'a node property named constructor',
    dataset: 'nodes',
    featureId: 'north-town',
    severity: 'error',
    mutate: (corridor) => {
      Object.assign(feature(corridor.nodes, 'north-town').properties, { constructor: 'x' });
    },
  },
  'until-after-since': {
    bad: 'a temporary status that ends before it begins',
    dataset: 'segments',
    featureId: 'inland--west-port',
    severity: 'error',
    mutate: (corridor) => {
      const properties = feature(corridor.segments, 'inland--west-port').properties;
      properties.statusHistory = [
        ...(properties.statusHistory as Properties[]),
        { status: 'closed', since: '2024-03-10', until: '2024-03-09', sources: ['atlas-one'] },
      ];
    },
  },
  'event-exists': {
    bad: 'a dated status naming an event events.json does not have',
    dataset: 'passages',
    featureId: 'suez',
    severity: 'error',
    mutate: (corridor) => {
      corridor.events = { events: [{ id: 'storm-one' }] };
      feature(corridor.passages, 'suez').properties.statusHistory = [
        { status: 'closed', since: '2024-03', until: '2024-04', event: 'storm-two', sources: ['atlas-one'] },
      ];
    },
  },
  'status-current': {
    bad: 'a status field that is not the status of the last lasting entry',
    dataset: 'segments',
    featureId: 'inland--north-town',
    severity: 'error',
    mutate: (corridor) => {
      feature(corridor.segments, 'inland--north-town').properties.status = 'under-construction';
    },
  },
  'formula-text': {
    bad: 'a node name a spreadsheet would run as a formula',
    dataset: 'nodes',
    featureId: 'north-town',
    severity: 'warning',
    mutate: (corridor) => {
      feature(corridor.nodes, 'north-town').properties.name = '=HYPERLINK("http://example.org","North Town")';
    },
  },
};

function returnedIds(result: ReturnType<typeof validateCorridor>, dataset: CorridorDataset): string[] {
  if (dataset === 'sources') return result.sources.map((entry) => entry.id);
  return result[dataset].map((item) => item.properties.id);
}

describe('validateCorridor on the valid fixture', () => {
  it('reports nothing and keeps every feature', () => {
    const corridor = fixture();
    const result = validateCorridor(corridor, { land: corridor.land });
    expect(result.report).toEqual([]);
    expect(result.nodes).toHaveLength(corridor.nodes.features.length);
    expect(result.segments).toHaveLength(corridor.segments.features.length);
    expect(result.passages).toHaveLength(corridor.passages.features.length);
    expect(result.sources).toHaveLength(corridor.sources.length);
  });

  it('fills the empty lists a segment may leave out', () => {
    const result = check((corridor) => {
      const properties = feature(corridor.segments, 'east-port--east-city').properties;
      delete properties.statusHistory;
      delete properties.publishedLengths;
      delete properties.capacity;
      delete properties.passages;
    });
    expect(result.report).toEqual([]);
    const road = result.segments.find((segment) => segment.properties.id === 'east-port--east-city');
    expect(road?.properties.passages).toEqual([]);
    expect(road?.properties.publishedLengths).toEqual([]);
  });
});

describe('every rule fires on bad data', () => {
  it('has a description for every rule', () => {
    expect(Object.keys(ruleCases).sort()).toEqual(Object.keys(CORRIDOR_RULES).sort());
  });

  for (const [rule, ruleCase] of Object.entries(ruleCases) as [CorridorRule, RuleCase][]) {
    it(`${rule}: ${ruleCase.bad}`, () => {
      const result = check(ruleCase.mutate);
      expect(findings(result.report, rule)).toContainEqual(
        expect.objectContaining({
          feature: ruleCase.featureId,
          dataset: ruleCase.dataset,
          severity: ruleCase.severity,
        }),
      );
      const kept = returnedIds(result, ruleCase.dataset).includes(ruleCase.featureId);
      expect(kept).toBe(ruleCase.severity === 'warning');
    });
  }
});

describe('what the report says', () => {
  it('gives the distance in kilometres when an endpoint is off its node', () => {
    const result = check(ruleCases['endpoint-near-node'].mutate);
    expect(findings(result.report, 'endpoint-near-node')[0]?.message).toMatch(
      /first vertex is 5\.5\d km from the from node "east-port" \(at most 2 km\)/,
    );
  });

  it('says where and how far a sea leg crosses land', () => {
    const result = check(ruleCases['sea-leg-off-land'].mutate);
    const message = findings(result.report, 'sea-leg-off-land')[0]?.message ?? '';
    expect(message).toMatch(/declared passages \(none\)/);
    expect(message).toMatch(/2 stretches: km \d+\.\d–\d+\.\d \(\d+\.\d+ km, from 3\.\d{3}° N 10\.\d{3}° E\)/);
  });

  it('names the segment dropped for errors that cut a node off', () => {
    const result = check((corridor) => {
      feature(corridor.segments, 'inland--north-town').properties.mode = 'tram';
    });
    const cutOff = findings(result.report, 'network-connected');
    expect(cutOff).toEqual([expect.objectContaining({ feature: 'north-town', dataset: 'nodes', severity: 'error' })]);
    expect(cutOff[0]?.message).toContain('segments dropped for errors that touched it: inland--north-town');
    expect(result.nodes.map((node) => node.properties.id)).not.toContain('north-town');
  });

  it('drops the segments of a cut-off part along with its nodes', () => {
    const result = check((corridor) => {
      feature(corridor.segments, 'west-port--east-port').properties.vessel = 'raft';
    });
    const cutOff = findings(result.report, 'network-connected').map((entry) => entry.feature);
    expect(cutOff.sort()).toEqual(['east-city', 'east-port', 'east-port--east-city']);
    expect(result.segments.map((segment) => segment.properties.id)).toEqual([
      'inland--west-port',
      'inland--north-town',
    ]);
  });

  it('reports a missing node that was dropped for errors as dropped, not as absent', () => {
    const result = check((corridor) => {
      feature(corridor.nodes, 'east-city').properties.kind = 'town';
    });
    expect(findings(result.report, 'node-exists')[0]?.message).toBe('the to node "east-city" was dropped for errors');
  });
});

describe('tolerances of the land and water checks', () => {
  function moveEastPortInland(longitude: number) {
    return check((corridor) => {
      feature(corridor.nodes, 'east-port').geometry.coordinates = [longitude, 5];
      feature(corridor.segments, 'west-port--east-port').geometry.coordinates = [
        [10, 5],
        [11, 2],
        [11.5, 5],
        [longitude, 5],
      ];
      const road = feature(corridor.segments, 'east-port--east-city').geometry.coordinates as number[][];
      road[0] = [longitude, 5];
    });
  }

  function moveWestPortOffshore(longitude: number) {
    return check((corridor) => {
      feature(corridor.nodes, 'west-port').geometry.coordinates = [longitude, 5];
      const rail = feature(corridor.segments, 'inland--west-port').geometry.coordinates as number[][];
      rail[rail.length - 1] = [longitude, 5];
      const seaLeg = feature(corridor.segments, 'west-port--east-port').geometry.coordinates as number[][];
      seaLeg[0] = [longitude, 5];
    });
  }

  it('lets a sea leg cross 1:50m land within 10 km of a port (5.5 km here)', () => {
    expect(findings(moveEastPortInland(12.05).report, 'sea-leg-off-land')).toEqual([]);
  });

  it('does not let a sea leg cross land further than 10 km from a port (16.6 km here)', () => {
    expect(findings(moveEastPortInland(12.15).report, 'sea-leg-off-land').map((entry) => entry.feature)).toEqual([
      'west-port--east-port',
    ]);
  });

  it('lets a rail leg end in the water within 2 km of its node (1.1 km here)', () => {
    expect(findings(moveWestPortOffshore(10.01).report, 'land-leg-on-land')).toEqual([]);
  });

  it('does not let a rail leg run on water further than 2 km from its nodes (3.3 km here)', () => {
    expect(findings(moveWestPortOffshore(10.03).report, 'land-leg-on-land').map((entry) => entry.feature)).toEqual([
      'inland--west-port',
    ]);
  });
});

describe('drawn-length', () => {
  function lengthCheck(
    publishedKilometers: number,
    lengthNote: string | undefined,
    precision = 'approximate',
    rule: CorridorRule = 'drawn-length',
  ) {
    const result = check((corridor) => {
      const properties = feature(corridor.segments, 'inland--west-port').properties;
      const lengths = properties.publishedLengths as Properties[];
      if (lengths[0]) lengths[0].km = publishedKilometers;
      properties.precision = precision;
      if (lengthNote) properties.lengthNote = lengthNote;
    });
    return findings(result.report, rule);
  }

  it('stays quiet within 10%', () => {
    expect(lengthCheck(520, undefined)).toEqual([]);
  });

  it('warns between 10% and 25% without a lengthNote, with both lengths and the difference', () => {
    const [finding] = lengthCheck(480, undefined);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe(
      'drawn 553.9 km against the preferred published 480.0 km (+15.4%): more than 10% apart and no lengthNote explains why',
    );
  });

  it('accepts 10% to 25% when a lengthNote explains it', () => {
    expect(lengthCheck(480, 'The line cuts corners.')).toEqual([]);
  });

  it('keeps a line over 25% apart when it is approximate and a lengthNote explains it (length-drawn-long lists it)', () => {
    expect(lengthCheck(400, 'The line cuts corners.')).toEqual([]);
    expect(
      lengthCheck(400, 'The line cuts corners.', 'approximate', 'length-drawn-long').map((finding) => finding.severity),
    ).toEqual(['warning']);
  });

  it('lists every line more than 15% off, with both lengths and the percentage, whatever the lengthNote says', () => {
    const [short] = lengthCheck(660, 'The line cuts corners.', 'approximate', 'length-drawn-short');
    expect(short?.severity).toBe('warning');
    expect(short?.message).toBe(
      'drawn 553.9 km against the preferred published 660.0 km (-16.1%): the drawn line is more than 15% shorter; its lengthNote says why',
    );
    const [long] = lengthCheck(470, undefined, 'traced', 'length-drawn-long');
    expect(long?.message).toBe(
      'drawn 553.9 km against the preferred published 470.0 km (+17.8%): the drawn line is more than 15% longer',
    );
  });

  it('does not list a line within 15%', () => {
    expect(lengthCheck(490, undefined, 'approximate', 'length-drawn-long')).toEqual([]);
    expect(lengthCheck(640, undefined, 'approximate', 'length-drawn-short')).toEqual([]);
  });

  it('is an error over 25% when the line is traced, even with a lengthNote', () => {
    expect(lengthCheck(400, 'The line cuts corners.', 'traced').map((finding) => finding.severity)).toEqual(['error']);
  });
});

describe('robustness', () => {
  it('runs the land and water checks only when land is given', () => {
    const result = check(ruleCases['sea-leg-off-land'].mutate, false);
    expect(result.report).toEqual([]);
  });

  it('drops both features that share an id, as either may be the one meant', () => {
    const result = check(ruleCases['unique-id'].mutate);
    expect(result.nodes.map((node) => node.properties.id)).not.toContain('north-town');
    expect(findings(result.report, 'unique-id')[0]?.message).toBe(
      'items #5 and #6 of nodes share this id; both are left out, as either may be the one meant',
    );
  });

  it('reports each file that is not a collection and never throws', () => {
    const result = validateCorridor({ nodes: null, segments: 42, passages: 'passages', sources: {} });
    expect(result.report.map((entry) => `${entry.dataset} ${entry.rule}`)).toEqual([
      'nodes collection',
      'segments collection',
      'passages collection',
      'sources collection',
    ]);
  });

  it('never throws on arbitrary JSON (invalid input)', () => {
    const corridor = fixture();
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (nodeValue, segmentValue) => {
        const result = validateCorridor({
          nodes: { type: 'FeatureCollection', features: [nodeValue, ...corridor.nodes.features] },
          segments: { type: 'FeatureCollection', features: [segmentValue] },
          passages: corridor.passages,
          sources: corridor.sources,
        });
        expect(result.nodes.length).toBeLessThanOrEqual(corridor.nodes.features.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('texts a spreadsheet would run as formulas (issue 11 #14)', () => {
  it('warns with the path of every such name and note, and keeps the feature', () => {
    const result = check((corridor) => {
      const properties = feature(corridor.segments, 'inland--west-port').properties;
      properties.name = '@SUM(1)';
      properties.note = '-2+3';
      properties.names = { ru: '=1' };
      const source = corridor.sources[0];
      if (source) source.title = '+cmd';
    });
    expect(
      findings(result.report, 'formula-text').map((entry) => [entry.dataset, entry.feature, entry.severity]),
    ).toEqual([
      ['segments', 'inland--west-port', 'warning'],
      ['sources', 'atlas-one', 'warning'],
    ]);
    expect(findings(result.report, 'formula-text')[0]?.message).toMatch(
      /^name, note, names\.ru start with =, \+, -, @/,
    );
    expect(result.segments.map((segment) => segment.properties.id)).toContain('inland--west-port');
  });
});

describe('input named like Object.prototype members, and absurd lengths (issue 11 #18)', () => {
  it('leaves out a feature with a __proto__ key from JSON, wherever it is nested, and pollutes nothing', () => {
    const result = check((corridor) => {
      feature(corridor.nodes, 'north-town').properties.names = JSON.parse('{"__proto__": {"polluted": true}}');
    });
    expect(findings(result.report, 'reserved-name')).toEqual([
      expect.objectContaining({
        dataset: 'nodes',
        feature: 'north-town',
        severity: 'error',
        message: 'properties.names.__proto__: named like an Object.prototype member; the item is left out',
      }),
    ]);
    expect(result.nodes.map((node) => node.properties.id)).not.toContain('north-town');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves out a bibliography entry with a field named toString, rather than taking it for a known field', () => {
    const named = check((corridor) => {
      const source = corridor.sources[0];
      if (source) Object.assign(source, { toString: 'x' });
    }, false);
    expect(findings(named.report, 'reserved-name').map((entry) => entry.feature)).toEqual(['atlas-one']);
  });

  it('accepts a published length of half the Earth and rejects one just over', () => {
    const at = (km: number) =>
      check((corridor) => {
        const lengths = feature(corridor.segments, 'inland--west-port').properties.publishedLengths as { km: number }[];
        if (lengths[1]) lengths[1].km = km;
      }, false);
    expect(findings(at(20_037.5).report, 'length-range')).toEqual([]);
    expect(findings(at(20_037.6).report, 'length-range')[0]?.message).toBe(
      "publishedLengths[1].km: 20037.6 km is more than half the Earth's circumference (20037.5 km) (found 20037.6)",
    );
  });
});

describe('validation at scale (issue 11 #18): near-linear, results asserted, not times', () => {
  /**
   * The fixture with `count` more places near north-town, each joined to it by a rail segment (with
   * an unknown mode when `segmentError`, which cuts the place off).
   */
  function withManyIslands(count: number, segmentError: boolean): Fixture {
    const corridor = fixture();
    const template = feature(corridor.nodes, 'north-town');
    const segmentTemplate = feature(corridor.segments, 'inland--north-town');
    const [longitude = 0, latitude = 0] = template.geometry.coordinates as number[];
    for (let index = 0; index < count; index += 1) {
      const id = `island-${index}`;
      const position = [longitude + 0.01 + (index % 100) / 1000, latitude + Math.floor(index / 100) / 1000];
      const node = structuredClone(template);
      node.id = id;
      node.properties.id = id;
      node.geometry.coordinates = position;
      corridor.nodes.features.push(node);
      const segment = structuredClone(segmentTemplate);
      segment.id = `north-town--${id}`;
      segment.geometry.coordinates = [[longitude, latitude], position];
      segment.properties = { ...segment.properties, id: `north-town--${id}`, from: 'north-town', to: id };
      if (segmentError) segment.properties.mode = 'teleport';
      corridor.segments.features.push(segment);
    }
    return corridor;
  }

  it('reports 50,000 bad segments and the 50,000 places they cut off, each once', () => {
    const count = 50_000;
    const corridor = withManyIslands(count, true);
    const result = validateCorridor(corridor);
    const enumErrors = findings(result.report, 'enum');
    expect(enumErrors).toHaveLength(count);
    expect(new Set(enumErrors.map((entry) => entry.feature)).size).toBe(count);
    const cutOff = findings(result.report, 'network-connected');
    expect(cutOff).toHaveLength(count);
    expect(cutOff.at(-1)).toMatchObject({
      feature: `island-${count - 1}`,
      message: expect.stringContaining(`segments dropped for errors that touched it: north-town--island-${count - 1}`),
    });
    expect(result.segments).toHaveLength(corridor.segments.features.length - count);
  }, 60_000);

  it('keeps 20,000 valid segments and reports a repeated finding once', () => {
    const count = 20_000;
    const corridor = withManyIslands(count, false);
    const result = validateCorridor(corridor);
    expect(result.report.filter((entry) => entry.severity === 'error')).toEqual([]);
    expect(result.segments).toHaveLength(corridor.segments.features.length);
    const last = corridor.nodes.features.at(-1);
    if (last) last.properties.sources = ['ghost', 'ghost'];
    const twice = validateCorridor(corridor);
    expect(findings(twice.report, 'known-source')).toEqual([
      expect.objectContaining({
        feature: `island-${count - 1}`,
        message: 'sources cites "ghost", which is not in sources.json',
      }),
    ]);
  }, 60_000);
});

describe('dated statuses (contracts §7)', () => {
  it('accepts a temporary restricted status on a passage, a lasting one on a segment, and the event behind each', () => {
    const result = check((corridor) => {
      corridor.events = { events: [{ id: 'storm-one' }] };
      feature(corridor.passages, 'suez').properties.statusHistory = [
        { status: 'restricted', since: '2024-03', until: '2024-04-02', event: 'storm-one', sources: ['atlas-one'] },
      ];
      const segment = feature(corridor.segments, 'inland--west-port').properties;
      segment.status = 'restricted';
      segment.statusHistory = [
        ...(segment.statusHistory as Properties[]),
        {
          status: 'restricted',
          since: '2025-02-28',
          event: 'storm-one',
          sources: ['atlas-two'],
          note: 'Not confirmed.',
        },
      ];
    });
    expect(result.report).toEqual([]);
    const suez = result.passages.find((passage) => passage.properties.id === 'suez');
    expect(suez?.properties.status).toBe('operational');
    expect(suez?.properties.statusHistory[0]?.until).toBe('2024-04-02');
  });

  it('says which status the last lasting entry gives', () => {
    const result = check(ruleCases['status-current'].mutate);
    expect(findings(result.report, 'status-current')[0]?.message).toBe(
      'status is "under-construction", but the last lasting history entry (since 2024) says "planned"',
    );
  });

  it('does not count a temporary entry as the lasting status', () => {
    const result = check((corridor) => {
      const segment = feature(corridor.segments, 'inland--west-port').properties;
      segment.statusHistory = [
        ...(segment.statusHistory as Properties[]),
        { status: 'closed', since: '2026-03', until: '2026-04', sources: ['atlas-one'] },
      ];
    });
    expect(result.report).toEqual([]);
  });

  it('takes an until in the same month as since, and rejects an until that is not a date', () => {
    const sameMonth = check((corridor) => {
      feature(corridor.passages, 'suez').properties.statusHistory = [
        { status: 'closed', since: '2024-03-15', until: '2024-03', sources: ['atlas-one'] },
      ];
    });
    expect(sameMonth.report).toEqual([]);
    const notADate = check((corridor) => {
      feature(corridor.passages, 'suez').properties.statusHistory = [
        { status: 'closed', since: '2024-03-15', until: 'soon', sources: ['atlas-one'] },
      ];
    });
    expect(findings(notADate.report, 'date-format')).toHaveLength(1);
  });
});

describe('dated statuses of nodes (a port, hub or crossing closed or restricted)', () => {
  /** East Port restricted from 2026-03-04 by storm-one, not confirmed over, after a closed week in 2025. */
  function withNodeHistory(corridor: Fixture): Properties {
    corridor.events = { events: [{ id: 'storm-one' }] };
    const properties = feature(corridor.nodes, 'east-port').properties;
    properties.status = 'restricted';
    properties.statusHistory = [
      { status: 'closed', since: '2025-08-14', until: '2025-08-22', event: 'storm-one', sources: ['atlas-one'] },
      {
        status: 'restricted',
        since: '2026-03-04',
        event: 'storm-one',
        sources: ['atlas-two'],
        note: 'Return to normal: not confirmed.',
      },
    ];
    return properties;
  }

  it('gives a node without a status operational and an empty history', () => {
    const result = check(() => {});
    const node = result.nodes.find((candidate) => candidate.properties.id === 'east-port');
    expect(node?.properties.status).toBe('operational');
    expect(node?.properties.statusHistory).toEqual([]);
  });

  it('accepts a temporary closure and a lasting restriction with the event behind each', () => {
    const result = check(withNodeHistory);
    expect(result.report).toEqual([]);
    const node = result.nodes.find((candidate) => candidate.properties.id === 'east-port');
    expect(node?.properties.status).toBe('restricted');
    expect(node?.properties.statusHistory.map((entry) => entry.until)).toEqual(['2025-08-22', undefined]);
  });

  const nodeCases: { rule: CorridorRule; bad: string; mutate: (properties: Properties) => void }[] = [
    {
      rule: 'date-format',
      bad: 'a since in month 13',
      mutate: (properties) => {
        (properties.statusHistory as Properties[])[1] = {
          status: 'restricted',
          since: '2026-13',
          event: 'storm-one',
          sources: ['atlas-two'],
        };
      },
    },
    {
      rule: 'until-after-since',
      bad: 'a closure that ends before it begins',
      mutate: (properties) => {
        const closure = (properties.statusHistory as Properties[])[0];
        if (closure) closure.until = '2025-08-13';
      },
    },
    {
      rule: 'event-exists',
      bad: 'an entry naming an event events.json does not have',
      mutate: (properties) => {
        const closure = (properties.statusHistory as Properties[])[0];
        if (closure) closure.event = 'storm-two';
      },
    },
    {
      rule: 'status-current',
      bad: 'a status field that is not the status of the last lasting entry',
      mutate: (properties) => {
        properties.status = 'closed';
      },
    },
    {
      rule: 'status-current',
      bad: 'a lasting disruption left out of the status field (the default operational)',
      mutate: (properties) => {
        delete properties.status;
      },
    },
    {
      rule: 'known-source',
      bad: 'an entry citing a source missing from sources.json',
      mutate: (properties) => {
        const closure = (properties.statusHistory as Properties[])[0];
        if (closure) closure.sources = ['atlas-three'];
      },
    },
    {
      rule: 'sources-cited',
      bad: 'an entry citing no source',
      mutate: (properties) => {
        const closure = (properties.statusHistory as Properties[])[0];
        if (closure) closure.sources = [];
      },
    },
    {
      rule: 'enum',
      bad: 'a node status that is not a segment status',
      mutate: (properties) => {
        properties.status = 'blockaded';
      },
    },
  ];

  for (const { rule, bad, mutate } of nodeCases) {
    it(`${rule}: ${bad}`, () => {
      const result = check((corridor) => mutate(withNodeHistory(corridor)));
      expect(findings(result.report, rule)).toContainEqual(
        expect.objectContaining({ feature: 'east-port', dataset: 'nodes', severity: 'error' }),
      );
      expect(result.nodes.map((node) => node.properties.id)).not.toContain('east-port');
    });
  }

  it('says which status the last lasting entry of a node gives', () => {
    const result = check((corridor) => {
      withNodeHistory(corridor).status = 'closed';
    });
    expect(findings(result.report, 'status-current')[0]?.message).toBe(
      'status is "closed", but the last lasting history entry (since 2026-03-04) says "restricted"',
    );
  });
});

describe('seasonal closures and restrictions', () => {
  const restrict = (seasonal: Properties) => {
    seasonal.closedMonths = undefined;
    seasonal.restrictedMonths = [12, 1, 2, 3];
    seasonal.effect = {
      days: { optimistic: 1, central: 2, pessimistic: 4 },
      sources: ['atlas-two'],
      note: 'icebreaker convoys; no cost figure sourced',
    };
  };

  it('keeps a restricted season with a sourced effect, closedMonths defaulting to none', () => {
    const result = check((corridor) => {
      const seasonal = feature(corridor.segments, 'west-port--east-port').properties.seasonal as Properties;
      restrict(seasonal);
      delete seasonal.closedMonths;
    });
    expect(result.report).toEqual([]);
    const sea = result.segments.find((segment) => segment.properties.id === 'west-port--east-port');
    expect(sea?.properties.seasonal?.closedMonths).toEqual([]);
    expect(sea?.properties.seasonal?.restrictedMonths).toEqual([12, 1, 2, 3]);
    expect(sea?.properties.seasonal?.effect?.days?.central).toBe(2);
  });

  it('refuses a month both closed and restricted, and a season with no month', () => {
    const both = check((corridor) => {
      const seasonal = feature(corridor.segments, 'west-port--east-port').properties.seasonal as Properties;
      restrict(seasonal);
      seasonal.closedMonths = [3, 4];
    });
    expect(findings(both.report, 'seasonal-months')[0]?.message).toMatch(/months 3 are both closed and restricted/);
    const none = check((corridor) => {
      const seasonal = feature(corridor.segments, 'west-port--east-port').properties.seasonal as Properties;
      seasonal.closedMonths = [];
    });
    expect(findings(none.report, 'seasonal-months')[0]?.message).toMatch(/lists no month/);
  });

  it('counts the effect sources as citations', () => {
    const result = check((corridor) => {
      const seasonal = feature(corridor.segments, 'west-port--east-port').properties.seasonal as Properties;
      restrict(seasonal);
      (seasonal.effect as Properties).sources = ['atlas-nine'];
    });
    expect(findings(result.report, 'known-source')[0]?.message).toMatch(/seasonal\.effect\.sources cites "atlas-nine"/);
  });
});

describe('unopenedSources (issue 13 §5)', () => {
  it('warns of each entry whose dateAccessed is null, and of nothing else', () => {
    const { sources } = fixture();
    expect(unopenedSources('sources', sources)).toEqual([
      {
        dataset: 'sources',
        feature: 'atlas-two',
        severity: 'warning',
        rule: 'source-not-opened',
        message: 'dateAccessed is null: the entry was taken from notes and never opened; open it and record the date',
      },
    ]);
    expect(unopenedSources('sources', { not: 'an array' })).toEqual([]);
    expect(unopenedSources('sources', [null, 3, { dateAccessed: null }])).toEqual([
      expect.objectContaining({ feature: '#3', rule: 'source-not-opened' }),
    ]);
  });

  it('is not run by validateCorridor: an entry never opened is valid data, not a note for readers', () => {
    const corridor = fixture();
    expect(validateCorridor(corridor, { land: corridor.land }).report).toEqual([]);
  });
});
