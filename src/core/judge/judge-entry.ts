/**
 * Entry of the judge bundle (built by buildJudgeBundle into one .mjs file): the judge process's
 * main thread, or one of its worker threads, which load the same file.
 */
import { isMainThread } from "node:worker_threads";
import { parseJudgeProcessArgs, runJudgeProcess } from "./judge-process";
import { runJudgeThread } from "./judge-thread";

if (isMainThread) {
  try {
    await runJudgeProcess(parseJudgeProcessArgs(process.argv.slice(2)));
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ type: "fatal", message: e instanceof Error ? e.message : String(e) })}\n`);
    process.exit(1);
  }
} else {
  await runJudgeThread();
}
