import Link from "next/link";

/** 401: the page needs a signed-in account. */
export default function Unauthorized() {
  return (
    <div className="page-intro">
      <h1>Sign in first</h1>
      <p>This page is for signed-in editors and admins.</p>
      <Link href="/sign-in">Sign in</Link>
    </div>
  );
}
