"use client";

import Link from "next/link";
import { useEffect } from "react";

/** Fallback for unexpected errors while rendering a page (e.g. the database is unreachable). */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div className="message-page" role="alert">
      <p className="eyebrow">Error</p>
      <h1>Something went wrong</h1>
      <p>This page could not be loaded. It may be a temporary problem with the server or its database.</p>
      <p className="message-page-actions">
        <button type="button" className="button button-primary" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/" className="button button-quiet">
          Go to the home page
        </Link>
      </p>
      {digest ? <p className="muted">Reference: {digest}</p> : null}
    </div>
  );
}
