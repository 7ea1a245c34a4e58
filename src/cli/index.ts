import { Command } from "commander";
import { loadConfig } from "../config/env";
import { isAppError } from "../core/errors";
import { openDatabase } from "../db/client";
import { runImport } from "./commands/import";
import { runServe } from "./commands/serve";
import { registerContent } from "./commands/content";
import { registerBench } from "./commands/bench";
import { registerChallenges } from "./commands/challenges";
import { registerJudgeWorker } from "./commands/judge-worker";
import { registerUser } from "./commands/user";
import { registerGradeEval } from "./commands/grade-eval";

const program = new Command();
program.name("pyprep").description("PyPrep: prepare for Python technical interviews. Self-hosted.").showHelpAfterError();

program
  .command("serve")
  .description("build if needed, migrate, fill an empty bank (our content, or the seed pages), and serve the web app")
  .option("--no-build", "do not build, even if the build is missing or stale")
  .action(async (opts: { build: boolean }) => {
    await runServe(loadConfig(), { build: opts.build });
  });

program
  .command("migrate")
  .description("apply pending database migrations and exit")
  .action(async () => {
    const config = loadConfig();
    const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, root: config.root });
    await handle.close();
    console.log(`Migrations applied (${handle.driver}).`);
  });

program
  .command("import")
  .description("import seed pages (Q&A cards, numbered blog posts, accordion pages) from files or folders")
  .argument("<paths...>", "files or folders of .txt pages")
  .option("-v, --verbose", "list every merge decision")
  .action(async (paths: string[], opts: { verbose?: boolean }) => {
    const config = loadConfig();
    const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, root: config.root });
    try {
      await runImport(handle.db, paths, opts);
    } finally {
      await handle.close();
    }
  });

registerContent(program, () => loadConfig().contentDir);
registerBench(program);
registerChallenges(program);
registerJudgeWorker(program);
registerUser(program);
registerGradeEval(program, () => loadConfig().contentDir);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (isAppError(e)) {
    console.error(`pyprep: ${e.message}`);
    process.exitCode = 2;
  } else {
    console.error(`pyprep: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.PYPREP_DEBUG) console.error(e);
    process.exitCode = 1;
  }
}
