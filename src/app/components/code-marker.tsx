/** Marks a question that has code examples. */
export function CodeMarker() {
  return (
    <span className="code-marker" title="Has code examples">
      <span aria-hidden="true">{"</>"}</span> Has code
    </span>
  );
}
