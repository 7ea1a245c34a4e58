import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { renderMarkdown } from "../../../../core/content/render-markdown";
import { isAppError } from "../../../../core/errors";
import { createScheduler, formatInterval, type CardState } from "../../../../core/practice/scheduler";
import { getCard, questionIdOf } from "../../../../db/practice/reviews";
import { getSession } from "../../../../db/practice/sessions";
import { getSettings } from "../../../../db/practice/settings";
import { FlashcardSession } from "../../../components/flashcard-session";
import { TimedSession } from "../../../components/timed-session";
import { resolveActor } from "../../../lib/auth";
import { getDb } from "../../../lib/db";
import { SESSION_ID } from "../../../lib/practice-source";
import type { PracticeItemView, PracticeSessionView } from "../../../lib/practice-types";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Practice session", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function SessionPage({ params }: Props) {
  const { id } = await params;
  if (!SESSION_ID.test(id)) notFound();
  const actor = await resolveActor(await headers());
  if (!actor) notFound();
  const db = await getDb();
  let session;
  try {
    session = await getSession(db, actor.owner, id);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const settings = await getSettings(db, actor.owner);
  const scheduler = createScheduler({ requestRetention: settings.requestRetention, enableFuzz: false });
  const now = new Date();
  const items: PracticeItemView[] = await Promise.all(
    session.items.map(async (item) => {
      const card: CardState | null = session.mode === "flashcards" ? await getCard(db, actor.owner, await questionIdOf(db, item.slug)) : null;
      const preview = scheduler.preview(card, now);
      return {
        position: item.position,
        slug: item.slug,
        title: item.title,
        level: item.level as PracticeItemView["level"],
        topics: item.topics,
        quickSummary: item.quickSummary,
        answerHtml: await renderMarkdown(item.answerMd),
        rubric: item.rubric,
        isNew: item.card === null,
        intervals: Object.fromEntries(Object.entries(preview).map(([k, d]) => [k, formatInterval(now, d)])),
        rated: session.ratings[item.slug] ?? null,
        answer: item.answer,
      };
    }),
  );
  const view: PracticeSessionView = {
    id: session.id,
    mode: session.mode,
    sourceLabel: session.sourceLabel,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt,
    deadline: session.deadline,
    items,
  };
  return session.mode === "timed" ? <TimedSession session={view} /> : <FlashcardSession session={view} />;
}
