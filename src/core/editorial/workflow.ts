/**
 * The editorial workflow of a question, as a state machine over the working copy's state:
 *
 *   draft ──submit──▶ in_review ──publish──▶ published ──archive──▶ archived
 *     ▲                  │                                            │
 *     └─request_changes──┘                 ◀──────unarchive───────────┘ (back to draft)
 *
 * Saving an edit always puts the working copy back to draft (a published question stays live,
 * unchanged, until the edit is published). Pure: decides, does not store.
 */
import { AppError } from "../errors";

export const WORKFLOW_STATES = ["draft", "in_review", "published", "archived"] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const WORKFLOW_ACTIONS = ["submit", "request_changes", "publish", "archive", "unarchive"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Roles as the workflow knows them (least to most privileged). */
export type EditorialRole = "candidate" | "editor" | "admin";

export interface WorkflowActor {
  id: string;
  role: EditorialRole;
}

interface Rule {
  from: WorkflowState;
  to: WorkflowState;
  /** Lowest role allowed. */
  role: "editor" | "admin";
  /** Human label for buttons and the audit log. */
  label: string;
}

/** Every transition, with who may make it. */
export const TRANSITIONS: Readonly<Record<WorkflowAction, Rule>> = {
  submit: { from: "draft", to: "in_review", role: "editor", label: "Submit for review" },
  request_changes: { from: "in_review", to: "draft", role: "editor", label: "Request changes" },
  publish: { from: "in_review", to: "published", role: "editor", label: "Publish" },
  archive: { from: "published", to: "archived", role: "admin", label: "Archive" },
  unarchive: { from: "archived", to: "draft", role: "admin", label: "Back to draft" },
};

const RANK: Record<EditorialRole, number> = { candidate: 0, editor: 1, admin: 2 };

export interface PlanTransitionOptions {
  state: WorkflowState;
  action: WorkflowAction;
  actor: WorkflowActor;
  /** Author of the latest revision (the content that would go live); null for imported content. */
  latestAuthorId: string | null;
}

/** Why a transition is refused, or null when it is allowed. */
export function transitionRefusal({ state, action, actor, latestAuthorId }: PlanTransitionOptions): string | null {
  const rule = TRANSITIONS[action];
  if (RANK[actor.role] < RANK[rule.role]) return `${rule.label} needs the ${rule.role} role`;
  if (state !== rule.from) return `${rule.label} needs a question in ${rule.from.replace("_", " ")}; this one is ${state.replace("_", " ")}`;
  // Note: the four-eyes rule holds for admins too: nobody publishes their own words unreviewed.
  if (action === "publish" && latestAuthorId !== null && latestAuthorId === actor.id) {
    return "You wrote the latest revision: another editor has to review and publish it";
  }
  return null;
}

/**
 * The state after `action`.
 * @throws AppError FORBIDDEN when the actor's role or authorship forbids it, CONFLICT when the
 *   question is not in the state the action starts from
 */
export function planTransition(options: PlanTransitionOptions): WorkflowState {
  const refusal = transitionRefusal(options);
  if (refusal) {
    const rule = TRANSITIONS[options.action];
    throw new AppError(options.state === rule.from ? "FORBIDDEN" : "CONFLICT", refusal);
  }
  return TRANSITIONS[options.action].to;
}

/** The actions `actor` may take now (for the editor's buttons). */
export function availableActions(options: Omit<PlanTransitionOptions, "action">): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => transitionRefusal({ ...options, action }) === null);
}

/**
 * The state the working copy enters when an edit is saved: always draft.
 * @throws AppError CONFLICT for an archived question (take it back to draft first)
 */
export function stateAfterEdit(state: WorkflowState): WorkflowState {
  if (state === "archived") throw new AppError("CONFLICT", "This question is archived: move it back to draft before editing");
  return "draft";
}

/**
 * What the public sees after the working copy enters `next`: a live question stays live while an
 * edit is drafted or reviewed; otherwise the public status follows the workflow.
 */
export function publicStatusAfter(current: WorkflowState, next: WorkflowState): WorkflowState {
  if (next === "archived" || next === "published") return next;
  return current === "published" ? "published" : next;
}
