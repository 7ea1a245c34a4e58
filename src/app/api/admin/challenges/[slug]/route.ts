import { NextResponse } from "next/server";
import { AppError } from "../../../../../core/errors";
import { getEditableChallenge, saveChallenge } from "../../../../../db/editorial/challenges";
import { requireEditor } from "../../../../lib/admin";
import { MAX_CHALLENGE_BYTES, SaveChallengeBody } from "../../../../lib/admin-schemas";
import { assertSolutionAccepted } from "../../../../lib/check-challenge";
import { getDb } from "../../../../lib/db";
import { handle, mutation, readJson } from "../../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/admin/challenges/:slug: the challenge in full, hidden tests and reference solution included (editors). */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    await requireEditor(request);
    const { slug } = await context.params;
    const challenge = await getEditableChallenge(await getDb(), slug);
    if (!challenge) throw new AppError("NOT_FOUND", `No challenge with slug '${slug}'`);
    return NextResponse.json({ challenge });
  });
}

/**
 * PUT /api/admin/challenges/:slug {challenge}: saves an edit once the reference solution is
 * Accepted on the examples and hidden tests (400 with the verdict and the failing test otherwise;
 * nothing changes then).
 */
export async function PUT(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request);
    const { slug } = await context.params;
    const { challenge } = await readJson(request, SaveChallengeBody, MAX_CHALLENGE_BYTES);
    const db = await getDb();
    if (!(await getEditableChallenge(db, slug))) throw new AppError("NOT_FOUND", `No challenge with slug '${slug}'`);
    await assertSolutionAccepted(challenge);
    await saveChallenge(db, actor, slug, challenge, { create: false });
    return NextResponse.json({ slug });
  });
}
