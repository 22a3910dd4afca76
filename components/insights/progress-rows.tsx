"use client";
// The body of the team progress table (TeamProgressTable), drawn from compact rows: every text is
// formatted on the server, and the browser's payload carries those strings instead of each row's
// markup a second time; the cells' look is the table's (ADR 028, issue 17 item 4).

export type ProgressRow = {
  status: "complete" | "overdue" | "open";
  name: string;
  percent: number;
  /** "50 % · 4 of 8 done" */
  progress: string;
  completed: string;
  activity: string;
  /** "Complete", "Overdue since …", "Due …" or "No due date". */
  state: string;
};

export function ProgressRows({ rows }: { rows: ProgressRow[] }) {
  return (
    <tbody>
      {/* By position: the rows hold no state, and two ids per row would be most of the payload. */}
      {rows.map((row, index) => (
        <tr key={index} data-status={row.status}>
          <th scope="row">{row.name}</th>
          <td>
            {row.progress}
            <span aria-hidden="true" className="meter">
              <span style={{ width: `${row.percent}%` }} />
            </span>
          </td>
          <td>{row.completed}</td>
          <td>{row.activity}</td>
          <td>
            {row.status === "complete" ? (
              <span className="font-medium text-accent-800">{row.state}</span>
            ) : row.status === "overdue" ? (
              <span className="rounded-full bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">
                {row.state}
              </span>
            ) : (
              row.state
            )}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
