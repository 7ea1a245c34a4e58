import type { ReactNode } from "react";

/** The header of a listing page: eyebrow, title, description, count and action buttons. */
export function PageIntro({ title, eyebrow, description, meta, actions, badge }: { title: string; eyebrow?: string; description?: string | null | undefined; meta?: ReactNode; actions?: ReactNode; badge?: ReactNode }) {
  return (
    <header className="page-intro">
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1>
        {badge}
        {title}
      </h1>
      {description ? <p className="page-intro-description">{description}</p> : null}
      {meta ? <p className="page-intro-meta">{meta}</p> : null}
      {actions ? <div className="page-intro-actions">{actions}</div> : null}
    </header>
  );
}
