"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { CandidateResult } from "../../core/judge/challenge-submission";
import type { SubmissionView } from "../../db/queries/challenges";
import { PythonEditor, type PythonEditorHandle } from "./python-editor";

type Mode = "run" | "submit";

/** A submission in flight: being sent, then as the judge reports it. */
interface Pending {
  mode: Mode;
  status: "sending" | "queued" | "running";
}

const POLL_MS = 300;
/** Give up polling after this long (the judge's own limits are far lower). */
const POLL_GIVE_UP_MS = 3 * 60_000;
const SAVE_DELAY_MS = 400;

const draftKey = (slug: string) => `pyprep:challenge-draft:${slug}`;

function readDraft(slug: string): string | null {
  try {
    return localStorage.getItem(draftKey(slug));
  } catch {
    return null;
  }
}

function writeDraft(slug: string, code: string, starter: string): void {
  try {
    if (code === starter) localStorage.removeItem(draftKey(slug));
    else localStorage.setItem(draftKey(slug), code);
  } catch {
    // Storage full or disabled: the draft lives as long as the page.
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The error message of an API error body, or a fallback naming the status. */
async function apiError(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  const message = body?.error?.message ?? `The server answered HTTP ${res.status}.`;
  if (res.status === 413) return `Your code is too large to submit. ${message}`;
  if (res.status === 400) return `The submission was refused. ${message}`;
  return message;
}

function verdictTone(verdict: string | null | undefined): "good" | "limit" | "bad" {
  if (verdict === "Accepted") return "good";
  if (verdict && /Limit Exceeded$/.test(verdict)) return "limit";
  return "bad";
}

function modeLabel(mode: Mode): string {
  return mode === "run" ? "Run" : "Submit";
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const today = new Date().toDateString() === d.toDateString();
  return today ? d.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" }) : d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** The stored result when it has the CandidateResult shape (a failed judge stores `{ error: string }`). */
function candidateResult(s: SubmissionView): CandidateResult | null {
  const r = s.result as Partial<CandidateResult> | null;
  return r && typeof r.verdict === "string" && Array.isArray(r.visible) ? (r as CandidateResult) : null;
}

function summaryLine(s: SubmissionView): string {
  const r = candidateResult(s);
  if (s.status === "failed" || !r) return "The judge could not check this code.";
  return `${r.verdict}: ${r.passed} of ${r.total} ${r.total === 1 ? "test" : "tests"} passed.`;
}

/**
 * The challenge's work area: the editor (draft kept in localStorage), Run and Submit with live
 * progress, the verdict, and this browser's submission history.
 */
export function ChallengeWorkspace({ slug, starter }: { slug: string; starter: string }) {
  const router = useRouter();
  const editor = useRef<PythonEditorHandle>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestCode = useRef<string | null>(null);
  const alive = useRef(true);
  const inFlight = useRef(false);
  const hintId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [shown, setShown] = useState<{ submission: SubmissionView; fromHistory: boolean } | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [history, setHistory] = useState<SubmissionView[] | null>(null);
  const [historyError, setHistoryError] = useState(false);

  const flushDraft = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    if (latestCode.current !== null) writeDraft(slug, latestCode.current, starter);
  }, [slug, starter]);

  const onChange = useCallback(
    (code: string) => {
      latestCode.current = code;
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(flushDraft, SAVE_DELAY_MS);
    },
    [flushDraft],
  );

  const loadHistory = useCallback(async () => {
    try {
      const res = await fetch(`/api/challenges/${encodeURIComponent(slug)}/submissions`, { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { items: SubmissionView[] };
      if (!alive.current) return;
      setHistory(body.items);
      setHistoryError(false);
    } catch {
      if (alive.current) setHistoryError(true);
    }
  }, [slug]);

  useEffect(() => {
    alive.current = true;
    // Loaded after mount: times are shown in the browser's time zone.
    void loadHistory();
    window.addEventListener("pagehide", flushDraft);
    return () => {
      alive.current = false;
      window.removeEventListener("pagehide", flushDraft);
      flushDraft();
    };
  }, [loadHistory, flushDraft]);

  const show = useCallback((submission: SubmissionView, fromHistory: boolean) => {
    setShown({ submission, fromHistory });
    const r = candidateResult(submission);
    editor.current?.markErrorLine(!fromHistory && r?.verdict === "Compilation Error" && r.error?.line ? r.error.line : null);
  }, []);

  async function judge(mode: Mode) {
    if (inFlight.current) return;
    const code = editor.current?.getCode() ?? "";
    flushDraft();
    setRequestError(null);
    if (code.trim() === "") {
      setRequestError("Write some code first: the editor is empty.");
      return;
    }
    inFlight.current = true;
    setPending({ mode, status: "sending" });
    setAnnouncement(mode === "run" ? "Running the examples…" : "Submitting…");
    try {
      const res = await fetch("/api/submissions", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ challenge: slug, code, mode }),
      });
      if (!res.ok) {
        const message = await apiError(res);
        setRequestError(message);
        setAnnouncement(message);
        return;
      }
      const { id, poll } = (await res.json()) as { id: string; status: string; poll?: string };
      const url = poll ?? `/api/submissions/${id}`;
      setPending({ mode, status: "queued" });
      setAnnouncement("Queued…");
      const started = Date.now();
      let failures = 0;
      let last = "queued";
      while (alive.current) {
        await sleep(POLL_MS);
        if (!alive.current) return;
        let s: SubmissionView;
        try {
          const r = await fetch(url, { cache: "no-store" });
          if (!r.ok) throw new Error(await apiError(r));
          s = (await r.json()) as SubmissionView;
          failures = 0;
        } catch (e) {
          if (++failures >= 5) throw e;
          continue;
        }
        if (s.status === "done" || s.status === "failed") {
          show(s, false);
          setAnnouncement(summaryLine(s));
          void loadHistory();
          if (s.mode === "submit" && s.verdict === "Accepted") router.refresh();
          return;
        }
        if (s.status !== last) {
          last = s.status;
          setPending({ mode, status: s.status });
          setAnnouncement(s.status === "running" ? "Running…" : "Queued…");
        }
        if (Date.now() - started > POLL_GIVE_UP_MS) {
          throw new Error("No verdict after three minutes. The judge may be overloaded; try again later.");
        }
      }
    } catch (e) {
      const message = e instanceof TypeError ? "Could not reach the server. Check your connection and try again." : e instanceof Error ? e.message : String(e);
      if (alive.current) {
        setRequestError(message);
        setAnnouncement(message);
      }
    } finally {
      inFlight.current = false;
      if (alive.current) setPending(null);
    }
  }

  function resetToStarter() {
    const code = editor.current?.getCode() ?? "";
    if (code !== starter && !window.confirm("Replace your code with the starter code? Your draft will be lost (use Ctrl+Z to undo).")) return;
    editor.current?.setCode(starter);
    editor.current?.markErrorLine(null);
    latestCode.current = starter;
    flushDraft();
    editor.current?.focus();
  }

  function loadSubmission(s: SubmissionView) {
    const current = editor.current?.getCode() ?? "";
    // Ask only when loading would lose work: code that is neither the starter nor in the history.
    const safe = current === s.code || current === starter || (history ?? []).some((h) => h.code === current);
    if (!safe && !window.confirm("Load the code of this submission? Your current draft differs and will be replaced (use Ctrl+Z to undo).")) return;
    if (current !== s.code) editor.current?.setCode(s.code);
    latestCode.current = s.code;
    flushDraft();
    show(s, true);
    editor.current?.focus();
  }

  const busy = pending !== null;
  const progress = pending
    ? pending.status === "sending"
      ? pending.mode === "run"
        ? "Sending…"
        : "Submitting…"
      : pending.status === "queued"
        ? "Queued…"
        : "Running…"
    : null;

  return (
    <div className="workspace">
      <div className="workspace-toolbar">
        <span className="workspace-filename" aria-hidden="true">
          solution.py
        </span>
        <button type="button" className="button-quiet button-small" onClick={resetToStarter}>
          Reset to starter
        </button>
      </div>
      <PythonEditor
        ref={editor}
        label="Your Python solution"
        describedBy={hintId}
        initialCode={() => {
          const draft = readDraft(slug);
          latestCode.current = draft ?? starter;
          return draft ?? starter;
        }}
        onChange={onChange}
        onRun={() => void judge("run")}
        onSubmit={() => void judge("submit")}
      />
      <p id={hintId} className="editor-hint">
        Tab indents. To leave the editor with the keyboard, press <kbd>Esc</kbd> then <kbd>Tab</kbd>. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs the examples. Your draft is saved in this browser.
      </p>

      <div className="workspace-actions">
        <button type="button" onClick={() => void judge("run")} disabled={busy}>
          Run
        </button>
        <button type="button" className="button-primary" onClick={() => void judge("submit")} disabled={busy}>
          Submit
        </button>
        <span className="workspace-progress" aria-hidden={progress ? undefined : true}>
          {progress ? (
            <>
              <span className="spinner" aria-hidden="true" /> {progress}
            </>
          ) : null}
        </span>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {requestError ? (
        <div className="notice notice-error workspace-error" role="alert">
          {requestError}
        </div>
      ) : null}

      {shown ? <VerdictPanel submission={shown.submission} fromHistory={shown.fromHistory} onGoTo={(line, col) => editor.current?.goTo(line, col)} /> : null}

      <section className="submission-history" aria-labelledby="history-title">
        <h3 id="history-title">Your submissions</h3>
        {history === null ? (
          historyError ? (
            <p className="muted">
              Could not load your submissions.{" "}
              <button type="button" className="button-quiet button-small" onClick={() => void loadHistory()}>
                Retry
              </button>
            </p>
          ) : (
            <p className="muted">Loading…</p>
          )
        ) : history.length === 0 ? (
          <p className="muted">None yet. Run or submit your code and it appears here; click one to load its code.</p>
        ) : (
          <ol className="history-list">
            {history.map((s) => {
              const r = candidateResult(s);
              const verdict = s.status === "failed" ? "Judge error" : s.status !== "done" ? (s.status === "queued" ? "Queued" : "Running") : (s.verdict ?? "—");
              return (
                <li key={s.id}>
                  <button type="button" className={shown?.submission.id === s.id ? "history-item is-current" : "history-item"} onClick={() => loadSubmission(s)} aria-current={shown?.submission.id === s.id ? "true" : undefined}>
                    <time dateTime={s.createdAt} className="history-time">
                      {formatWhen(s.createdAt)}
                    </time>
                    <span className="history-mode">{modeLabel(s.mode)}</span>
                    <span className={`history-verdict tone-${s.status === "done" ? verdictTone(s.verdict) : "bad"}`}>{verdict}</span>
                    <span className="history-time-ms">{r ? `${Math.round(r.timeMs)} ms` : s.timeMs !== null ? `${s.timeMs} ms` : ""}</span>
                    <span className="visually-hidden">, load this code</span>
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}

function VerdictPanel({ submission, fromHistory, onGoTo }: { submission: SubmissionView; fromHistory: boolean; onGoTo: (line: number, col?: number) => void }) {
  const r = candidateResult(submission);
  const mode = modeLabel(submission.mode);
  if (submission.status === "failed" || !r) {
    const message = typeof submission.result?.error === "string" ? submission.result.error : "The judge did not return a result.";
    return (
      <section className="verdict-panel tone-bad" aria-labelledby="verdict-title" data-testid="verdict" data-submission-id={submission.id}>
        <h3 id="verdict-title" className="verdict-title">
          Judge error
        </h3>
        <p>Your code could not be judged ({mode.toLowerCase()}): {message}</p>
        <p className="muted">This is a problem on our side, not in your code. Try again in a moment.</p>
      </section>
    );
  }
  const tone = verdictTone(r.verdict);
  const hidden = r.hidden;
  const error = r.error;
  // The innermost frame in the candidate's code: the error's own line, else the traceback's last "solution.py" frame.
  const frames = error?.traceback ? [...error.traceback.matchAll(/File "solution\.py", line (\d+)/g)] : [];
  const solutionLine = error?.line && error.source !== "tests" ? error.line : frames.length > 0 ? Number(frames[frames.length - 1]![1]) : null;
  return (
    <section className={`verdict-panel tone-${tone}`} aria-labelledby="verdict-title" data-testid="verdict" data-submission-id={submission.id}>
      <header className="verdict-header">
        <h3 id="verdict-title" className="verdict-title" data-verdict={r.verdict}>
          <span aria-hidden="true">{tone === "good" ? "✓" : tone === "limit" ? "⚠" : "✗"}</span> {r.verdict}
        </h3>
        <p className="verdict-sub">
          {fromHistory ? <>Earlier {mode.toLowerCase()}, {formatWhen(submission.createdAt)}. </> : null}
          {submission.mode === "run" ? "Examples only." : "Examples and hidden tests."}
        </p>
      </header>
      <dl className="verdict-stats">
        <div>
          <dt>Passed</dt>
          <dd>
            {r.passed}/{r.total}
          </dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>{Math.round(r.timeMs)} ms</dd>
        </div>
        <div>
          <dt>Peak memory</dt>
          <dd>{formatMb(r.peakMemoryBytes)}</dd>
        </div>
      </dl>

      {error && r.verdict === "Compilation Error" ? (
        <div className="verdict-error">
          <p>
            <strong>{error.message}</strong>
            {error.line ? (
              <>
                {" "}
                at line {error.line}
                {error.col ? <>:{error.col}</> : null}{" "}
                <button type="button" className="button-quiet button-small" onClick={() => onGoTo(error.line ?? 1, error.col)}>
                  Show in editor
                </button>
              </>
            ) : null}
          </p>
        </div>
      ) : error ? (
        <div className="verdict-error">
          <p>
            <strong>{error.message}</strong>
            {solutionLine ? (
              <>
                {" "}
                at line {solutionLine} of your code{" "}
                <button type="button" className="button-quiet button-small" onClick={() => onGoTo(solutionLine)}>
                  Show in editor
                </button>
              </>
            ) : null}
          </p>
          {error.traceback ? (
            <pre className="verdict-output">
              <code>{error.traceback}</code>
            </pre>
          ) : null}
        </div>
      ) : null}

      {r.visible.length > 0 ? (
        <>
          <h4 className="verdict-subtitle">Example tests</h4>
          <ol className="test-results">
            {r.visible.map((t) => {
              const ok = t.verdict === "Accepted";
              return (
                <li key={t.index} className={ok ? "test-result is-pass" : "test-result is-fail"}>
                  <span className="test-result-icon" aria-hidden="true">
                    {ok ? "✓" : "✗"}
                  </span>
                  <div className="test-result-body">
                    <code className="test-result-name">{t.name}</code>
                    <span className={`test-result-verdict tone-${verdictTone(t.verdict)}`}>
                      {t.verdict}
                      {typeof t.timeMs === "number" ? <span className="muted"> · {Math.round(t.timeMs)} ms</span> : null}
                    </span>
                    {t.message ? <pre className="test-result-message">{t.message}</pre> : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      ) : null}

      {submission.mode === "submit" && hidden.total > 0 ? (
        <p className="verdict-hidden">
          {hidden.passed}/{hidden.total} hidden tests passed
          {hidden.firstFailure ? (
            <>
              ; first failure: hidden test {hidden.firstFailure.number} ({hidden.firstFailure.verdict})
            </>
          ) : hidden.passed < hidden.total ? (
            <>; the judge stopped before the others</>
          ) : null}
          .
        </p>
      ) : null}

      {submission.mode === "run" && (r.stdout || r.stderr) ? (
        <>
          {r.stdout ? (
            <>
              <h4 className="verdict-subtitle">Standard output</h4>
              <pre className="verdict-output">
                <code>{r.stdout}</code>
              </pre>
            </>
          ) : null}
          {r.stderr ? (
            <>
              <h4 className="verdict-subtitle">Standard error</h4>
              <pre className="verdict-output verdict-stderr">
                <code>{r.stderr}</code>
              </pre>
            </>
          ) : null}
          {r.outputTruncated ? <p className="muted">Output was cut at the limit.</p> : null}
        </>
      ) : null}
    </section>
  );
}
