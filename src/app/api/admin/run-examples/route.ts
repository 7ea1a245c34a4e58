import { NextResponse } from "next/server";
import { requireEditor } from "../../../lib/admin";
import { RunExamplesBody } from "../../../lib/admin-schemas";
import { runExamples } from "../../../lib/check-examples";
import { mutation, readJson } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** POST /api/admin/run-examples {examples: [{code, output}]}: runs each in the sandboxed judge; output and whether it matches. */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    await requireEditor(request);
    const { examples } = await readJson(request, RunExamplesBody);
    return NextResponse.json({ runs: await runExamples(examples) });
  });
}
