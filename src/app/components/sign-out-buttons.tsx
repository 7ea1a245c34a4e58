"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ErrorNotice } from "./error-notice";

/** "Sign out" and "Sign out everywhere" (revokes every session of the account). */
export function SignOutButtons() {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run(kind: "here" | "everywhere") {
    setBusy(kind);
    setError(null);
    const post = (path: string) => fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    const res = kind === "everywhere" ? await post("/api/auth/revoke-sessions") : await post("/api/auth/sign-out");
    if (!res.ok) {
      setError(`Could not sign out (${res.status}).`);
      setBusy(null);
      return;
    }
    if (kind === "everywhere") await post("/api/auth/sign-out");
    router.push("/");
    router.refresh();
  }
  return (
    <div className="button-row">
      <button type="button" className="button" onClick={() => run("here")} disabled={busy !== null}>
        {busy === "here" ? "Signing out…" : "Sign out"}
      </button>
      <button type="button" className="button" onClick={() => run("everywhere")} disabled={busy !== null}>
        {busy === "everywhere" ? "Signing out…" : "Sign out everywhere"}
      </button>
      <ErrorNotice error={error} />
    </div>
  );
}
