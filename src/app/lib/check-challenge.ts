/**
 * Judges a challenge's reference solution against its examples and hidden tests in the sandboxed
 * judge before an editor's change is saved: a challenge whose own solution fails is never stored.
 */
import "server-only";
import type { ChallengeDraft } from "../../core/challenges/challenge-draft";
import { AppError } from "../../core/errors";
import { buildChallengeRequest } from "../../core/judge/challenge-submission";
import { getJudge } from "./judge";

/** The first test the reference solution failed (editors may see hidden tests). */
export interface FailingTest {
  kind: "example" | "hidden";
  /** 1-based among the examples or among the hidden tests. */
  number: number;
  source: string;
  verdict: string;
  message: string | null;
}

/**
 * @throws AppError INVALID_INPUT (400) with `verdict` and `failingTest` when the solution is not Accepted
 */
export async function assertSolutionAccepted(draft: ChallengeDraft): Promise<void> {
  const request = buildChallengeRequest({ code: draft.solution, mode: "submit", examples: draft.examples, hiddenTests: draft.hiddenTests, timeLimitMs: draft.timeLimitMs });
  const result = await getJudge().judge(request);
  if (result.verdict === "Accepted") return;
  const all = [...draft.examples, ...draft.hiddenTests];
  const failed = result.tests.find((t) => t.verdict !== "Accepted");
  const index = failed?.index ?? result.error?.testIndex;
  const failingTest: FailingTest | null =
    index === undefined
      ? null
      : {
          kind: index < draft.examples.length ? "example" : "hidden",
          number: index < draft.examples.length ? index + 1 : index - draft.examples.length + 1,
          source: all[index] ?? "",
          verdict: failed?.verdict ?? result.verdict,
          message: failed?.message ?? result.error?.message ?? null,
        };
  const where = failingTest ? ` on ${failingTest.kind === "example" ? "example" : "hidden test"} ${failingTest.number}${failingTest.message ? `: ${failingTest.message}` : ""}` : result.error ? `: ${result.error.message}` : "";
  throw new AppError("INVALID_INPUT", `The reference solution is not Accepted (${result.verdict})${where}`, {
    parameter: "solution",
    verdict: result.verdict,
    failingTest,
    ...(result.error ? { judgeError: result.error } : {}),
  });
}
