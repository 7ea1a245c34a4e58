/**
 * Serves the Pyodide runtime (CPython in WebAssembly) from node_modules/pyodide, so that the
 * question page's "Run" buttons work without a CDN. Only the files the browser loader needs are
 * served; any other name is a 404 (the whitelist also rules out path traversal).
 */
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const JS = "text/javascript; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

/** File name → content type. */
const FILES: Readonly<Record<string, string>> = {
  "pyodide.mjs": JS,
  "pyodide.mjs.map": JSON_TYPE,
  "pyodide.js": JS,
  "pyodide.js.map": JSON_TYPE,
  "pyodide.asm.mjs": JS,
  "pyodide.asm.mjs.map": JSON_TYPE,
  "pyodide.asm.wasm": "application/wasm",
  "python_stdlib.zip": "application/zip",
  "pyodide-lock.json": JSON_TYPE,
};

/**
 * A week, then revalidation by ETag: the URLs carry no version, so an upgraded pyodide package
 * must not be shadowed by a year-old copy in the browser cache.
 */
const CACHE_CONTROL = "public, max-age=604800, stale-while-revalidate=86400";

function notFound(): Response {
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

async function serve(request: Request, context: { params: Promise<{ file: string }> }, body: boolean): Promise<Response> {
  const { file } = await context.params;
  if (!Object.hasOwn(FILES, file)) return notFound();
  // The server runs in the app's root (`pyprep serve` starts Next.js there), where npm put pyodide.
  const full = path.join(process.cwd(), "node_modules", "pyodide", file);
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(full);
  } catch {
    return notFound();
  }
  if (!stat.isFile()) return notFound();
  const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
  const headers = new Headers({
    "Content-Type": FILES[file]!,
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    "Last-Modified": stat.mtime.toUTCString(),
    "X-Content-Type-Options": "nosniff",
  });
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((t) => t.trim() === etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(stat.size));
  if (!body) return new Response(null, { status: 200, headers });
  const stream = Readable.toWeb(fs.createReadStream(full)) as ReadableStream<Uint8Array>;
  return new Response(stream, { status: 200, headers });
}

/** GET /pyodide/:file: one whitelisted file of the Pyodide distribution. */
export async function GET(request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  return serve(request, context, true);
}

export async function HEAD(request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  return serve(request, context, false);
}
