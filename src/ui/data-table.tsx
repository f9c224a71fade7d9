import type { ReactNode } from 'react';
import './data-table.css';

export interface DataTableColumn {
  header: string;
  /** Numbers align right so digits line up. */
  numeric?: boolean;
}

export interface DataTableRow {
  key: string;
  /** The row header (first cell, a `th scope="row"`). */
  header: ReactNode;
  cells: ReactNode[];
}

export interface DataTableProps {
  caption: ReactNode;
  /** The first column is the row-header column. */
  columns: DataTableColumn[];
  rows: DataTableRow[];
  className?: string;
}

/** A plain, accessible data table: caption, column headers and row headers with scopes. */
export function DataTable({ caption, columns, rows, className }: DataTableProps) {
  return (
    <table className={className ? `data-table ${className}` : 'data-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, index) => (
              <td key={index} className={columns[index + 1]?.numeric ? 'numeric' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
