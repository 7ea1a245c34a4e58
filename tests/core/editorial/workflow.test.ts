import { describe, expect, it } from "vitest";
import { availableActions, planTransition, publicStatusAfter, stateAfterEdit } from "../../../src/core/editorial/workflow";

const ada = { id: "ada", role: "editor" as const };
const bob = { id: "bob", role: "editor" as const };
const root = { id: "root", role: "admin" as const };

describe("editorial workflow", () => {
  it("goes draft → in review → published → archived → draft", () => {
    expect(planTransition({ state: "draft", action: "submit", actor: ada, latestAuthorId: "ada" })).toBe("in_review");
    expect(planTransition({ state: "in_review", action: "publish", actor: bob, latestAuthorId: "ada" })).toBe("published");
    expect(planTransition({ state: "published", action: "archive", actor: root, latestAuthorId: "ada" })).toBe("archived");
    expect(planTransition({ state: "archived", action: "unarchive", actor: root, latestAuthorId: "ada" })).toBe("draft");
    expect(planTransition({ state: "in_review", action: "request_changes", actor: bob, latestAuthorId: "ada" })).toBe("draft");
  });

  it("refuses publishing by the author of the latest revision, admins included", () => {
    expect(() => planTransition({ state: "in_review", action: "publish", actor: ada, latestAuthorId: "ada" })).toThrow(/another editor/);
    expect(() => planTransition({ state: "in_review", action: "publish", actor: { id: "ada", role: "admin" }, latestAuthorId: "ada" })).toThrow(/another editor/);
  });

  it("refuses transitions from the wrong state as a conflict and too-low roles as forbidden", () => {
    expect(() => planTransition({ state: "draft", action: "publish", actor: bob, latestAuthorId: "ada" })).toThrow(expect.objectContaining({ code: "CONFLICT" }));
    expect(() => planTransition({ state: "published", action: "archive", actor: bob, latestAuthorId: "ada" })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => planTransition({ state: "draft", action: "submit", actor: { id: "c", role: "candidate" }, latestAuthorId: null })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("lists the actions open to someone", () => {
    expect(availableActions({ state: "in_review", actor: ada, latestAuthorId: "ada" })).toEqual(["request_changes"]);
    expect(availableActions({ state: "in_review", actor: bob, latestAuthorId: "ada" })).toEqual(["request_changes", "publish"]);
    expect(availableActions({ state: "published", actor: root, latestAuthorId: null })).toEqual(["archive"]);
  });

  it("keeps a live question live while an edit is drafted, and refuses edits of archived ones", () => {
    expect(publicStatusAfter("published", stateAfterEdit("published"))).toBe("published");
    expect(publicStatusAfter("draft", "in_review")).toBe("in_review");
    expect(publicStatusAfter("published", "archived")).toBe("archived");
    expect(() => stateAfterEdit("archived")).toThrow(/archived/);
  });
});
