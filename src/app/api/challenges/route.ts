import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "../../../core/errors";
import { listChallenges } from "../../../db/queries/challenges";
import { getDb } from "../../lib/db";
import { handle } from "../../lib/http";
import { currentOwner } from "../../lib/owner";

export const dynamic = "force-dynamic";

const Query = z
  .object({
    difficulty: z.enum(["Easy", "Medium", "Hard", "easy", "medium", "hard"]).optional(),
    topic: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a topic slug").optional(),
    solved: z.enum(["yes", "no"]).optional(),
  })
  .strict();

/** GET /api/challenges: challenges, filtered by difficulty, topic and solved (by this browser). */
export async function GET(request: NextRequest): Promise<Response> {
  return handle(async () => {
    const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const name = String(issue?.path[0] ?? (issue && "keys" in issue ? (issue.keys as string[])[0] : "query"));
      throw new AppError("INVALID_INPUT", `Query parameter '${name}' ${issue?.code === "unrecognized_keys" ? "is not known; use difficulty, topic or solved" : (issue?.message ?? "is invalid")}`, { parameter: name });
    }
    const q = parsed.data;
    const owner = (await currentOwner(false)) ?? undefined;
    const difficulty = q.difficulty ? q.difficulty[0]!.toUpperCase() + q.difficulty.slice(1).toLowerCase() : undefined;
    const items = await listChallenges(await getDb(), { difficulty, topic: q.topic, solved: q.solved === undefined ? undefined : q.solved === "yes", owner });
    return NextResponse.json({ items });
  });
}
