"use client";

import { useEffect, useRef } from "react";

const WIDE = "(min-width: 60rem)";

/**
 * Opens the enclosing filter <details> on wide screens, where the filters are a sidebar rather
 * than a disclosure. (CSS already shows the panel there in browsers with ::details-content; this
 * covers the others.) Renders an empty, hidden marker element.
 */
export function FilterPanelOpener() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const details = ref.current?.closest("details");
    if (!details) return;
    const media = window.matchMedia(WIDE);
    const sync = () => {
      if (media.matches) details.open = true;
    };
    sync();
    media.addEventListener("change", sync);
    return () => media.removeEventListener("change", sync);
  }, []);
  return <span ref={ref} hidden />;
}
