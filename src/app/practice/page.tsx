import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { isAppError } from "../../core/errors";
import { listSessions, todayFor } from "../../db/practice/sessions";
import { countDue } from "../../db/practice/reviews";
import { getSettings } from "../../db/practice/settings";
import { matchingQuestionIds } from "../../db/queries/search-questions";
import { PageIntro } from "../components/page-intro";
import { QueryError } from "../components/query-error";
import { StartPracticeForm } from "../components/start-practice-form";
import { TimeZoneSync } from "../components/time-zone-sync";
import { resolveActor } from "../lib/auth";
import { getDb } from "../lib/db";
import { plural } from "../lib/format";
import { parsePracticeSource } from "../lib/practice-source";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Practice", description: "Flashcards with spaced repetition and timed sessions over any part of the bank." };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PracticePage({ searchParams }: Props) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) for (const one of Array.isArray(v) ? v : [v]) if (one !== undefined && k !== "page" && k !== "pageSize") params.append(k, one);
  const sourceText = params.toString();
  let parsed;
  try {
    parsed = parsePracticeSource(sourceText);
  } catch (e) {
    if (!isAppError(e)) throw e;
    return (
      <>
        <PageIntro title="Practice" />
        <QueryError message={e.message} parameter={typeof e.detail?.parameter === "string" ? e.detail.parameter : undefined} resetHref="/practice" />
      </>
    );
  }
  const db = await getDb();
  const actor = await resolveActor(await headers());
  const owner = actor?.owner ?? "guest:none";
  const [available, today, settings, sessions] = await Promise.all([
    parsed.source.kind === "filter" ? matchingQuestionIds(db, parsed.source.query).then((ids) => ids.length) : Promise.resolve(0),
    todayFor(db, owner),
    getSettings(db, owner),
    actor ? listSessions(db, owner, 8) : Promise.resolve([]),
  ]);
  const due = await countDue(db, owner, today.end);
  const filtered = sourceText !== "";

  return (
    <>
      <TimeZoneSync current={settings.timeZone} />
      <PageIntro
        title={filtered ? "Start Practice" : "Practice"}
        eyebrow={filtered ? parsed.label : undefined}
        description={
          filtered
            ? `${plural(available, "question")} to draw from. Cards you have due come first, then new ones (up to ${today.settings.newPerDay} new a day).`
            : "Recall answers before reading them: spaced repetition brings each question back just before you would forget it."
        }
      />
      {!actor?.user ? (
        <p className="notice">
          You are practising as a guest on this device. <Link href="/sign-up?next=/practice">Create an account</Link> to keep your progress everywhere; what you do now moves into it.
        </p>
      ) : null}
      <div className="practice-grid">
        {filtered ? (
          <section className="panel" aria-labelledby="start-heading">
            <h2 id="start-heading">{parsed.label}</h2>
            {available === 0 ? <p>No questions match these filters.</p> : <StartPracticeForm source={sourceText} available={available} />}
          </section>
        ) : null}
        <section className="panel" aria-labelledby="due-heading">
          <h2 id="due-heading">Due today</h2>
          <p className="big-number">
            {due} <span className="muted">{due === 1 ? "card" : "cards"} due</span>
          </p>
          <p className="muted">
            {today.newLeft} of {today.settings.newPerDay} new cards left today.
          </p>
          {due + today.newLeft > 0 ? (
            <StartPracticeForm source="due" available={Math.min(100, due + today.newLeft)} submitLabel={due > 0 ? "Review due cards" : "Learn new cards"} />
          ) : (
            <p>All done for today. Come back tomorrow, or practise a topic below.</p>
          )}
        </section>
        {!filtered ? (
          <section className="panel" aria-labelledby="pick-heading">
            <h2 id="pick-heading">Practise a part of the bank</h2>
            <ul className="plain-list">
              <li>
                <Link href="/levels">By level</Link>: Entry to Expert
              </li>
              <li>
                <Link href="/topics">By topic</Link>: concurrency, OOP, decorators…
              </li>
              <li>
                <Link href="/sets">Curated sets</Link>: company loops, warm-ups, deep dives
              </li>
              <li>
                <Link href="/questions">Search and filter</Link>, then press “Start Practice”
              </li>
            </ul>
          </section>
        ) : null}
      </div>
      {sessions.length ? (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recent sessions</h2>
          <ul className="plain-list">
            {sessions.map((s) => (
              <li key={s.id}>
                <Link href={`/practice/session/${s.id}`}>
                  {s.mode === "timed" ? "Timed" : "Flashcards"} · {s.sourceLabel}
                </Link>{" "}
                <span className="muted">
                  {plural(s.count, "question")} · {new Date(s.startedAt).toLocaleDateString("en", { dateStyle: "medium" })}
                  {s.finishedAt ? " · finished" : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
