import { type ReactNode, Suspense } from 'react';
import { ErrorBoundary, type PageArea } from './error-boundary';

interface PanelSectionProps {
  /** Id stem of the heading, for `aria-labelledby`. */
  id: string;
  title: string;
  /** What the section is, for the error boundary's message ("the route explorer"). */
  area: PageArea;
  /** Shown while the data the section needs loads. */
  loading: string;
  children: ReactNode;
}

/**
 * One section of the side panel: a heading, and its content behind its own error boundary (a broken
 * section never blanks the others) and suspense fallback (it waits for its data alone).
 */
export function PanelSection({ id, title, area, loading, children }: PanelSectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className="panel-section">
      <h2 id={`${id}-heading`}>{title}</h2>
      <ErrorBoundary area={area}>
        <Suspense fallback={<p className="hint">{loading}</p>}>{children}</Suspense>
      </ErrorBoundary>
    </section>
  );
}
