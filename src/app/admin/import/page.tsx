import { editorPage } from "../../lib/admin";
import { ImportPanel } from "../_components/import-panel";

export const dynamic = "force-dynamic";
export const metadata = { title: "Import" };

export default async function ImportPage() {
  const actor = await editorPage();
  return (
    <>
      <h1>Import</h1>
      <p>Preview shows what each record would do. An import commits all of it in one transaction, or nothing if any record is rejected.</p>
      <ImportPanel canCommit={actor.role === "admin"} />
    </>
  );
}
