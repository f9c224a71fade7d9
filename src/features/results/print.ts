/*
 * Printing. The report prints from CSS alone (every section opens, charts are plain SVG drawn with
 * the page), so the Print button and the browser's own Ctrl+P give the same complete report.
 */
export function printReport(): void {
  window.print();
}
