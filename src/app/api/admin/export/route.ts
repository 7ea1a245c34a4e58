import { NextResponse } from "next/server";
import { AppError } from "../../../../core/errors";
import { questionsToCsv } from "../../../../core/editorial/bank-csv";
import { exportBank } from "../../../../db/editorial/bank";
import { recordAudit } from "../../../../db/editorial/audit";
import { requireEditor } from "../../../lib/admin";
import { getDb } from "../../../lib/db";
import { handle } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/admin/export?format=json|csv: the whole bank (JSON: questions, sets, challenges) or its questions (CSV), as a download. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const actor = await requireEditor(request);
    const format = new URL(request.url).searchParams.get("format") ?? "json";
    if (format !== "json" && format !== "csv") throw new AppError("INVALID_INPUT", `Parameter 'format' must be json or csv, not '${format}'`, { parameter: "format" });
    const db = await getDb();
    const bank = await exportBank(db);
    await recordAudit(db, actor, "export", "bank", format, { questions: bank.questions.length });
    const day = bank.exportedAt.slice(0, 10);
    if (format === "csv") {
      return new NextResponse(questionsToCsv(bank.questions), { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="pyprep-questions-${day}.csv"` } });
    }
    return new NextResponse(JSON.stringify(bank, null, 1), { headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="pyprep-bank-${day}.json"` } });
  });
}
