import { InvalidArgumentError, type Command } from "commander";
import { z } from "zod";
import { loadConfig } from "../../config/env";
import { AppError } from "../../core/errors";
import { createAuth, setRole } from "../../db/auth";
import { openDatabase } from "../../db/client";
import { eq } from "drizzle-orm";
import { ROLES, users, type Role } from "../../db/schema";

function role(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${ROLES.join(", ")}`);
  return value as Role;
}

const Email = z.string().email();

/**
 * Registers `pyprep user create` and `pyprep user role`: make accounts and set roles from the
 * shell (for the first admin of an install, or for scripts).
 */
export function registerUser(program: Command): void {
  const user = program.command("user").description("manage accounts");
  user
    .command("create")
    .description("create an account (the first account of an install is admin anyway)")
    .requiredOption("--email <email>", "sign-in email")
    .option("--password <password>", "at least 8 characters (default: read PYPREP_NEW_PASSWORD)")
    .option("--name <name>", "display name (default: the email's local part)")
    .option("--admin", "make the account an admin")
    .option("--role <role>", "candidate, editor or admin", role)
    .action(async (opts: { email: string; password?: string; name?: string; admin?: boolean; role?: Role }) => {
      if (!Email.safeParse(opts.email).success) throw new AppError("INVALID_INPUT", `--email: "${opts.email}" is not an email address`);
      const password = opts.password ?? process.env.PYPREP_NEW_PASSWORD ?? "";
      if (password.length < 8) throw new AppError("INVALID_INPUT", "--password: at least 8 characters are needed (or set PYPREP_NEW_PASSWORD)");
      const config = loadConfig();
      const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, root: config.root });
      try {
        const auth = await createAuth(handle.db, { secret: config.authSecret, baseUrl: config.baseUrl ?? "http://localhost" });
        try {
          await auth.api.signUpEmail({ body: { email: opts.email, password, name: opts.name ?? opts.email.split("@")[0] ?? opts.email } });
        } catch (e) {
          throw new AppError("CONFLICT", `Could not create ${opts.email}: ${e instanceof Error ? e.message : String(e)}`);
        }
        const wanted = opts.admin ? "admin" : opts.role;
        if (wanted) await setRole(handle.db, opts.email, wanted);
        const [row] = await handle.db.select({ role: users.role }).from(users).where(eq(users.email, opts.email.toLowerCase()));
        console.log(`Created ${opts.email} (${row?.role ?? wanted ?? "candidate"}).`);
      } finally {
        await handle.close();
      }
    });
  user
    .command("role")
    .description("set an account's role")
    .argument("<email>", "the account's email")
    .argument("<role>", "candidate, editor or admin", role)
    .action(async (email: string, newRole: Role) => {
      const config = loadConfig();
      const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, root: config.root });
      try {
        await setRole(handle.db, email, newRole);
        console.log(`${email} is now ${newRole}.`);
      } finally {
        await handle.close();
      }
    });
}
