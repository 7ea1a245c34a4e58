import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, isAppError, type AppErrorCode } from "../../core/errors";
import { assertSameOrigin } from "./csrf";

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

/**
 * Like {@link handle}, for state-changing requests: refuses cross-site requests first
 * (see assertSameOrigin).
 */
export async function mutation(request: Request, fn: () => Promise<Response>): Promise<Response> {
  return handle(async () => {
    assertSameOrigin(request);
    return fn();
  });
}

/**
 * Reads a JSON body of at most `maxBytes` and validates it with `schema`.
 * @throws AppError INVALID_INPUT naming the first bad field, LIMIT_EXCEEDED when too large
 */
export async function readJson<T>(request: Request, schema: z.ZodType<T>, maxBytes = 64 * 1024): Promise<T> {
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw new AppError("LIMIT_EXCEEDED", `Request body is larger than ${maxBytes} bytes`);
  let json: unknown;
  try {
    json = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "Request body is not valid JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join(".") : "body";
    throw new AppError("INVALID_INPUT", `Field '${field}' ${issue?.message ?? "is invalid"}`, { parameter: field });
  }
  return parsed.data;
}
