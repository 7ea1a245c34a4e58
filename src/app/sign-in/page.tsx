import type { Metadata } from "next";
import { AuthForm } from "../components/auth-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const next = (await searchParams).next;
  return (
    <div className="auth-page">
      <h1>Sign in</h1>
      <p className="muted">Your reviews, notes and bookmarks follow you across devices.</p>
      <AuthForm mode="sign-in" next={typeof next === "string" ? next : undefined} />
    </div>
  );
}
