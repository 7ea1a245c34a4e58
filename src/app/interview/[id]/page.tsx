import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "../../../core/errors";
import { getInterview } from "../../../db/interview/interviews";
import { InterviewRunner } from "../../components/interview-runner";
import { resolveActor } from "../../lib/auth";
import { getDb } from "../../lib/db";
import { INTERVIEW_ID } from "../../lib/interview-input";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mock interview", robots: { index: false } };

export default async function InterviewRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!INTERVIEW_ID.test(id)) notFound();
  const actor = await resolveActor(await headers());
  if (!actor) notFound();
  let view;
  try {
    view = await getInterview(await getDb(), actor.owner, id);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  if (view.status === "finished") redirect(`/interview/${id}/report`);
  return <InterviewRunner initial={view} />;
}
