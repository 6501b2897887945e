// A list as a table whose last column holds each row's actions (Manage, Revoke, End). On narrow
// screens it stacks into one block per row; each cell shows its data-label, so rows give
// `<td data-label="…">` the column's name.
import type { ReactNode } from 'react';

export function TableWithActions({ columns, caption, children }: { columns: string[]; caption?: string; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="table table-stack">
        {caption ? <caption className="offscreen">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="offscreen">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A row's button: short on screen, while its accessible name says which row ("Revoke backup key"). */
export function RowAction({ label, row, onClick, disabled, danger }: { label: string; row: string; onClick: () => void; disabled?: boolean; danger?: boolean }) {
  return (
    <button type="button" className={danger ? 'button button-small button-danger-quiet' : 'button button-small'} onClick={onClick} disabled={disabled}>
      {label}
      <span className="offscreen"> {row}</span>
    </button>
  );
}
