import Link from "next/link";
import { EXPERIENCE_BANDS, EXPERIENCE_BAND_LABELS } from "../core/bank/levels";
import { getBankStats, listCompanies, listCuratedSets, listLevels, listTopics } from "../db/queries/catalog";
import { CardGrid } from "./components/card-grid";
import { LinkCard } from "./components/link-card";
import { SearchBox } from "./components/search-box";
import { getDb } from "./lib/db";
import { bandHref, companyHref, levelHref, setHref, topicHref } from "./lib/hrefs";

export const dynamic = "force-dynamic";

const TOPICS_SHOWN = 12;
const COMPANIES_SHOWN = 12;
const SETS_SHOWN = 6;

export default async function HomePage() {
  const db = await getDb();
  const [stats, levels, topics, companies, sets] = await Promise.all([getBankStats(db), listLevels(db), listTopics(db), listCompanies(db), listCuratedSets(db)]);
  const featured = sets.filter((s) => s.featured);
  const shownSets = (featured.length > 0 ? featured : sets).slice(0, SETS_SHOWN);
  const topTopics = topics.filter((t) => t.questionCount > 0).sort((a, b) => b.questionCount - a.questionCount).slice(0, TOPICS_SHOWN);
  const topCompanies = companies.filter((c) => c.questionCount > 0).sort((a, b) => b.questionCount - a.questionCount).slice(0, COMPANIES_SHOWN);

  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Prepare for Python interviews, one question at a time.</h1>
        <p className="hero-lead">PyPrep is a self-hosted bank of Python interview questions with answers, sorted by level, topic and company.</p>
        <SearchBox id="home-search" size="large" />
        <dl className="stats" aria-label="Question bank">
          <div>
            <dt>Questions</dt>
            <dd>{stats.questions.toLocaleString("en")}</dd>
          </div>
          <div>
            <dt>With code</dt>
            <dd>{stats.withCode.toLocaleString("en")}</dd>
          </div>
          <div>
            <dt>Topics</dt>
            <dd>{stats.topics.toLocaleString("en")}</dd>
          </div>
          <div>
            <dt>Companies</dt>
            <dd>{stats.companies.toLocaleString("en")}</dd>
          </div>
          <div>
            <dt>Sets</dt>
            <dd>{stats.sets.toLocaleString("en")}</dd>
          </div>
        </dl>
      </section>

      <section className="home-section" aria-labelledby="levels-title">
        <div className="section-heading">
          <h2 id="levels-title">Levels</h2>
          <Link prefetch={false} href="/levels">All levels</Link>
        </div>
        <CardGrid>
          {levels.map((l) => (
            <LinkCard key={l.slug} headingLevel={3} href={levelHref(l.name)} title={l.name} className={`link-card-level link-card-level-${l.slug}`} description={l.description} count={l.questionCount} />
          ))}
        </CardGrid>
      </section>

      <section className="home-section" aria-labelledby="bands-title">
        <h2 id="bands-title">By experience</h2>
        <ul className="pill-list">
          {EXPERIENCE_BANDS.map((b) => (
            <li key={b}>
              <Link prefetch={false} href={bandHref(b)} className="pill">
                {EXPERIENCE_BAND_LABELS[b]} <span className="visually-hidden">of experience</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {shownSets.length > 0 ? (
        <section className="home-section" aria-labelledby="sets-title">
          <div className="section-heading">
            <h2 id="sets-title">{featured.length > 0 ? "Featured sets" : "Sets"}</h2>
            <Link prefetch={false} href="/sets">All sets</Link>
          </div>
          <CardGrid>
            {shownSets.map((s) => (
              <LinkCard key={s.slug} headingLevel={3} href={setHref(s.slug)} title={s.title} description={s.description} count={s.questionCount} />
            ))}
          </CardGrid>
        </section>
      ) : null}

      {topTopics.length > 0 ? (
        <section className="home-section" aria-labelledby="topics-title">
          <div className="section-heading">
            <h2 id="topics-title">Topics</h2>
            <Link prefetch={false} href="/topics">All {topics.length.toLocaleString("en")} topics</Link>
          </div>
          <CardGrid compact>
            {topTopics.map((t) => (
              <LinkCard key={t.slug} headingLevel={3} href={topicHref(t.slug)} title={t.name} count={t.questionCount} />
            ))}
          </CardGrid>
        </section>
      ) : null}

      {topCompanies.length > 0 ? (
        <section className="home-section" aria-labelledby="companies-title">
          <div className="section-heading">
            <h2 id="companies-title">Companies</h2>
            <Link prefetch={false} href="/companies">All companies</Link>
          </div>
          <ul className="pill-list">
            {topCompanies.map((c) => (
              <li key={c.slug}>
                <Link prefetch={false} href={companyHref(c.slug)} className="pill">
                  {c.name} <span className="pill-count">{c.questionCount.toLocaleString("en")}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {stats.questions === 0 ? (
        <p className="notice notice-info">The question bank is empty. Import question pages with the PyPrep command-line tool, then reload this page.</p>
      ) : null}
    </div>
  );
}
