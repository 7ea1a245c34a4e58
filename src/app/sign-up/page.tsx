import type { Metadata } from "next";
import { AuthForm } from "../components/auth-form";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const next = (await searchParams).next;
  return (
    <div className="auth-page">
      <h1>Create an account</h1>
      <p className="muted">Anything you practised on this device as a guest moves into your account.</p>
      <AuthForm mode="sign-up" next={typeof next === "string" ? next : undefined} />
    </div>
  );
}
