import { describe, expect, it } from 'vitest';
import { createExplorerStore, selectLanguage } from '../state/explorer-store';
import { parseLink } from '../state/link/parse-link';
import { preferredLanguage } from './languages';

describe('preferredLanguage', () => {
  it("takes the first of the browser's languages the interface has, by primary subtag", () => {
    expect(preferredLanguage(['de-DE', 'fa-IR', 'ru'])).toBe('fa');
    expect(preferredLanguage(['RU-ru'])).toBe('ru');
    expect(preferredLanguage(['hi'])).toBe('hi');
    expect(preferredLanguage(['en-US', 'ru'])).toBe('en');
  });
  it('falls back to English when the browser prefers none of them, or says nothing', () => {
    expect(preferredLanguage(['de', 'ar', 'zh-Hans'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});

describe('the language shown', () => {
  it("is the link's lang when it has one, else the browser's", () => {
    const store = createExplorerStore('2026.12.3', '2026-12-01', 'ru');
    expect(selectLanguage(store.getState())).toBe('ru');
    const { state, notices } = parseLink('#v=1&lang=fa');
    store.getState().applyLink(state, notices);
    expect(selectLanguage(store.getState())).toBe('fa');
    store.getState().applyLink(parseLink('#v=1').state, []);
    expect(selectLanguage(store.getState())).toBe('ru');
  });
  it('is what the reader chooses, kept with the rest of the link state', () => {
    const store = createExplorerStore('2026.12.3', '2026-12-01', 'en');
    store.getState().applyLink(parseLink('#v=1&route=moscow~mumbai&embed=1').state, []);
    store.getState().setLanguage('hi');
    expect(selectLanguage(store.getState())).toBe('hi');
    expect(store.getState().passThrough).toEqual({ embed: true, language: 'hi' });
    expect(store.getState().routeQuery.route).toEqual(['moscow', 'mumbai']);
  });
});
