import { headers } from "next/headers";
import Link from "next/link";
import { currentUser } from "../lib/auth";

/** The header's account entry: "Sign in", or the user's name linking to their account. */
export async function AccountLink() {
  let user = null;
  try {
    user = await currentUser(await headers());
  } catch {
    user = null; // the header must render even if the session store is unavailable
  }
  return (
    <div className="account-link">
      <Link href="/progress" prefetch={false} className="account-progress">
        Progress
      </Link>
      {user ? (
        <Link href="/account" prefetch={false} aria-label={`Account: ${user.name}`}>
          {user.name}
        </Link>
      ) : (
        <Link href="/sign-in" prefetch={false}>
          Sign in
        </Link>
      )}
    </div>
  );
}
