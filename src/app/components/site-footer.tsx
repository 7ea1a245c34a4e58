import Link from "next/link";

/** The footer on every page. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer-inner">
        <p>
          <strong>PyPrep</strong> — self-hosted practice for Python technical interviews.
        </p>
        <nav aria-label="Footer">
          <ul>
            <li>
              <Link href="/questions">All questions</Link>
            </li>
            <li>
              <Link href="/sets">Curated sets</Link>
            </li>
            <li>
              <a href="/api/questions">JSON API</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
