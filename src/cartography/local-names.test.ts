import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STATE, localNameProperties, NAME_FIELD, spacingForScript } from './local-names';

/** Evaluates a style expression for a feature, with the interface language as MapLibre's global state. */
function evaluate(expression: unknown, language: string, properties: Record<string, unknown>): unknown {
  const compiled = createExpression(expression, 'layers[0].layout.text-field', null, { [LANGUAGE_STATE]: language });
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 5 }, { type: 'Point', properties, geometry: [] } as never);
}

describe('local names on the map', () => {
  it("flattens the data's names, and fills the gaps from a fallback", () => {
    expect(localNameProperties({ ru: 'Москва', fa: 'مسکو', tk: 'Moskwa' })).toEqual({
      name_ru: 'Москва',
      name_fa: 'مسکو',
    });
    expect(localNameProperties(undefined, (language) => (language === 'hi' ? 'रूस' : undefined))).toEqual({
      name_hi: 'रूस',
    });
    expect(localNameProperties({ fa: 'روسیه' }, () => 'from the fallback')).toEqual({
      name_ru: 'from the fallback',
      name_fa: 'روسیه',
      name_hi: 'from the fallback',
    });
  });
  it('labels in the interface language where a name exists, else in English', () => {
    const moscow = { name: 'Moscow', name_ru: 'Москва', name_fa: 'مسکو' };
    expect(evaluate(NAME_FIELD, 'fa', moscow)).toBe('مسکو');
    expect(evaluate(NAME_FIELD, 'ru', moscow)).toBe('Москва');
    expect(evaluate(NAME_FIELD, 'hi', moscow)).toBe('Moscow');
    expect(evaluate(NAME_FIELD, 'en', moscow)).toBe('Moscow');
  });
  it('spaces letters apart only in scripts whose letters stand apart', () => {
    expect(evaluate(spacingForScript(0.18), 'ru', {})).toBe(0.18);
    expect(evaluate(spacingForScript(0.18), 'fa', {})).toBe(0);
    expect(evaluate(spacingForScript(0.18), 'hi', {})).toBe(0);
  });
});
