import Link from "next/link";
import { LEVELS } from "../../../core/bank/levels";
import { TOPICS } from "../../../core/bank/topics";
import { WORKFLOW_STATES } from "../../../core/editorial/workflow";
import { listAdminQuestions } from "../../../db/editorial/questions";
import { editorPage } from "../../lib/admin";
import { ListQuery } from "../../lib/admin-schemas";
import { getDb } from "../../lib/db";
import { QuestionTable } from "../question-table";

export const dynamic = "force-dynamic";
export const metadata = { title: "Questions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminQuestions(props: Props) {
  await editorPage();
  const raw = Object.fromEntries(Object.entries(await props.searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v));
  const parsed = ListQuery.safeParse(raw);
  const f = parsed.success ? parsed.data : { page: 1 };
  const { items, total } = await listAdminQuestions(await getDb(), { ...f, ...("status" in f && f.status ? { workflowStatus: f.status } : {}) });
  const pages = Math.max(1, Math.ceil(total / 50));
  const qs = (page: number) => new URLSearchParams({ ...(raw as Record<string, string>), page: String(page) }).toString();
  return (
    <>
      <div className="section-heading">
        <h1>Questions</h1>
        <Link className="button button-primary" href="/admin/questions/new">
          New question
        </Link>
      </div>
      <form className="admin-filters" method="get" role="search" aria-label="Filter questions">
        <label>
          Search <input name="q" type="search" defaultValue={raw.q ?? ""} />
        </label>
        <label>
          State{" "}
          <select name="status" defaultValue={raw.status ?? ""}>
            <option value="">Any</option>
            {WORKFLOW_STATES.map((s) => (
              <option key={s} value={s}>
                {s.replace("_", " ")}
              </option>
            ))}
          </select>
        </label>
        <label>
          Level{" "}
          <select name="level" defaultValue={raw.level ?? ""}>
            <option value="">Any</option>
            {LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label>
          Topic{" "}
          <select name="topic" defaultValue={raw.topic ?? ""}>
            <option value="">Any</option>
            {TOPICS.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <button className="button" type="submit">
          Filter
        </button>
      </form>
      <p className="admin-muted">{total.toLocaleString("en")} questions</p>
      <QuestionTable items={items} caption="Questions" />
      {pages > 1 ? (
        <nav aria-label="Pages" className="admin-actions">
          {f.page > 1 ? <Link href={`?${qs(f.page - 1)}`}>Previous</Link> : null}
          <span>
            Page {f.page} of {pages}
          </span>
          {f.page < pages ? <Link href={`?${qs(f.page + 1)}`}>Next</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
