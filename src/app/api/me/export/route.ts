import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "../../../../core/errors";
import { exportAnkiDeck, exportPractice } from "../../../../db/practice/portable";
import { resolveActor } from "../../../lib/auth";
import { getDb } from "../../../lib/db";
import { handle } from "../../../lib/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/me/export?format=json|anki: my data as JSON (cards, reviews, bookmarks, notes,
 * settings; importable with POST /api/me/import), or my cards as a CSV deck Anki imports.
 */
export async function GET(request: NextRequest): Promise<Response> {
  return handle(async () => {
    const format = request.nextUrl.searchParams.get("format") ?? "json";
    if (format !== "json" && format !== "anki") throw new AppError("INVALID_INPUT", "Parameter 'format' must be json or anki", { parameter: "format" });
    const actor = await resolveActor(request.headers);
    const owner = actor?.owner ?? "guest:none";
    const db = await getDb();
    const day = new Date().toISOString().slice(0, 10);
    if (format === "anki") {
      return new NextResponse(await exportAnkiDeck(db, owner), {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="pyprep-anki-${day}.csv"` },
      });
    }
    return new NextResponse(JSON.stringify(await exportPractice(db, owner), null, 2), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="pyprep-practice-${day}.json"` },
    });
  });
}
