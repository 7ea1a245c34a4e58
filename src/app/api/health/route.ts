import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { getDb } from "../../lib/db";
import { rows } from "../../../db/queries/rows";

export const dynamic = "force-dynamic";

/** GET /api/health: 200 with the question count when the database answers. */
export async function GET(): Promise<Response> {
  try {
    const [r] = await rows<{ n: number }>(await getDb(), sql`SELECT count(*)::int AS n FROM questions`);
    return NextResponse.json({ status: "ok", questions: r?.n ?? 0 });
  } catch {
    return NextResponse.json({ status: "unavailable" }, { status: 503 });
  }
}
