import { listAudit } from "../../../db/editorial/audit";
import { editorPage } from "../../lib/admin";
import { getDb } from "../../lib/db";

export const dynamic = "force-dynamic";
export const metadata = { title: "Audit log" };

export default async function AuditPage() {
  await editorPage("admin");
  const entries = await listAudit(await getDb(), { limit: 500 });
  return (
    <>
      <h1>Audit log</h1>
      <table className="admin-table">
        <caption className="visually-hidden">Latest 500 actions</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">On</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at}>{e.at.slice(0, 19).replace("T", " ")}</time>
              </td>
              <td>{e.actorName}</td>
              <td>{e.action}</td>
              <td>
                {e.entityType} {e.entityId}
              </td>
              <td>
                <code>{JSON.stringify(e.detail)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
