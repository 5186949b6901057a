import { describe, expect, it } from 'vitest';
import { wordingOf } from '../../tests/support/interface-words';
import { displayNames } from '../domain/readable';

const names = displayNames({
  places: new Map([
    ['moscow', 'Moscow'],
    ['mumbai', 'Mumbai'],
    ['baku', 'Baku'],
  ]),
});

describe('the interface wording', () => {
  it('words vocabularies in the language shown, and an unknown value as words', () => {
    expect(wordingOf('en').branch('western')).toBe('Western branch (via Azerbaijan)');
    expect(wordingOf('ru').branchShort('eastern')).toBe('Восточная');
    expect(wordingOf('fa').mode('rail')).toBe('ریلی');
    expect(wordingOf('hi').status(undefined)).toBe('अभी बना नहीं');
    expect(wordingOf('en').modeWithVessel('sea', 'rail-ferry')).toBe('Sea (rail ferry)');
    expect(wordingOf('ru').nodeKind('no-such-kind')).toBe('No Such Kind');
  });
  it('writes a figure with its range in the language’s digits, "about" when rounded', () => {
    expect(wordingOf('en').range(28.5, 14, 49)).toBe('29 (14–49)');
    expect(wordingOf('en').range(2234, 1100, 4100)).toBe('about 2,200 (1,100–4,100)');
    expect(wordingOf('en').range(2.94, 2.9, 3, 0.1)).toBe('2.9 (2.9–3.0)');
    expect(wordingOf('fa').range(2234, 1100, 4100)).toBe('حدود ۲٬۲۰۰ (۱٬۱۰۰–۴٬۱۰۰)');
    expect(wordingOf('ru').unit('km', wordingOf('ru').number(9538))).toMatch(/^9\s538 км$/u);
  });
  it('writes months as spans across the new year', () => {
    expect(wordingOf('en').months([12, 1, 2, 3])).toBe('December to March');
    expect(wordingOf('en').months([1, 3, 4])).toBe('January and March to April');
    expect(wordingOf('ru').months([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe('круглый год');
    expect(wordingOf('ru').months([12, 1, 2, 3])).toBe('декабрь – март');
    // The data's months are Gregorian in every language: March is مارس, not the Solar Hijri اسفند.
    expect(wordingOf('fa').months([3])).toBe('مارس');
  });
  it('titles a route with its stops and criterion', () => {
    expect(wordingOf('en').routeTitle(['moscow', 'baku', 'mumbai'], 'time', names)).toBe(
      'Route from Moscow to Mumbai via Baku, best by time',
    );
    expect(wordingOf('ru').routeTitle(['moscow', 'mumbai'], 'cost', names)).toBe(
      'Маршрут Moscow — Mumbai, лучший по стоимости',
    );
  });
  it('names countries and languages from CLDR', () => {
    expect(wordingOf('fa').country('IR')).toBe('ایران');
    expect(wordingOf('en').countries(['RU', 'AZ', 'IR'])).toBe('Russia, Azerbaijan and Iran');
    expect(wordingOf('ru').languageName('az')).toBe('азербайджанский');
  });
});
