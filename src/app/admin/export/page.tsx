import { editorPage } from "../../lib/admin";

export const dynamic = "force-dynamic";
export const metadata = { title: "Export" };

export default async function ExportPage() {
  await editorPage();
  return (
    <>
      <h1>Export</h1>
      <ul className="admin-list">
        <li>
          <a className="button button-primary" href="/api/admin/export?format=json" download>
            Download the whole bank (JSON)
          </a>{" "}
          Questions with their topics, companies, rubrics, examples and sources; curated sets; challenges. Import it on another install (Import → PyPrep bank) to get the same bank.
        </li>
        <li>
          <a className="button" href="/api/admin/export?format=csv" download>
            Download questions (CSV)
          </a>{" "}
          One row per question, for spreadsheets; lists joined with &ldquo;; &rdquo;, rubric and examples as JSON.
        </li>
      </ul>
    </>
  );
}
