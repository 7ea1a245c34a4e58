"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "./error-notice";

/** Only same-site paths may be redirected to after signing in. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/practice";
}

/** Email + password form for signing in or creating an account (better-auth endpoints). */
export function AuthForm({ mode, next }: { mode: "sign-in" | "sign-up"; next?: string | undefined }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const name = String(form.get("name") ?? "").trim() || email.split("@")[0] || email;
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/auth/${mode}/email`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(mode === "sign-up" ? { email, password, name } : { email, password }),
      });
      if (res.ok) {
        router.push(safeNext(next));
        router.refresh();
        return;
      }
      const body = (await res.json().catch(() => null)) as { message?: string; error?: { message?: string } } | null;
      if (res.status === 429) setError("Too many attempts. Wait a minute, then try again.");
      else setError(body?.message ?? body?.error?.message ?? `Something went wrong (${res.status}).`);
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  const signUp = mode === "sign-up";
  return (
    <form className="auth-form" onSubmit={submit} aria-describedby={error ? "auth-error" : undefined}>
      {signUp ? (
        <label>
          Name
          <input name="name" autoComplete="name" maxLength={80} />
        </label>
      ) : null}
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete={signUp ? "new-password" : "current-password"} minLength={8} maxLength={128} required />
        {signUp ? <span className="field-hint">At least 8 characters.</span> : null}
      </label>
      <ErrorNotice error={error} id="auth-error" />
      <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
        {busy ? "Please wait…" : signUp ? "Create account" : "Sign in"}
      </button>
      <p className="muted">
        {signUp ? (
          <>
            Already have an account? <Link href={`/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`}>Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href={`/sign-up${next ? `?next=${encodeURIComponent(next)}` : ""}`}>Create an account</Link>
          </>
        )}
      </p>
    </form>
  );
}
