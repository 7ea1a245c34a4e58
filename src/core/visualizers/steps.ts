/**
 * What every visualizer model produces: a list of steps, each a snapshot of the model's state and
 * one plain sentence saying what happened (read out by the page's live region and listed in its
 * step log). Step 0 is the starting state.
 */
export interface Step<S> {
  state: S;
  sentence: string;
}

/** Reads an integer query parameter, falling back when absent or not a number, clamped to [min, max]. */
export function intParam(value: string | string[] | undefined, fallback: number, min: number, max: number): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const n = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.round(n)));
}

/** Reads a query parameter that must be one of `choices`, else `fallback`. */
export function choiceParam<T extends string>(value: string | string[] | undefined, choices: readonly T[], fallback: T): T {
  const raw = Array.isArray(value) ? value[0] : value;
  return choices.find((c) => c === raw) ?? fallback;
}

/** Reads a free-text query parameter (first value), or `fallback` when absent; capped at `maxLength` characters. */
export function textParam(value: string | string[] | undefined, fallback: string, maxLength = 4000): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw === undefined ? fallback : raw.slice(0, maxLength);
}
