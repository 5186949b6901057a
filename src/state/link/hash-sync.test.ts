import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../explorer-store';
import { dropUnknownIds } from './drop-unknown-ids';
import { type HashSyncWindow, isHistoryStep, startHashSync } from './hash-sync';

const DATA_VERSION = '2026.11.1';

/** A stand-in for the browser's location and history, recording pushes and replaces. */
function fakeWindow(initialHash: string) {
  const entries = [initialHash];
  let index = 0;
  const listeners = new Map<string, Array<() => void>>();
  const calls: string[] = [];
  const location = {
    pathname: '/',
    search: '',
    get hash() {
      return entries[index] ? `#${entries[index]}` : '';
    },
  };
  const target = {
    location,
    history: {
      pushState: (_state: unknown, _title: string, url: string) => {
        entries.splice(index + 1, entries.length, url.split('#')[1] ?? '');
        index += 1;
        calls.push('push');
      },
      replaceState: (_state: unknown, _title: string, url: string) => {
        entries[index] = url.split('#')[1] ?? '';
        calls.push('replace');
      },
    },
    addEventListener: (type: string, listener: () => void) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    removeEventListener: () => {},
  } as unknown as HashSyncWindow;
  const back = () => {
    index -= 1;
    for (const listener of listeners.get('popstate') ?? []) listener();
  };
  /** The user edits the hash in the address bar (or a page sets `location.hash`). */
  const edit = (hash: string) => {
    entries.splice(index + 1, entries.length, hash);
    index += 1;
    for (const listener of listeners.get('hashchange') ?? []) listener();
  };
  return { target, entries: () => entries.slice(0, index + 1), calls, back, edit, location };
}

describe('startHashSync', () => {
  it('applies the link at start and writes its canonical form without a new entry', () => {
    const browser = fakeWindow('bbox=44,36,56,47&junk=1');
    const store = createExplorerStore();
    startHashSync(store, browser.target, DATA_VERSION);
    expect(store.getState().view).toEqual({
      kind: 'bounds',
      boundingBox: { west: 44, south: 36, east: 56, north: 47 },
    });
    expect(store.getState().linkNotices.map((notice) => notice.key)).toEqual(['junk']);
    expect(browser.location.hash).toBe(`#v=1&bbox=44,36,56,47&dv=${DATA_VERSION}`);
    expect(browser.calls).toEqual(['replace']);
  });

  it('replaces the entry when only assumptions change', () => {
    const browser = fakeWindow('route=moscow~mumbai');
    const store = createExplorerStore();
    startHashSync(store, browser.target, DATA_VERSION);
    store.getState().updateRouteQuery({ assumptions: [['speed.rail.electric', 50]] });
    expect(browser.location.hash).toBe(`#v=1&route=moscow~mumbai&asm=speed.rail.electric:50&dv=${DATA_VERSION}`);
    expect(browser.calls).toEqual(['replace', 'replace']);
  });

  it('makes one history step of a dragged date, and a step of each date set by key', () => {
    const browser = fakeWindow('');
    const store = createExplorerStore();
    startHashSync(store, browser.target, DATA_VERSION);
    store.getState().setGesture(true);
    for (const date of ['2026-03-01', '2026-03-02', '2026-03-03']) store.getState().updateRouteQuery({ date });
    store.getState().setGesture(false);
    expect(browser.calls).toEqual(['replace', 'push', 'replace', 'replace']);
    expect(browser.location.hash).toBe(`#v=1&date=2026-03-03&dv=${DATA_VERSION}`);
    store.getState().updateRouteQuery({ date: '2026-03-04' });
    store.getState().updateRouteQuery({ date: '2026-03-05' });
    expect(browser.calls.slice(-2)).toEqual(['push', 'push']);
    browser.back();
    expect(store.getState().routeQuery.date).toBe('2026-03-04');
  });

  it('replaces the entry when the camera moves', () => {
    const browser = fakeWindow('');
    const store = createExplorerStore();
    startHashSync(store, browser.target, DATA_VERSION);
    store.getState().setCameraFromMap({ zoom: 4, latitude: 40, longitude: 50, bearing: 0, pitch: 0 });
    expect(browser.location.hash).toBe(`#v=1&map=4/40/50&dv=${DATA_VERSION}`);
    expect(browser.calls).toEqual(['replace', 'replace']);
  });

  it('pushes an entry when the route changes, and back restores the whole previous state', () => {
    const browser = fakeWindow('map=4/40/50');
    const store = createExplorerStore();
    startHashSync(store, browser.target, DATA_VERSION);
    store.getState().applyLink({ camera: { zoom: 4, latitude: 40, longitude: 50, bearing: 0, pitch: 0 } }, []);
    store.getState().updateRouteQuery({ route: ['moscow', 'mumbai'] });
    expect(browser.calls.at(-1)).toBe('push');
    expect(browser.location.hash).toBe(`#v=1&map=4/40/50&route=moscow~mumbai&dv=${DATA_VERSION}`);
    browser.back();
    expect(store.getState().routeQuery.route).toBeUndefined();
    expect(browser.location.hash).toBe(`#v=1&map=4/40/50&dv=${DATA_VERSION}`);
    expect(browser.calls.at(-1)).toBe('replace');
  });

  it('notes a link made with another data version', () => {
    const browser = fakeWindow('dv=2024.01.1');
    const store = createExplorerStore();
    startHashSync(store, browser.target, DATA_VERSION);
    const notice = store.getState().linkNotices.find((item) => item.key === 'dv');
    expect(notice?.reason).toMatch(/figures may differ/);
  });
});

describe('checking ids against the loaded data', () => {
  const catalog = {
    placeIds: new Set(['moscow', 'mumbai']),
    segmentIds: new Set<string>(),
    layerIds: new Set<string>(),
  };

  it('drops unknown ids of the opened link once the data is in, without a history step', () => {
    const browser = fakeWindow('route=moscow~atlantis~mumbai');
    const store = createExplorerStore();
    const sync = startHashSync(store, browser.target, DATA_VERSION);
    sync.checkIds((state) => dropUnknownIds(state, catalog));
    expect(store.getState().routeQuery.route).toEqual(['moscow', 'mumbai']);
    expect(store.getState().linkNotices.map((notice) => [notice.key, notice.value])).toEqual([['route', 'atlantis']]);
    expect(browser.location.hash).toBe(`#v=1&route=moscow~mumbai&dv=${DATA_VERSION}`);
    expect(browser.calls).toEqual(['replace', 'replace']);
  });

  it('checks a link edited after load too, with a notice', () => {
    const browser = fakeWindow('');
    const store = createExplorerStore();
    const sync = startHashSync(store, browser.target, DATA_VERSION);
    sync.checkIds((state) => dropUnknownIds(state, catalog));
    browser.edit('v=1&route=moscow~mumbai&sel=nowhere');
    expect(store.getState().selection).toBeUndefined();
    expect(store.getState().linkNotices.map((notice) => notice.key)).toEqual(['sel']);
    expect(browser.location.hash).toBe(`#v=1&route=moscow~mumbai&dv=${DATA_VERSION}`);
  });
});

describe('a burst of hash changes', () => {
  it('applies only the latest link of a frame', () => {
    const browser = fakeWindow('');
    const frames: Array<() => void> = [];
    const target = { ...browser.target, requestAnimationFrame: (callback: () => void) => frames.push(callback) };
    const store = createExplorerStore();
    let applied = 0;
    const original = store.getState().applyLink;
    store.setState({
      applyLink: (state, notices) => {
        applied += 1;
        original(state, notices);
      },
    });
    startHashSync(store, target as unknown as HashSyncWindow, DATA_VERSION);
    applied = 0;
    for (let index = 0; index < 100; index += 1) browser.edit(`v=1&route=moscow~place-${index}`);
    expect(applied).toBe(0);
    expect(frames).toHaveLength(1);
    frames[0]?.();
    expect(applied).toBe(1);
    expect(store.getState().routeQuery.route).toEqual(['moscow', 'place-99']);
  });
});

describe('isHistoryStep', () => {
  it('is true for route, comparison and selection changes, false for camera and assumptions', () => {
    expect(isHistoryStep('v=1&dv=1', 'v=1&route=a~b&dv=1')).toBe(true);
    expect(isHistoryStep('v=1&cmp=a--b&dv=1', 'v=1&cmp=a--b,c--d&dv=1')).toBe(true);
    expect(isHistoryStep('v=1&dv=1', 'v=1&sel=a&dv=1')).toBe(true);
    expect(isHistoryStep('v=1&map=3/40/50&dv=1', 'v=1&map=4/41/51&dv=1')).toBe(false);
    expect(isHistoryStep('v=1&asm=a:1&dv=1', 'v=1&asm=a:2&dv=1')).toBe(false);
  });
});
