import { NextResponse } from "next/server";
import { renderMarkdown } from "../../../../core/content/render-markdown";
import { requireEditor } from "../../../lib/admin";
import { PreviewBody } from "../../../lib/admin-schemas";
import { mutation, readJson } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** POST /api/admin/preview {markdown}: the answer as the public page renders it (sanitized HTML). */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    await requireEditor(request);
    const { markdown } = await readJson(request, PreviewBody, 256 * 1024);
    return NextResponse.json({ html: await renderMarkdown(markdown) });
  });
}
