import { useEffect, useRef } from 'react';

/**
 * Sets the browser tab title and moves focus to the page's h1 when the page arrives, so screen
 * reader and keyboard users start at the answer (the router swaps screens without a page load).
 */
export function usePageHeading<T extends HTMLElement = HTMLHeadingElement>(
  title: string | undefined,
  focus = true,
) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (title !== undefined) document.title = title;
  }, [title]);
  useEffect(() => {
    // Only on arrival (`focus` is fixed per page): re-scoring must not pull focus away from the
    // field being edited.
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}
