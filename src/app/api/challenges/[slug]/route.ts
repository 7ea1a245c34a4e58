import { NextResponse } from "next/server";
import { AppError } from "../../../../core/errors";
import { getChallenge } from "../../../../db/queries/challenges";
import { getDb } from "../../../lib/db";
import { handle } from "../../../lib/http";
import { currentOwner } from "../../../lib/owner";

export const dynamic = "force-dynamic";

/** GET /api/challenges/:slug: statement, starter and visible examples (never hidden tests). */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await context.params;
    const challenge = await getChallenge(await getDb(), slug, (await currentOwner(false)) ?? undefined);
    if (!challenge) throw new AppError("NOT_FOUND", `No challenge with slug '${slug}'`);
    return NextResponse.json(challenge);
  });
}
