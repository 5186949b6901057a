import type { KeyboardEvent, RefObject } from 'react';
import type { MessageId } from '../i18n/catalogues';
import { useT } from '../i18n/use-t';
import { useExplorer } from '../state/explorer-context';
import { selectActiveTab } from '../state/explorer-store';
import { PANEL_TABS, type PanelTab } from '../state/link/link-state';

/** The catalogue message of each tab's words. */
export const TAB_LABELS = {
  overview: 'tabs.overview',
  route: 'tabs.route',
  compare: 'tabs.compare',
  energy: 'tabs.energy',
  table: 'tabs.table',
  share: 'tabs.share',
} as const satisfies Record<PanelTab, MessageId>;

/** The id of a tab's button and of its panel. */
export const tabButtonId = (tab: PanelTab) => `tab-${tab}`;
export const tabPanelId = (tab: PanelTab) => `tabpanel-${tab}`;

/**
 * The tab strip (the ARIA tabs pattern, activated on focus with the arrow keys, Home and End).
 * `buttons` receives each tab's button, so that "Back" from the details pane can focus it.
 */
export function TabStrip({ buttons }: { buttons: RefObject<Partial<Record<PanelTab, HTMLButtonElement | null>>> }) {
  const t = useT();
  const active = useExplorer(selectActiveTab);
  const detailsOpen = useExplorer((state) => state.detailsOpen);
  const setTab = useExplorer((state) => state.setTab);
  const go = (tab: PanelTab) => {
    setTab(tab);
    buttons.current[tab]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = PANEL_TABS.indexOf(active);
    const last = PANEL_TABS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? PANEL_TABS[index === last ? 0 : index + 1]
        : event.key === 'ArrowLeft'
          ? PANEL_TABS[index === 0 ? last : index - 1]
          : event.key === 'Home'
            ? PANEL_TABS[0]
            : event.key === 'End'
              ? PANEL_TABS[last]
              : undefined;
    if (!next) return;
    event.preventDefault();
    go(next);
  };
  return (
    <div role="tablist" aria-label={t('tabs.label')} className="tab-strip">
      {PANEL_TABS.map((tab) => {
        // While the details pane is open no tab is shown; the strip still says where Back returns.
        const selected = tab === active;
        return (
          <button
            key={tab}
            ref={(element) => {
              buttons.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={tabButtonId(tab)}
            aria-selected={selected && !detailsOpen}
            aria-controls={selected && !detailsOpen ? tabPanelId(tab) : undefined}
            tabIndex={selected ? 0 : -1}
            className={selected ? 'tab-strip__tab tab-strip__tab--active' : 'tab-strip__tab'}
            onClick={() => go(tab)}
            onKeyDown={onKeyDown}
          >
            {t(TAB_LABELS[tab])}
          </button>
        );
      })}
    </div>
  );
}
