import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Notice } from './notice';

/*
 * Catches a render error below it so one bad datum or one failed download of code never blanks the
 * page: the rest of the page, and everything saved, stays. Saved data is never touched here.
 */

/** Whether an error is a lazy chunk that failed to load (usually: a deploy replaced the files). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|module script failed|error loading dynamically|ChunkLoadError|Unable to preload CSS/i.test(
    message,
  );
}

interface Props {
  /** What the user was looking at, in the message: "This section", "This page". */
  label: string;
  children: ReactNode;
  /** When any of these change (e.g. the route), the boundary tries again. */
  resetKeys?: readonly unknown[];
  /** Heading level of the fallback's title; none for a small section. */
  headingLevel?: 1 | 2;
  /** The fallback's element: `li` when the boundary stands for one item of a list. */
  as?: 'div' | 'li';
  /** More buttons in the fallback, e.g. Delete for an item that cannot be shown. */
  actions?: ReactNode;
  /**
   * For a part the page works without (the header's controls): if it fails, it is left out and
   * nothing is said, rather than a message in its place.
   */
  quiet?: boolean;
}

interface State {
  error: unknown;
  keys: readonly unknown[] | undefined;
}

const NO_ERROR = Symbol('no error');

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: NO_ERROR, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    const changed =
      props.resetKeys !== undefined &&
      (state.keys === undefined ||
        props.resetKeys.length !== state.keys.length ||
        props.resetKeys.some((key, i) => !Object.is(key, state.keys?.[i])));
    return changed ? { error: NO_ERROR, keys: props.resetKeys } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for support; the user sees the notice below.
    console.error(`${this.props.label} could not be shown`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === NO_ERROR) return this.props.children;
    if (this.props.quiet) return null;
    const { label, headingLevel, actions } = this.props;
    const Heading = headingLevel === 1 ? 'h1' : 'h2';
    const Wrapper = this.props.as ?? 'div';
    if (isChunkLoadError(error)) {
      return (
        <Wrapper role="alert" className="error-boundary">
          {headingLevel ? <Heading>A newer version of Hire Ready is available</Heading> : null}
          <Notice
            tone="warn"
            actions={
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Reload the page
              </button>
            }
          >
            <p>
              {label} could not be loaded, probably because Hire Ready was updated since this tab
              opened. Reload to get the new version. Everything saved in this browser is kept.
            </p>
          </Notice>
        </Wrapper>
      );
    }
    return (
      <Wrapper role="alert" className="error-boundary">
        {headingLevel ? <Heading>Something went wrong</Heading> : null}
        <Notice
          tone="bad"
          actions={
            <>
              {actions}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => this.setState({ error: NO_ERROR })}
              >
                Try again
              </button>
            </>
          }
        >
          <p>
            {label} could not be shown because of an error. Nothing saved in this browser was
            changed or deleted{headingLevel ? '' : ', and the rest of the page works'}.
          </p>
        </Notice>
      </Wrapper>
    );
  }
}
