import Link from "next/link";

/** 403: signed in, without the role a page needs. */
export default function Forbidden() {
  return (
    <div className="page-intro">
      <h1>Not for your account</h1>
      <p>This page is for editors and admins. Ask an admin if you need access.</p>
      <Link href="/">Back to the questions</Link>
    </div>
  );
}
