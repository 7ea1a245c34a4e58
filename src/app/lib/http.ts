import { NextResponse } from "next/server";
import { isAppError, type AppErrorCode } from "../../core/errors";

const STATUS: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  PARSE_ERROR: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LIMIT_EXCEEDED: 413,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
};

/** JSON error body used by every API route: `{ error: { code, message, parameter? } }`. */
export function errorResponse(code: AppErrorCode, message: string, detail?: Record<string, unknown>): NextResponse {
  return NextResponse.json({ error: { code, message, ...detail } }, { status: STATUS[code] });
}

/**
 * Runs a route handler body and maps failures at the edge: AppError → its status with the
 * message; anything else → 500 without internals (logged on the server).
 */
export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (isAppError(e)) return errorResponse(e.code, e.message, e.detail);
    console.error(e);
    return NextResponse.json({ error: { code: "INTERNAL", message: "Internal server error" } }, { status: 500 });
  }
}
