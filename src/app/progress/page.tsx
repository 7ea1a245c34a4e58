import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { RATING_LABELS, type RatingValue } from "../../core/practice/scheduler";
import { getProgress } from "../../db/practice/progress";
import { getSettings } from "../../db/practice/settings";
import { BarChart, MasteryBars } from "../components/bar-chart";
import { PageIntro } from "../components/page-intro";
import { PracticeDataTools } from "../components/practice-data-tools";
import { TimeZoneSync } from "../components/time-zone-sync";
import { resolveActor } from "../lib/auth";
import { getDb } from "../lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your progress", robots: { index: false } };

const short = (day: string) => String(Number(day.slice(8, 10)));

export default async function ProgressPage() {
  const actor = await resolveActor(await headers());
  const owner = actor?.owner ?? "guest:none";
  const db = await getDb();
  const [p, settings] = await Promise.all([getProgress(db, owner), getSettings(db, owner)]);
  return (
    <>
      <TimeZoneSync current={settings.timeZone} />
      <PageIntro
        title="Your progress"
        description={actor?.user ? `Signed in as ${actor.user.name}.` : "Practising as a guest on this device."}
        actions={
          <Link href="/practice" className="button button-primary">
            {p.dueToday > 0 ? `Review ${p.dueToday} due` : "Practice"}
          </Link>
        }
      />
      <dl className="stat-tiles">
        <div>
          <dt>Due today</dt>
          <dd data-testid="due-today">{p.dueToday}</dd>
        </div>
        <div>
          <dt>Reviews</dt>
          <dd data-testid="total-reviews">{p.totalReviews}</dd>
        </div>
        <div>
          <dt>Cards started</dt>
          <dd>{p.cardsStarted}</dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd>
            {p.streak} {p.streak === 1 ? "day" : "days"}
          </dd>
        </div>
        <div>
          <dt>Retention</dt>
          <dd title="Share of reviews of learnt cards not answered Again">{p.retention === null ? "–" : `${Math.round(p.retention * 100)} %`}</dd>
        </div>
      </dl>
      <section aria-labelledby="per-day-heading">
        <h2 id="per-day-heading">Reviews per day</h2>
        <BarChart
          title="Reviews in the last 30 days"
          unit="reviews"
          partLabel="Again"
          bars={p.perDay.map((d, i) => ({ label: d.day, value: d.count, part: d.again, tick: i % 5 === 4 || i === p.perDay.length - 1 ? short(d.day) : "" }))}
        />
      </section>
      <section aria-labelledby="forecast-heading">
        <h2 id="forecast-heading">Coming due</h2>
        <BarChart title="Cards due in the next 14 days" unit="cards" bars={p.forecast.map((d, i) => ({ label: d.day, value: d.count, tick: i % 2 === 0 ? short(d.day) : "" }))} />
      </section>
      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Mastery</h2>
        <p className="muted">A card is mastered once FSRS expects you to remember it for three weeks or more (stability ≥ 21 days).</p>
        <div className="mastery-grid">
          <MasteryBars caption="By level" rows={p.byLevel.map((r) => ({ ...r, name: r.key }))} />
          <MasteryBars caption="By topic" rows={p.byTopic} />
        </div>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Latest reviews</h2>
        {p.history.length === 0 ? (
          <p className="muted">
            No reviews yet. <Link href="/practice">Start practising</Link>.
          </p>
        ) : (
          <table className="history">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Rating</th>
                <th scope="col">When</th>
                <th scope="col">Next due</th>
              </tr>
            </thead>
            <tbody>
              {p.history.map((h) => (
                <tr key={`${h.question}-${h.review}`}>
                  <td>
                    <Link href={`/questions/${h.question}`}>{h.title}</Link>
                  </td>
                  <td className={`rating-${h.rating}`}>{RATING_LABELS[h.rating as RatingValue]}</td>
                  <td>{new Date(h.review).toLocaleString("en", { dateStyle: "medium", timeStyle: "short", timeZone: p.timeZone })}</td>
                  <td>{new Date(h.nextDue).toLocaleDateString("en", { dateStyle: "medium", timeZone: p.timeZone })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {p.bookmarks.length ? (
        <section aria-labelledby="bookmarks-heading">
          <h2 id="bookmarks-heading">Bookmarks</h2>
          <ul className="plain-list">
            {p.bookmarks.map((b) => (
              <li key={b.question}>
                <Link href={`/questions/${b.question}`}>{b.title}</Link> <span className="muted">{b.level}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <PracticeDataTools settings={settings} />
      </section>
    </>
  );
}
