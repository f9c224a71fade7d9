import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroller (phones). It takes focus so keyboard users can scroll it
 * (WCAG 2.1.1; axe "scrollable-region-focusable"), and is a named region so that focus is announced.
 */
export function ScrollRegion({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby={labelledBy}
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container must be keyboard-reachable
      tabIndex={0}
    >
      {children}
    </div>
  );
}
