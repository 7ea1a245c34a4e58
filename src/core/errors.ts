/** Machine-readable error codes; the HTTP and CLI edges map them to statuses and exit codes. */
export type AppErrorCode =
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "PARSE_ERROR"
  | "CONFLICT"
  | "LIMIT_EXCEEDED"
  | "FORBIDDEN"
  | "UNAUTHORIZED";

/**
 * The one error type core code throws on purpose. The message says what is wrong and,
 * where it helps, what to do: `new AppError("PARSE_ERROR", "002.txt:118: expected 'Answer' after the level line")`.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Optional structured detail, e.g. `{ parameter: "level" }` for API errors. */
  readonly detail: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: string, detail?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.detail = detail;
  }
}

/** True when `e` is an AppError (also across module copies, e.g. Next.js bundles). */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError || (typeof e === "object" && e !== null && (e as { name?: unknown }).name === "AppError" && typeof (e as { code?: unknown }).code === "string");
}
