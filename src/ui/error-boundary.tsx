import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What this part of the page is, for the message ("the side panel"). */
  area: string;
  children: ReactNode;
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
      <div role="alert" className="error-boundary">
        <p>
          <strong>Something went wrong in {this.props.area}.</strong> The rest of the explorer still works.
        </p>
        <p className="error-boundary__detail">{this.state.error.message}</p>
        <button
          type="button"
          onClick={() => {
            // A data load that failed is asked for again (see DataLoadError in src/state/load-data.ts).
            const { error } = this.state;
            if (error && 'retry' in error && typeof error.retry === 'function') error.retry();
            this.setState({ error: undefined });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
