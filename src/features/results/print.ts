import { printWhole } from '../../ui/use-print-requested';

/*
 * Printing. The report prints from CSS (every section opens, charts are plain SVG drawn with the
 * page); what is rendered only on demand (closed sections, the hiring plan) renders for print, on
 * the browser's beforeprint for Ctrl+P and before printing for the Print button, so both give the
 * same complete report.
 */
export function printReport(): void {
  printWhole();
}
