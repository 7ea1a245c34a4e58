/**
 * The web server's judge: one sandboxed judge process per server process, started on first use
 * (the default single-machine setup). Submissions are recorded as queued, judged in the
 * background, and read back by id.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "../../core/errors";
import { buildChallengeRequest, toCandidateResult, type SubmissionMode } from "../../core/judge/challenge-submission";
import { createJudge, type Judge } from "../../core/judge/create-judge";
import type { Db } from "../../db/client";
import { createSubmission, finishSubmission, getChallengeTests } from "../../db/queries/challenges";

const KEY = Symbol.for("pyprep.judge");
type Holder = { [KEY]?: Judge };

/** The process-wide judge (PYPREP_JUDGE_WORKERS threads, default 2). */
export function getJudge(): Judge {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const workers = Math.max(1, Math.min(16, Number(process.env.PYPREP_JUDGE_WORKERS ?? 2) || 2));
    holder[KEY] = createJudge({ workers, onLog: (line) => console.error(`[judge] ${line}`) });
  }
  return holder[KEY];
}

/**
 * Queues a run or submission of `code` to challenge `slug` for `owner` and returns its id at
 * once; the verdict is stored when the judge answers.
 * @throws AppError NOT_FOUND for an unknown challenge
 */
export async function startSubmission(db: Db, options: { slug: string; code: string; mode: SubmissionMode; owner: string }): Promise<string> {
  const challenge = await getChallengeTests(db, options.slug);
  if (!challenge) throw new AppError("NOT_FOUND", `No challenge with slug '${options.slug}'`);
  const id = randomUUID();
  await createSubmission(db, { id, challengeId: challenge.id, owner: options.owner, mode: options.mode, code: options.code });
  const request = buildChallengeRequest({ code: options.code, mode: options.mode, examples: challenge.examples, hiddenTests: challenge.hiddenTests, timeLimitMs: challenge.timeLimitMs });
  const hiddenCount = options.mode === "run" ? 0 : challenge.hiddenTests.length;
  // Note: not awaited on purpose; the request returns 202 and the client polls GET /api/submissions/:id.
  void getJudge()
    .judge(request)
    .then((result) =>
      finishSubmission(db, id, {
        status: "done",
        verdict: result.verdict,
        result: toCandidateResult(result, challenge.examples.length, hiddenCount, options.mode) as unknown as Record<string, unknown>,
        timeMs: Math.round(result.timeMs),
        peakMemoryBytes: result.peakMemoryBytes,
      }),
    )
    .catch((e: unknown) =>
      finishSubmission(db, id, { status: "failed", verdict: null, result: { error: e instanceof Error ? e.message : String(e) }, timeMs: null, peakMemoryBytes: null }).catch(() => undefined),
    );
  return id;
}
