import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixtures from '../../../tests/fixtures/links-v1.json';
import { formatLink } from './format-link';
import { LINK_KEYS } from './link-keys';
import { MAXIMUM_LINK_NOTICES } from './link-reader';
import type { LinkState } from './link-state';
import { MAXIMUM_INPUT_LENGTH, MAXIMUM_LINK_LENGTH, MAXIMUM_LINK_PARTS, parseLink } from './parse-link';

const DATA_VERSION = fixtures.canonicalDataVersion;

describe('links-v1 fixtures', () => {
  for (const fixture of fixtures.links) {
    it(fixture.name, () => {
      const { state, notices } = parseLink(fixture.link);
      expect(state).toEqual(fixture.state as LinkState);
      expect(formatLink(state, DATA_VERSION)).toBe(fixture.canonical);
      expect(notices.map((notice) => notice.key)).toEqual(fixture.notices);
    });
  }

  it('the canonical form of every fixture reads back to the same state', () => {
    for (const fixture of fixtures.links) {
      const reread = parseLink(fixture.canonical);
      expect(reread.notices).toEqual([]);
      expect(formatLink(reread.state, DATA_VERSION)).toBe(fixture.canonical);
    }
  });
});

describe('parseLink', () => {
  it('names the offending value in the notice, shortened and without control characters', () => {
    const { notices } = parseLink(`#by=${'x'.repeat(200)}%0A`);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.value.length).toBeLessThanOrEqual(60);
    expect(notices[0]?.value).not.toMatch(/[\n\r]/);
  });

  it('cuts lists of an over-long link to the length limit, with a notice', () => {
    const segments = Array.from(
      { length: 100 },
      (_, index) => `corridor-segment-${index}--corridor-segment-${index + 1}`,
    );
    const { state, notices } = parseLink(`#cmp=${segments.join(',')}`);
    const formatted = formatLink(state, DATA_VERSION);
    expect(formatted.length).toBeLessThanOrEqual(MAXIMUM_LINK_LENGTH);
    expect(state.comparedSegments?.length).toBeLessThan(100);
    expect(state.comparedSegments?.[0]).toBe('corridor-segment-0--corridor-segment-1');
    expect(notices.map((notice) => notice.key)).toContain('cmp');
  });

  it('neutralises direction overrides, isolates, zero-width characters and separators in notices', () => {
    const hidden = ['\u202e', '\u2066', '\u200b', '\u200f', '\u2028', '\u061c', '\ufeff'];
    for (const character of hidden) {
      const { notices } = parseLink(`#by=${encodeURIComponent(`fast${character}est`)}`);
      expect(notices[0]?.value).toBe('fast?est');
    }
  });

  it('never splits a surrogate pair when shortening a value', () => {
    const { notices } = parseLink(`#by=${encodeURIComponent('🚂'.repeat(80))}`);
    const value = notices[0]?.value ?? '';
    expect(value.endsWith('…')).toBe(true);
    expect([...value.slice(0, -1)].every((character) => character === '🚂')).toBe(true);
  });

  it('cuts a link storm before reading it, says so first, and counts the rest of the notices in one', () => {
    // `%&` fifty thousand times: 100,000 characters, 50,000 malformed parts (issue 11).
    const { state, notices } = parseLink(`#${'%&'.repeat(50_000)}`);
    expect(state).toEqual({});
    expect(notices.slice(0, 2)).toEqual([
      {
        key: 'link',
        value: '100000 characters',
        reason: `longer than ${MAXIMUM_INPUT_LENGTH} characters; cut at 11999 characters and the rest not read`,
        code: 'link-too-long',
        parameters: { limit: MAXIMUM_INPUT_LENGTH, cut: 11999, count: 100_000 },
      },
      {
        key: 'link',
        value: '6000 parts',
        reason: `more than ${MAXIMUM_LINK_PARTS} KEY=VALUE parts; read the first ${MAXIMUM_LINK_PARTS}, the rest not read`,
        code: 'too-many-parts',
        parameters: { limit: MAXIMUM_LINK_PARTS, count: 6000 },
      },
    ]);
    expect(notices[2]).toEqual({
      key: '%',
      value: '',
      reason: 'malformed percent-encoding; ignored',
      code: 'malformed-encoding',
      parameters: {},
    });
    expect(notices).toHaveLength(MAXIMUM_LINK_NOTICES + 1);
    const unlisted = 2 + MAXIMUM_LINK_PARTS - MAXIMUM_LINK_NOTICES;
    expect(notices.at(-1)).toEqual({
      key: 'link',
      value: `${unlisted} more`,
      reason: `and ${unlisted} more problems of the same link, not listed`,
      code: 'unlisted-problems',
      parameters: { count: unlisted },
    });
  });

  it('reads the longest link it writes even with every character percent-encoded', () => {
    const segments = Array.from({ length: 100 }, (_, index) => `segment-${index}--segment-${index + 1}`);
    const assumptions = Array.from({ length: 100 }, (_, index) => `cost.handling.gauge-break.k${index}:123.456789`);
    const longest = formatLink(
      parseLink(`#cmp=${segments.join(',')}&asm=${assumptions.join(',')}&by=time`).state,
      DATA_VERSION,
    );
    expect(longest.length).toBeGreaterThan(MAXIMUM_LINK_LENGTH - 100);
    const encoded = longest
      .split('&')
      .map((pair) => {
        const [key = '', value = ''] = pair.split('=');
        const everyCharacter = [...value].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
        return `${key}=${everyCharacter}`;
      })
      .join('&');
    expect(encoded.length).toBeLessThanOrEqual(MAXIMUM_INPUT_LENGTH);
    const { state, notices } = parseLink(`#${encoded}`);
    expect(notices).toEqual([]);
    expect(formatLink(state, DATA_VERSION)).toBe(longest);
  });

  it('cuts an over-long hash after its last whole part, so the parts before apply', () => {
    const { state, notices } = parseLink(`#by=time&cmp=${'a,'.repeat(MAXIMUM_INPUT_LENGTH)}&cargo=bulk`);
    expect(state.criterion).toBe('time');
    expect(state.cargo).toBeUndefined();
    expect(notices[0]?.reason).toBe(
      `longer than ${MAXIMUM_INPUT_LENGTH} characters; cut at 7 characters and the rest not read`,
    );
  });

  it('reads a list of thousands of repeated items into the few distinct ones', () => {
    const { state } = parseLink(`#layers=${'pipelines,lng,'.repeat(400)}`);
    expect(state.layers).toEqual(['pipelines', 'lng']);
  });

  it('reads assumption values a link can write back exactly, and leaves their ranges to the data', () => {
    const { state, notices } = parseLink(
      '#asm=speed.rail.electric:0,cost.road:-5,co2.sea:1.8e303,handling.port:0.0000001,teuTonnes:12',
    );
    // The range of each assumption is the data's: checked once it is in (`checkLinkAgainstData`).
    expect(state.assumptions).toEqual([
      ['cost.road', -5],
      ['speed.rail.electric', 0],
      ['teuTonnes', 12],
    ]);
    expect(notices.map((notice) => [notice.value, notice.reason])).toEqual([
      ['co2.sea:1.8e303', 'out of range: a link writes assumption values from -1000000 to 1000000; ignored'],
      ['handling.port:0.0000001', 'more than 6 decimals: a link could not write it back; ignored'],
    ]);
    const written = formatLink(state, DATA_VERSION);
    expect(parseLink(written).state.assumptions).toEqual(state.assumptions);
  });

  it('keeps the first items of a list over its item cap', () => {
    const places = Array.from({ length: 20 }, (_, index) => `place-${index}`);
    const { state, notices } = parseLink(`#route=${places.join('~')}`);
    expect(state.route).toEqual(places.slice(0, 12));
    expect(notices.map((notice) => notice.key)).toEqual(['route']);
  });

  it('keeps a round trip: a place may come back in a route; only a place repeated at once is dropped, with a notice', () => {
    expect(parseLink('#route=moscow~mumbai~moscow')).toEqual({
      state: { route: ['moscow', 'mumbai', 'moscow'] },
      notices: [],
    });
    const { state, notices } = parseLink('#route=moscow~moscow~mumbai~mumbai~baku');
    expect(state.route).toEqual(['moscow', 'mumbai', 'baku']);
    expect(notices.map((notice) => [notice.key, notice.value])).toEqual([
      ['route', 'moscow'],
      ['route', 'mumbai'],
    ]);
  });

  it('writes every overlay hidden as layers=none and reads it back as an empty list', () => {
    expect(formatLink({ layers: [] }, DATA_VERSION)).toBe(`v=1&layers=none&dv=${DATA_VERSION}`);
    expect(parseLink(`#v=1&layers=none&dv=${DATA_VERSION}`).state.layers).toEqual([]);
    expect(formatLink({}, DATA_VERSION)).toBe(`v=1&dv=${DATA_VERSION}`);
  });

  it('drops repeated ids in a list without a notice for the first one', () => {
    const { state } = parseLink('#cmp=a--b,a--b,c--d');
    expect(state.comparedSegments).toEqual(['a--b', 'c--d']);
  });

  it('treats an empty bbox as invalid', () => {
    const { state, notices } = parseLink('#bbox=50,40,50,45');
    expect(state.boundingBox).toBeUndefined();
    expect(notices.map((notice) => notice.key)).toEqual(['bbox']);
  });

  it('does not read a number written with letters or hex', () => {
    for (const zoom of ['0x5', '5e', 'Infinity', 'NaN', '']) {
      const { state, notices } = parseLink(`#map=${zoom}/40/50`);
      expect(state.camera).toBeUndefined();
      expect(notices).toHaveLength(1);
    }
  });
});

/** Characters that exercise the parser: separators, percent signs, markup, non-Latin text. */
const hashCharacter = fc.constantFrom(
  ...'abcmpvdxyz019=&~,/:.-_%#<>"\' +?EFe'.split(''),
  '%2',
  '%E0%A4',
  '%25',
  '__proto__',
  'map=',
  'bbox=',
  'route=',
  'asm=',
  'тест',
  'آستارا',
);
const arbitraryHash = fc.array(hashCharacter, { maxLength: 80 }).map((parts) => parts.join(''));
const arbitraryKeyValueHash = fc
  .array(
    fc.tuple(
      fc.constantFrom(...LINK_KEYS.map((codec) => codec.key), 'zz'),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        arbitraryHash,
        fc.array(fc.double(), { maxLength: 5 }).map((numbers) => numbers.join('/')),
      ),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'));

describe('parseLink properties (fast-check)', () => {
  it('never throws, and format(parse(x)) is stable, over 10,000 hashes', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryHash, arbitraryKeyValueHash, fc.string({ maxLength: 200 })), (hash) => {
        const once = formatLink(parseLink(hash).state, DATA_VERSION);
        const twice = formatLink(parseLink(once).state, DATA_VERSION);
        expect(twice).toBe(once);
        expect(once.length).toBeLessThanOrEqual(MAXIMUM_LINK_LENGTH);
      }),
      { numRuns: 10_000 },
    );
    // 10,000 runs take about 1.5 s alone, several times that on a shared, busy machine: the default
    // 5 s limit would fail the test for the machine's load, not for the parser.
  }, 60_000);

  it('a formatted link never contains markup characters', () => {
    fc.assert(
      fc.property(arbitraryKeyValueHash, (hash) => {
        expect(formatLink(parseLink(hash).state, DATA_VERSION)).not.toMatch(/[<>"'\s]/);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});
