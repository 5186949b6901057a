import { describe, expect, it } from 'vitest';
import { wordingOf } from '../../tests/support/interface-words';
import {
  capacitiesText,
  capacityUnit,
  commaList,
  commodityName,
  energyKind,
  localDigits,
  milestoneName,
  periodText,
  pipelineKind,
  plainNumber,
  segmentModeText,
  semicolonList,
  swapKind,
  tractionWord,
  volumeBasis,
} from './details-wording';

const en = wordingOf('en');
const ru = wordingOf('ru');
const fa = wordingOf('fa');
const hi = wordingOf('hi');

describe('the details’ and tables’ words', () => {
  it('words the energy overlays’ kinds and commodities in each language, an unknown value as the data gives it', () => {
    expect(pipelineKind(en, 'gas', 'planned-flow')).toBe('Gas planned flow');
    expect(pipelineKind(ru, 'oil', 'pipeline')).toBe('Нефтепровод');
    expect(pipelineKind(fa, 'gas', 'pipeline')).toBe('خط لولهٔ گاز');
    expect(pipelineKind(hi, 'gas', 'pipeline')).toBe('गैस पाइपलाइन');
    expect(pipelineKind(en, 'hydrogen', 'pipeline')).toBe('hydrogen pipeline');
    expect(energyKind(en, 'lng')).toBe('LNG project');
    expect(energyKind(fa, 'lng')).toBe('پروژهٔ LNG');
    expect(commodityName(ru, 'gas')).toBe('Газ');
    expect(swapKind(hi, 'oil')).toBe('तेल स्वैप');
    expect(swapKind(en, 'water')).toBe('Swap');
    expect(volumeBasis(ru, 'delivered')).toBe('поставлено');
    expect(volumeBasis(en, 'other-basis')).toBe('other-basis');
    expect(milestoneName(fa, 'commissioned')).toBe('بهره‌برداری');
    expect(milestoneName(en, 'lastFlows')).toBe('Last flows');
  });
  it('words traction and the capacity units that are words; keeps abbreviations as published', () => {
    expect(tractionWord(en, 'diesel')).toBe('diesel');
    expect(tractionWord(ru, 'electric')).toBe('электрическая');
    expect(en.t('details.traction', { traction: tractionWord(en, 'electric') })).toBe('electric traction');
    expect(ru.t('details.traction', { traction: tractionWord(ru, 'diesel') })).toBe('тепловозная тяга');
    expect(capacityUnit(hi, 'train pairs/day')).toBe('ट्रेन जोड़े/दिन');
    expect(capacityUnit(ru, 'bcm/yr')).toBe('bcm/yr');
    expect(capacityUnit(fa, 'mtpa')).toBe('mtpa');
  });
  it('words a segment’s mode with its qualifiers, and capacities as published', () => {
    expect(segmentModeText(en, { mode: 'rail', gaugeMillimetres: 1520, traction: 'electric' })).toBe(
      'Rail (1520 mm, electric)',
    );
    expect(segmentModeText(ru, { mode: 'rail', gaugeMillimetres: 1520, traction: 'diesel' })).toBe(
      'Железная дорога (1520 мм, тепловозная)',
    );
    expect(segmentModeText(fa, { mode: 'sea', vessel: 'feeder' })).toBe('دریایی (فیدر)');
    expect(segmentModeText(hi, { mode: 'road' })).toBe('सड़क');
    const figures = [
      { value: 6, unit: 'Mt/yr', basis: 'design', year: null },
      { value: 4.7, unit: 'Mt/yr', basis: 'target', year: 2026 },
    ];
    expect(capacitiesText(en, figures)).toBe('6 Mt/yr (design); 4.7 Mt/yr (target, 2026)');
    expect(capacitiesText(fa, figures)).toBe('۶ Mt/yr (طراحی)؛ ۴٫۷ Mt/yr (هدف، ۲۰۲۶)');
  });
  it('writes data strings and years in the language’s digits, without grouping', () => {
    expect(localDigits(en, '2022-03-21/2023-03-20')).toBe('2022-03-21/2023-03-20');
    expect(localDigits(fa, '2022/2024')).toBe('۲۰۲۲/۲۰۲۴');
    expect(periodText(fa, 'winter')).toBe('زمستان');
    expect(periodText(hi, '2025-03')).toBe(localDigits(hi, '2025-03'));
    expect(plainNumber(en, 1435)).toBe('1435');
    expect(plainNumber(fa, 2030)).toBe('۲۰۳۰');
  });
  it('separates items with the language’s punctuation', () => {
    expect(commaList(en, ['a', 'b'])).toBe('a, b');
    expect(commaList(fa, ['الف', 'ب'])).toBe('الف، ب');
    expect(semicolonList(en, ['a', 'b'])).toBe('a; b');
    expect(semicolonList(fa, ['الف', 'ب'])).toBe('الف؛ ب');
  });
  it('counts with the plural forms of each language', () => {
    const counts = (wording: typeof en, total: number) => wording.t('overview.statusCounts', { counts: 'x', total });
    expect(counts(en, 1)).toBe('x of 1 segment');
    expect(counts(en, 12)).toBe('x of 12 segments');
    expect(counts(ru, 21)).toBe('x из 21 участка');
    expect(counts(ru, 5)).toBe('x из 5 участков');
    expect(ru.t('find.count.pipeline', { count: 3 })).toBe('3 трубопровода');
    expect(fa.t('tables.rowCount', { shown: 3, total: 95 })).toBe('۳ از ۹۵ بخش مسیر.');
    expect(hi.t('find.count.lng', { count: 2 })).toBe('2 LNG परियोजनाएँ');
    expect(en.t('tables.rowCount', { shown: 1200, total: 1200 })).toBe('1,200 of 1,200 segments.');
  });
});
