import type { Metadata } from "next";
import Link from "next/link";
import { listTopics } from "../../db/queries/catalog";
import { listChallenges, type ChallengeSummary } from "../../db/queries/challenges";
import { DifficultyBadge, SolvedMark } from "../components/difficulty-badge";
import { PageIntro } from "../components/page-intro";
import { QueryError } from "../components/query-error";
import { getDb } from "../lib/db";
import { plural } from "../lib/format";
import { currentOwner } from "../lib/owner";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Code challenges",
  description: "Write Python in the browser and have it judged against visible and hidden tests.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DIFFICULTIES = ["Easy", "Medium", "Hard"] as const;
type Difficulty = (typeof DIFFICULTIES)[number];

interface ChallengeQuery {
  difficulty?: Difficulty;
  topic?: string;
  solved?: "yes" | "no";
}

class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

function first(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s.trim() === "" ? undefined : s.trim();
}

/** The filters from the URL; empty values mean "any". @throws BadParameter */
function parseQuery(params: Record<string, string | string[] | undefined>): ChallengeQuery {
  const q: ChallengeQuery = {};
  const difficulty = first(params.difficulty);
  if (difficulty) {
    const d = DIFFICULTIES.find((x) => x.toLowerCase() === difficulty.toLowerCase());
    if (!d) throw new BadParameter("difficulty", `“${difficulty}” is not a difficulty; use easy, medium or hard.`);
    q.difficulty = d;
  }
  const topic = first(params.topic);
  if (topic) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(topic)) throw new BadParameter("topic", `“${topic}” is not a topic slug.`);
    q.topic = topic;
  }
  const solved = first(params.solved);
  if (solved) {
    if (solved !== "yes" && solved !== "no") throw new BadParameter("solved", `“${solved}” is not valid; use yes or no.`);
    q.solved = solved;
  }
  return q;
}

function challengesHref(q: ChallengeQuery): string {
  const p = new URLSearchParams();
  if (q.difficulty) p.set("difficulty", q.difficulty.toLowerCase());
  if (q.topic) p.set("topic", q.topic);
  if (q.solved) p.set("solved", q.solved);
  const s = p.toString();
  return s ? `/challenges?${s}` : "/challenges";
}

export default async function ChallengesPage(props: Props) {
  const params = await props.searchParams;
  let query: ChallengeQuery;
  try {
    query = parseQuery(params);
  } catch (e) {
    if (!(e instanceof BadParameter)) throw e;
    return (
      <div className="challenges">
        <PageIntro title="Code challenges" />
        <QueryError message={e.message} parameter={e.parameter} resetHref="/challenges" />
      </div>
    );
  }

  const db = await getDb();
  const owner = (await currentOwner(false)) ?? undefined;
  const [all, topics] = await Promise.all([listChallenges(db, { owner }), listTopics(db)]);
  const filtered = query.difficulty || query.topic || query.solved;
  const items: ChallengeSummary[] = filtered
    ? await listChallenges(db, { difficulty: query.difficulty, topic: query.topic, solved: query.solved === undefined ? undefined : query.solved === "yes", owner })
    : all;

  const topicName = new Map(topics.map((t) => [t.slug, t.name]));
  const nameOf = (slug: string) => topicName.get(slug) ?? slug.replace(/-/g, " ");
  const topicCounts = new Map<string, number>();
  for (const c of all) for (const t of c.topics) topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1);
  const topicOptions = [...topicCounts.entries()].map(([slug, count]) => ({ slug, name: nameOf(slug), count })).sort((a, b) => a.name.localeCompare(b.name));
  if (query.topic && !topicCounts.has(query.topic)) topicOptions.push({ slug: query.topic, name: nameOf(query.topic), count: 0 });
  const solvedCount = all.filter((c) => c.solved).length;

  return (
    <div className="challenges">
      <PageIntro
        title="Code challenges"
        description="Write a solution in the editor, run it against the examples, then submit it to the hidden tests. Your code runs in a sandboxed Python on the server."
      />

      <form className="challenge-filters" method="get" action="/challenges" aria-label="Filter challenges">
        <div className="challenge-filter">
          <label htmlFor="f-difficulty">Difficulty</label>
          <select id="f-difficulty" name="difficulty" defaultValue={query.difficulty?.toLowerCase() ?? ""}>
            <option value="">Any</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d.toLowerCase()}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="challenge-filter">
          <label htmlFor="f-topic">Topic</label>
          <select id="f-topic" name="topic" defaultValue={query.topic ?? ""}>
            <option value="">Any</option>
            {topicOptions.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name} ({t.count})
              </option>
            ))}
          </select>
        </div>
        <div className="challenge-filter">
          <label htmlFor="f-solved">Status</label>
          <select id="f-solved" name="solved" defaultValue={query.solved ?? ""}>
            <option value="">Any</option>
            <option value="no">Not solved yet</option>
            <option value="yes">Solved</option>
          </select>
        </div>
        <div className="challenge-filter-actions">
          <button type="submit" className="button-primary">
            Apply
          </button>
          {filtered ? (
            <Link prefetch={false} href="/challenges" className="button button-quiet">
              Clear
            </Link>
          ) : null}
        </div>
      </form>

      <p className="result-count" role="status">
        {filtered ? (
          <>
            {items.length.toLocaleString("en")} of {plural(all.length, "challenge")} match
          </>
        ) : (
          <>
            {plural(all.length, "challenge")}
            {solvedCount > 0 ? <>, {solvedCount.toLocaleString("en")} solved</> : null}
          </>
        )}
      </p>

      {items.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>No challenges match these filters.</strong>
          </p>
          <p>
            {query.solved === "yes" && solvedCount === 0 ? "You have not solved a challenge yet. " : null}
            <Link prefetch={false} href="/challenges">
              Show all challenges
            </Link>
          </p>
        </div>
      ) : (
        <ul className="challenge-list">
          {items.map((c) => (
            <li key={c.slug} className={c.solved ? "challenge-item is-solved" : "challenge-item"}>
              <h2 className="challenge-item-title">
                <Link prefetch={false} href={`/challenges/${encodeURIComponent(c.slug)}`}>
                  {c.title}
                </Link>
              </h2>
              <div className="challenge-item-meta">
                <DifficultyBadge difficulty={c.difficulty} />
                <ul className="tag-list" aria-label="Topics">
                  {c.topics.map((t) => (
                    <li key={t}>
                      <Link prefetch={false} className="tag" href={challengesHref({ ...query, topic: t })}>
                        {nameOf(t)}
                      </Link>
                    </li>
                  ))}
                </ul>
                <SolvedMark solved={c.solved} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
