/** JSON calls from the admin pages to /api/admin; errors come back as their message. */
export interface ApiResult<T> {
  ok: boolean;
  status: number;
  data: T | null;
  error: string | null;
  detail: Record<string, unknown> | null;
}

export async function adminFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body !== undefined ? { "content-type": "application/json" } : {},
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const json = res.status === 204 ? null : ((await res.json().catch(() => null)) as (T & { error?: { message?: string } }) | null);
  if (!res.ok) {
    const error = (json as { error?: { message?: string } & Record<string, unknown> } | null)?.error;
    return { ok: false, status: res.status, data: null, error: error?.message ?? `Request failed (${res.status})`, detail: error ?? null };
  }
  return { ok: true, status: res.status, data: json, error: null, detail: null };
}
