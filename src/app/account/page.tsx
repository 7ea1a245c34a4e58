import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButtons } from "../components/sign-out-buttons";
import { currentUser } from "../lib/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

const ROLE_TEXT = { candidate: "Candidate", editor: "Editor: can edit and review questions", admin: "Admin: can edit, review and manage the install" } as const;

export default async function AccountPage() {
  const user = await currentUser(await headers());
  if (!user) redirect("/sign-in?next=/account");
  return (
    <div className="auth-page">
      <h1>Your account</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_TEXT[user.role]}</dd>
      </dl>
      <p>
        <Link href="/progress">Your progress</Link> · <Link href="/practice">Practice</Link>
      </p>
      <SignOutButtons />
    </div>
  );
}
