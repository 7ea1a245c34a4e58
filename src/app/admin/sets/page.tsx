import Link from "next/link";
import { listAdminSets } from "../../../db/editorial/sets";
import { editorPage } from "../../lib/admin";
import { getDb } from "../../lib/db";
import { NewSetForm } from "../_components/set-editor";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sets" };

export default async function AdminSets() {
  await editorPage();
  const sets = await listAdminSets(await getDb());
  return (
    <>
      <h1>Curated sets</h1>
      <NewSetForm />
      <table className="admin-table">
        <caption className="visually-hidden">Sets</caption>
        <thead>
          <tr>
            <th scope="col">Set</th>
            <th scope="col">Kind</th>
            <th scope="col">Questions</th>
            <th scope="col">Featured</th>
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => (
            <tr key={s.slug}>
              <td>
                <Link href={`/admin/sets/${s.slug}`}>{s.title}</Link>
              </td>
              <td>{s.kind}</td>
              <td>{s.count}</td>
              <td>{s.featured ? "Yes" : "No"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
