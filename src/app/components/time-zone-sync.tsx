"use client";

import { useEffect } from "react";

/** Tells the server the browser's time zone once, so "today" and streaks follow local days. */
export function TimeZoneSync({ current }: { current: string }) {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && zone !== current) {
      void fetch("/api/practice/settings", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ timeZone: zone }) });
    }
  }, [current]);
  return null;
}
