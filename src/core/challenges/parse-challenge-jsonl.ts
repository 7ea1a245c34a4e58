import { z } from "zod";
import { AppError } from "../errors";

/** A challenge as imported from a public dataset, ready to store. */
export interface ImportedChallenge {
  slug: string;
  title: string;
  difficulty: "Easy" | "Medium" | "Hard";
  statementMd: string;
  starter: string;
  examples: string[];
  hiddenTests: string[];
  solution: string;
  origin: "humaneval" | "mbpp";
}

/** HumanEval record: a function prompt (signature + docstring), its tests as `check(candidate)`. */
const HumanEvalSchema = z.object({
  task_id: z.string().min(1),
  prompt: z.string().min(1),
  entry_point: z.string().regex(/^[A-Za-z_]\w*$/, "must be a Python identifier"),
  test: z.string().min(1),
  canonical_solution: z.string().optional(),
});

/** MBPP record: a task in words, a reference solution and a list of asserts. */
const MbppSchema = z.object({
  task_id: z.union([z.number().int(), z.string().min(1)]),
  text: z.string().min(1),
  code: z.string().min(1),
  test_list: z.array(z.string().min(1)).min(1),
  test_setup_code: z.string().optional(),
  challenge_test_list: z.array(z.string()).optional(),
});

function slugOf(prefix: string, id: string | number): string {
  return `${prefix}-${String(id).toLowerCase().replace(/^[a-z]+\//, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

/** Turns `>>> f(1)` / `2` doctest pairs of a prompt into asserts, the visible examples. */
export function doctestAsserts(prompt: string): string[] {
  const lines = prompt.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*>>>\s+(.+)$/.exec(lines[i] ?? "");
    const expected = lines[i + 1]?.trim();
    if (m && expected && !expected.startsWith(">>>")) out.push(`assert ${m[1]} == ${expected}`);
  }
  return out;
}

function firstDocLine(prompt: string): string | null {
  const m = /("""|''')\s*([\s\S]*?)\1/.exec(prompt);
  const line = m?.[2]?.split("\n").map((l) => l.trim()).find((l) => l.length > 0);
  return line ?? null;
}

function fromHumanEval(r: z.infer<typeof HumanEvalSchema>): ImportedChallenge {
  const examples = doctestAsserts(r.prompt);
  const test = `${r.test}\ncheck(${r.entry_point})`;
  return {
    slug: slugOf("humaneval", r.task_id),
    title: (firstDocLine(r.prompt) ?? r.task_id).slice(0, 150),
    difficulty: "Medium",
    statementMd: `Complete \`${r.entry_point}\` as its docstring describes.\n\n\`\`\`python\n${r.prompt.trim()}\n\`\`\``,
    starter: `${r.prompt.replace(/\s+$/, "")}\n    ...\n`,
    examples: examples.length ? examples : [`assert callable(${r.entry_point})`],
    hiddenTests: [test],
    solution: r.canonical_solution ? `${r.prompt}${r.canonical_solution}` : "",
    origin: "humaneval",
  };
}

function fromMbpp(r: z.infer<typeof MbppSchema>): ImportedChallenge {
  const signature = /^def\s+\w+\s*\([^)]*\)\s*(->\s*[^:]+)?:/m.exec(r.code)?.[0];
  const setup = r.test_setup_code?.trim() ? `${r.test_setup_code.trim()}\n` : "";
  return {
    slug: slugOf("mbpp", r.task_id),
    title: r.text.length > 150 ? `${r.text.slice(0, 147)}…` : r.text,
    difficulty: "Easy",
    statementMd: `${r.text}\n\nYour function must pass asserts such as:\n\n\`\`\`python\n${r.test_list[0]}\n\`\`\``,
    starter: signature ? `${signature}\n    ...\n` : "# write your function here\n",
    examples: [`${setup}${r.test_list[0]}`],
    hiddenTests: [...r.test_list, ...(r.challenge_test_list ?? [])].map((t) => `${setup}${t}`),
    solution: r.code,
    origin: "mbpp",
  };
}

/**
 * Reads a JSONL file of HumanEval (`prompt`, `entry_point`, `test` defining `check(candidate)`)
 * or MBPP (`text`, `code`, `test_list`) records, one JSON object per line; the format is told
 * apart per record.
 * @see https://github.com/openai/human-eval (HumanEval format)
 * @see https://github.com/google-research/google-research/tree/master/mbpp (MBPP format)
 * @throws AppError INVALID_INPUT "file:line: …" naming the field that is wrong
 */
export function parseChallengeJsonl(file: string, text: string): ImportedChallenge[] {
  const out: ImportedChallenge[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new AppError("INVALID_INPUT", `${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    const isHumanEval = typeof value === "object" && value !== null && "entry_point" in value;
    const parsed = isHumanEval ? HumanEvalSchema.safeParse(value) : MbppSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError(
        "INVALID_INPUT",
        `${file}:${i + 1}: ${isHumanEval ? "HumanEval" : "MBPP"} record: field '${issue?.path.join(".") ?? "?"}' ${issue?.message ?? "is invalid"}; expected HumanEval (prompt, entry_point, test) or MBPP (text, code, test_list)`,
      );
    }
    out.push(isHumanEval ? fromHumanEval(parsed.data as z.infer<typeof HumanEvalSchema>) : fromMbpp(parsed.data as z.infer<typeof MbppSchema>));
  });
  if (out.length === 0) throw new AppError("INVALID_INPUT", `${file}: no records`);
  return out;
}
