import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { MessageId } from '../i18n/catalogues';
import { useT } from '../i18n/use-t';

/** The parts of the page that have their own boundary, and the catalogue message naming each. */
const AREA_NAMES = {
  overview: 'area.overview',
  layers: 'area.layers',
  place: 'area.place',
  route: 'area.route',
  comparison: 'area.comparison',
  energy: 'area.energy',
  tables: 'area.tables',
  share: 'area.share',
  map: 'area.map',
  mapKey: 'area.mapKey',
  panel: 'area.panel',
  sheetHandle: 'area.sheetHandle',
  timeline: 'area.timeline',
  notices: 'area.notices',
  selection: 'area.selection',
  details: 'area.details',
} as const satisfies Record<string, MessageId>;
export type PageArea = keyof typeof AREA_NAMES;

interface ErrorBoundaryProps {
  /** What this part of the page is, for the message ("the side panel"). */
  area: PageArea;
  children: ReactNode;
}

/** What a boundary shows in place of the part that failed, in the interface's language. */
function Failure({ area, error, onRetry }: { area: PageArea; error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="error-boundary">
      <p>
        <strong>{t('error.inArea', { area: t(AREA_NAMES[area]) })}</strong> {t('error.restWorks')}
      </p>
      <p className="error-boundary__detail">{error.message}</p>
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

interface ErrorBoundaryState {
  error: Error | undefined;
}

/**
 * Keeps one broken part of the page from blanking the rest: it shows what failed, in place,
 * and offers to try again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever debugs the page; the visible message is rendered below.
    console.warn(`${this.props.area} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Failure
        area={this.props.area}
        error={this.state.error}
        onRetry={() => {
          // A data load that failed is asked for again (see DataLoadError in src/state/load-data.ts).
          const { error } = this.state;
          if (error && 'retry' in error && typeof error.retry === 'function') error.retry();
          this.setState({ error: undefined });
        }}
      />
    );
  }
}
