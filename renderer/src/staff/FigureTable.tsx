// The table under a demand chart: the chart's figures as plain rows, for staff who read a table
// more easily than bars (and for screen readers, which cannot read the canvas).
interface FigureTableProps {
  testId: string;
  headings: readonly string[];
  /** One row a line; each row's key is unique within the table. */
  rows: readonly { key: string | number; cells: readonly (string | number)[] }[];
}

export function FigureTable({ testId, headings, rows }: FigureTableProps) {
  return (
    <table className="care-table" data-testid={testId}>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, column) => (
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
