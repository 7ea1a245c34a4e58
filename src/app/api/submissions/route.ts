import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "../../../core/errors";
import { MAX_SUBMISSION_BYTES } from "../../../core/judge/challenge-submission";
import { getDb } from "../../lib/db";
import { mutation } from "../../lib/http";
import { startSubmission } from "../../lib/judge";
import { currentOwner } from "../../lib/owner";

export const dynamic = "force-dynamic";

const Body = z
  .object({
    challenge: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a challenge slug"),
    code: z.string().min(1, "must not be empty"),
    mode: z.enum(["run", "submit"]).default("submit"),
  })
  .strict();

/** POST /api/submissions: queue code for judging; 202 with the id to poll. */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_SUBMISSION_BYTES + 4096) throw new AppError("LIMIT_EXCEEDED", `Request body is ${length} bytes; a submission may be at most ${MAX_SUBMISSION_BYTES} bytes of code`);
    const text = await request.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError("INVALID_INPUT", "Request body is not valid JSON; expected {\"challenge\": slug, \"code\": string, \"mode\": \"run\"|\"submit\"}");
    }
    const parsed = Body.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? "body");
      throw new AppError("INVALID_INPUT", `Field '${field}' ${issue?.message ?? "is invalid"}`, { parameter: field });
    }
    if (Buffer.byteLength(parsed.data.code, "utf8") > MAX_SUBMISSION_BYTES) {
      throw new AppError("LIMIT_EXCEEDED", `Field 'code' is ${Buffer.byteLength(parsed.data.code, "utf8")} bytes; at most ${MAX_SUBMISSION_BYTES} bytes are accepted`, { parameter: "code" });
    }
    const owner = (await currentOwner(true)) as string;
    const id = await startSubmission(await getDb(), { slug: parsed.data.challenge, code: parsed.data.code, mode: parsed.data.mode, owner });
    return NextResponse.json({ id, status: "queued", poll: `/api/submissions/${id}` }, { status: 202 });
  });
}
