/** Source lines with line numbers; the lines in `highlight` are marked (and announced as "current"). */
export function CodeListing({ source, highlight, label }: { source: string; highlight: readonly number[]; label: string }) {
  const lines = source.replace(/\n$/, "").split("\n");
  return (
    <pre className="viz-code" aria-label={label} tabIndex={0}>
      <code>
        {lines.map((l, i) => {
          const on = highlight.includes(i + 1);
          return (
            <span key={i} className={on ? "viz-code-line is-current" : "viz-code-line"} aria-current={on ? "true" : undefined}>
              <span className="viz-code-no" aria-hidden="true">
                {i + 1}
              </span>
              {l || " "}
              {"\n"}
            </span>
          );
        })}
      </code>
    </pre>
  );
}
