/**
 * A small accessible SVG bar chart (no client JS): bars scale to the largest value, every bar
 * has a <title> tooltip, and the figures are also given as a table for screen readers.
 */
export interface Bar {
  label: string;
  value: number;
  /** Part of `value` drawn in the warning colour (e.g. "Again" ratings). */
  part?: number;
  /** Short label under the bar (e.g. the day of month); empty to skip. */
  tick?: string;
}

export function BarChart({ bars, title, unit, partLabel }: { bars: Bar[]; title: string; unit: string; partLabel?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 600;
  const height = 140;
  const gap = 2;
  const w = width / Math.max(1, bars.length);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label={`${title}: ${bars.reduce((s, b) => s + b.value, 0)} ${unit} in all`}>
        <line x1={0} x2={width} y1={height + 0.5} y2={height + 0.5} className="chart-axis" />
        {bars.every((b) => b.value === 0) ? (
          <text x={width / 2} y={height / 2} textAnchor="middle" className="chart-empty">
            Nothing yet
          </text>
        ) : null}
        {bars.map((b, i) => {
          const h = (b.value / max) * height;
          const ph = ((b.part ?? 0) / max) * height;
          return (
            <g key={b.label}>
              <title>{`${b.label}: ${b.value} ${unit}${b.part ? `, ${b.part} ${partLabel ?? ""}` : ""}`}</title>
              <rect x={i * w + gap / 2} y={height - h} width={Math.max(1, w - gap)} height={h} className="chart-bar" />
              {ph > 0 ? <rect x={i * w + gap / 2} y={height - ph} width={Math.max(1, w - gap)} height={ph} className="chart-bar-part" /> : null}
              {b.tick ? (
                <text x={i * w + w / 2} y={height + 14} textAnchor="middle" className="chart-tick">
                  {b.tick}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <details>
          <summary>{title} as a table</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">{unit}</th>
                {partLabel ? <th scope="col">{partLabel}</th> : null}
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.label}>
                  <td>{b.label}</td>
                  <td>{b.value}</td>
                  {partLabel ? <td>{b.part ?? 0}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}

/** Horizontal mastery bars: mastered and started out of the total, per group. */
export function MasteryBars({ rows, caption }: { rows: { key: string; name: string; total: number; started: number; mastered: number; recall: number | null }[]; caption: string }) {
  return (
    <table className="mastery">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Progress</th>
          <th scope="col">Mastered</th>
          <th scope="col">Recall now</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <td>
              <span className="mastery-track" aria-hidden="true">
                <span className="mastery-started" style={{ width: `${(100 * r.started) / Math.max(1, r.total)}%` }} />
                <span className="mastery-done" style={{ width: `${(100 * r.mastered) / Math.max(1, r.total)}%` }} />
              </span>
              <span className="visually-hidden">
                {r.started} of {r.total} started
              </span>
            </td>
            <td>
              {r.mastered} / {r.total}
            </td>
            <td>{r.recall === null ? "–" : `${Math.round(r.recall * 100)} %`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
