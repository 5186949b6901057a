import { type ExplorerStore, selectLinkState } from '../explorer-store';
import { formatLink } from './format-link';
import { LINK_KEYS } from './link-keys';
import { linkNotice } from './link-notice';
import type { LinkNotice, LinkState } from './link-state';
import { parseLink } from './parse-link';

/**
 * Keys whose change is a new step the user may want to go back to (contracts §4: choosing a
 * route, changing the comparison or the selection). Changes to other keys (camera, assumptions)
 * replace the current history entry.
 */
const HISTORY_STEP_KEYS = LINK_KEYS.filter((codec) => codec.historyStep).map((codec) => codec.key);

function keyValues(hash: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const pair of hash.split('&')) {
    const separator = pair.indexOf('=');
    if (separator > 0) values.set(pair.slice(0, separator), pair.slice(separator + 1));
  }
  return values;
}

/** Whether going from one canonical hash to another is a history step (push) or not (replace). */
export function isHistoryStep(previousHash: string, nextHash: string): boolean {
  const previous = keyValues(previousHash);
  const next = keyValues(nextHash);
  for (const key of HISTORY_STEP_KEYS) {
    if (previous.get(key) !== next.get(key)) return true;
  }
  return false;
}

/** The window APIs the sync needs; a test can pass a stand-in. */
export type HashSyncWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'> &
  Partial<Pick<Window, 'requestAnimationFrame'>>;

/** A running hash sync. */
export interface HashSync {
  /**
   * Sets the check of a link's ids against the loaded data (e.g. `dropUnknownIds` with the data's
   * catalogue), runs it on the state now, and from then on on every link applied (back/forward, an
   * edited or pasted hash): what it drops is corrected without a history step, with its notices.
   */
  checkIds: (check: (state: LinkState) => { state: LinkState; notices: LinkNotice[] }) => void;
  stop: () => void;
}

/**
 * Keeps the store and the URL hash in step: reads the hash into the store at start and on
 * back/forward or a pasted link, and writes the canonical hash whenever the store changes,
 * pushing a history entry or replacing the current one (contracts §4).
 */
export function startHashSync(store: ExplorerStore, target: HashSyncWindow, dataVersion: string): HashSync {
  let written = '';
  let applyingLink = false;
  let correcting = false;
  let idCheck: ((state: LinkState) => { state: LinkState; notices: LinkNotice[] }) | undefined;

  const correctIds = () => {
    if (!idCheck) return;
    const { state, notices } = idCheck(selectLinkState(store.getState()));
    if (notices.length === 0) return;
    correcting = true;
    try {
      store.getState().correctLinkState(state, notices);
    } finally {
      correcting = false;
    }
  };

  const write = (hash: string, mode: 'push' | 'replace') => {
    written = hash;
    const url = `${target.location.pathname}${target.location.search}#${hash}`;
    if (mode === 'push') target.history.pushState(null, '', url);
    else target.history.replaceState(null, '', url);
  };

  const readHash = () => {
    const { state, notices } = parseLink(target.location.hash);
    const allNotices: LinkNotice[] = [...notices];
    if (state.dataVersion && state.dataVersion !== dataVersion) {
      allNotices.push(
        linkNotice('dv', state.dataVersion, 'other-data-version', { linked: state.dataVersion, current: dataVersion }),
      );
    }
    applyingLink = true;
    try {
      store.getState().applyLink(state, allNotices);
    } finally {
      applyingLink = false;
    }
    correctIds();
    // The canonical form replaces what was typed or pasted, without a new history entry.
    write(formatLink(selectLinkState(store.getState()), dataVersion), 'replace');
  };

  // A burst of hash changes (a script, a held key on back) is applied once per frame: only the
  // latest link is read.
  let scheduled = false;
  const onNavigate = () => {
    if (target.location.hash.replace(/^#/, '') === written) return;
    if (!target.requestAnimationFrame) {
      readHash();
      return;
    }
    if (scheduled) return;
    scheduled = true;
    target.requestAnimationFrame(() => {
      scheduled = false;
      if (target.location.hash.replace(/^#/, '') !== written) readHash();
    });
  };

  readHash();
  // One gesture (a drag of the timeline) is one history step: its first change pushes, the rest replace.
  let pushedInGesture = false;
  const unsubscribe = store.subscribe((state) => {
    if (!state.gesture) pushedInGesture = false;
    if (applyingLink) return;
    const hash = formatLink(selectLinkState(state), dataVersion);
    if (hash === written) return;
    let mode: 'push' | 'replace' = !correcting && isHistoryStep(written, hash) ? 'push' : 'replace';
    if (mode === 'push' && state.gesture) {
      if (pushedInGesture) mode = 'replace';
      pushedInGesture = true;
    }
    write(hash, mode);
  });
  target.addEventListener('popstate', onNavigate);
  target.addEventListener('hashchange', onNavigate);
  return {
    checkIds: (check) => {
      idCheck = check;
      correctIds();
    },
    stop: () => {
      unsubscribe();
      target.removeEventListener('popstate', onNavigate);
      target.removeEventListener('hashchange', onNavigate);
    },
  };
}
