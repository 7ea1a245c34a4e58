import { describe, expect, it } from "vitest";
import { linearizeMro, parseClassHeaders } from "../../../src/core/visualizers/linearize-mro";
import { MRO_PRESETS } from "../../../src/core/visualizers/mro-presets";
import { HAS_PYTHON3, runPython3 } from "./python3";

/** Runs the classes in CPython and returns each class's MRO, or Python's exception as "Type: message". */
function pythonMros(source: string): Record<string, string[]> | string {
  const probe = `
import json, sys
ns = {"__name__": "__main__"}
try:
    exec(sys.argv[1], ns)
except Exception as e:
    print(json.dumps(f"{type(e).__name__}: {e}"))
else:
    print(json.dumps({k: [c.__name__ for c in v.__mro__] for k, v in ns.items() if isinstance(v, type)}))
`;
  const r = runPython3(probe, source);
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, string[]> | string;
}

const HIERARCHIES: Record<string, string> = {
  ...Object.fromEntries(MRO_PRESETS.map((p) => [`preset ${p.id}`, p.source])),
  "single inheritance": "class A: pass\nclass B(A): pass\nclass C(B): pass\n",
  "the classic example from the Python 2.3 MRO paper": `class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
`,
  "a base listed before its own subclass": "class A: pass\nclass B(A): pass\nclass C(A, B): pass\n",
  "explicit object base and a deep diamond": `class Root(object): pass
class Left(Root): pass
class Right(Root): pass
class LeftChild(Left): pass
class Bottom(LeftChild, Right): pass
`,
  "duplicate base": "class A: pass\nclass B(A, A): pass\n",
};

describe("linearizeMro", () => {
  describe.skipIf(!HAS_PYTHON3)("agrees with CPython's __mro__ and its TypeError", () => {
    it.each(Object.entries(HIERARCHIES))("%s", (_name, source) => {
      const model = linearizeMro(source);
      const real = pythonMros(source);
      if (typeof real === "string") {
        expect(model.error, `Python raised ${real}`).not.toBeNull();
        // CPython breaks its MRO message over two lines; the words are the same.
        expect(`${model.error!.type}: ${model.error!.message}`).toBe(real.replace(/\s+/g, " "));
      } else {
        expect(model.error).toBeNull();
        expect(model.mros).toEqual(real);
      }
    });
  });

  it("linearizes the diamond as D, B, C, A, object", () => {
    const r = linearizeMro(MRO_PRESETS.find((p) => p.id === "diamond")!.source);
    expect(r.mros.D).toEqual(["D", "B", "C", "A", "object"]);
  });

  it("records the merge: A is skipped while it is in the tail of C's MRO", () => {
    const r = linearizeMro("class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\n");
    const d = r.steps.filter((s) => s.state.cls === "D");
    expect(d.map((s) => [s.state.verdict, s.state.candidate])).toEqual([
      ["start", null],
      ["take", "B"],
      ["skip", "A"],
      ["take", "C"],
      ["take", "A"],
      ["take", "object"],
      ["done", null],
    ]);
    expect(d[2]!.sentence).toBe("Head A is in the tail of [C, A, object]: something must come before it, so try the next list's head.");
  });

  it("names the remaining heads when no order is consistent, as CPython does", () => {
    const r = linearizeMro(MRO_PRESETS.find((p) => p.id === "inconsistent")!.source);
    expect(r.error).toEqual({ cls: "Z", type: "TypeError", message: "Cannot create a consistent method resolution order (MRO) for bases X, Y" });
    expect(r.steps.at(-1)!.state.verdict).toBe("error");
  });

  it("reads class headers and skips bodies and keyword arguments", () => {
    expect(parseClassHeaders("class A:\n    x = 1\n\nclass B(A, metaclass=type):\n    pass\ndef f(): pass\n")).toEqual([
      { name: "A", bases: [], line: 1 },
      { name: "B", bases: ["A"], line: 4 },
    ]);
  });

  it("reports a base that is not defined as NameError", () => {
    expect(linearizeMro("class B(A): pass\n").error).toEqual({ cls: "B", type: "NameError", message: "name 'A' is not defined" });
  });
});
