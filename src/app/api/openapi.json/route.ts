import { NextResponse } from "next/server";
import { openApiDocument } from "../../lib/openapi";

/** GET /api/openapi.json: the API description (OpenAPI 3.1). */
export function GET(): Response {
  return NextResponse.json(openApiDocument);
}
