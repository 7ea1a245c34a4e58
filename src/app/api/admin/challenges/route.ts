import { NextResponse } from "next/server";
import { saveChallenge } from "../../../../db/editorial/challenges";
import { listChallenges } from "../../../../db/queries/challenges";
import { requireEditor } from "../../../lib/admin";
import { CreateChallengeBody, MAX_CHALLENGE_BYTES } from "../../../lib/admin-schemas";
import { assertSolutionAccepted } from "../../../lib/check-challenge";
import { getDb } from "../../../lib/db";
import { handle, mutation, readJson } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/admin/challenges: every challenge (import more from the import page). */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    await requireEditor(request);
    return NextResponse.json({ challenges: await listChallenges(await getDb()) });
  });
}

/**
 * POST /api/admin/challenges {slug, challenge}: creates a challenge once its reference solution
 * is Accepted on the examples and hidden tests in the sandboxed judge (400 with the verdict and
 * the failing test otherwise; 409 when the slug exists).
 */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request);
    const { slug, challenge } = await readJson(request, CreateChallengeBody, MAX_CHALLENGE_BYTES);
    await assertSolutionAccepted(challenge);
    await saveChallenge(await getDb(), actor, slug, challenge, { create: true });
    return NextResponse.json({ slug }, { status: 201 });
  });
}
