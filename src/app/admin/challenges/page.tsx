import Link from "next/link";
import { listChallenges } from "../../../db/queries/challenges";
import { editorPage } from "../../lib/admin";
import { getDb } from "../../lib/db";

export const dynamic = "force-dynamic";
export const metadata = { title: "Challenges" };

export default async function AdminChallenges() {
  await editorPage();
  const list = await listChallenges(await getDb());
  return (
    <>
      <h1>Challenges</h1>
      <p>
        <Link className="button button-primary" href="/admin/challenges/new">
          New challenge
        </Link>{" "}
        Or add and update many from <Link href="/admin/import">Import</Link> (HumanEval or MBPP JSONL, or a bank export).
      </p>
      <table className="admin-table">
        <caption className="visually-hidden">Challenges</caption>
        <thead>
          <tr>
            <th scope="col">Challenge</th>
            <th scope="col">Difficulty</th>
          </tr>
        </thead>
        <tbody>
          {list.map((c) => (
            <tr key={c.slug}>
              <td>
                <Link href={`/admin/challenges/${c.slug}`}>{c.title}</Link>{" "}
                <Link className="admin-muted" href={`/challenges/${c.slug}`}>
                  (view<span className="visually-hidden"> {c.title} on the site</span>)
                </Link>
              </td>
              <td>{c.difficulty}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
