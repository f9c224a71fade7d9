/**
 * Jumps to the top of the page. The router swaps screens without a page load, so the browser keeps
 * the old scroll position; a new screen should start at its top. (Direct assignment rather than
 * `window.scrollTo`, which jsdom does not implement.)
 */
export function scrollToTop(): void {
  document.documentElement.scrollTop = 0;
  document.body.scrollTop = 0;
}
