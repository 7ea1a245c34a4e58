"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

/** "Admin" in the header, for editors and admins only (asks the session endpoint once per page load). */
export function AdminLink() {
  const [show, setShow] = useState(false);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/get-session", { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: { user?: { role?: string } } | null) => live && setShow(s?.user?.role === "editor" || s?.user?.role === "admin"))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return show ? (
    <Link href="/admin" className="admin-link">
      Admin
    </Link>
  ) : null;
}
