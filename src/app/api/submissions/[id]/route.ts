import { NextResponse } from "next/server";
import { AppError } from "../../../../core/errors";
import { getSubmission } from "../../../../db/queries/challenges";
import { getDb } from "../../../lib/db";
import { handle } from "../../../lib/http";
import { currentOwner } from "../../../lib/owner";

export const dynamic = "force-dynamic";

/** GET /api/submissions/:id: status and, when done, the verdict; only for the browser that submitted. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await context.params;
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new AppError("INVALID_INPUT", `Path parameter 'id' has '${id}'; expected a submission id (UUID)`, { parameter: "id" });
    const owner = await currentOwner(false);
    const submission = owner ? await getSubmission(await getDb(), id, owner) : null;
    if (!submission) throw new AppError("NOT_FOUND", `No submission '${id}' of yours`);
    return NextResponse.json(submission);
  });
}
