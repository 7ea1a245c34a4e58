import type { ReactNode } from "react";

/** A responsive grid of cards; `items` are rendered as list items. */
export function CardGrid({ children, label, compact = false }: { children: ReactNode[]; label?: string; compact?: boolean }) {
  return (
    <ul className={compact ? "card-grid card-grid-compact" : "card-grid"} aria-label={label}>
      {children.map((child, i) => (
        <li key={i}>{child}</li>
      ))}
    </ul>
  );
}
