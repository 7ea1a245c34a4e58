import { describe, expect, it } from "vitest";
import { REFCOUNT_PRESETS } from "../../../src/core/visualizers/refcount-presets";
import { RefcountProgramError, traceRefcounts } from "../../../src/core/visualizers/trace-refcounts";
import { HAS_PYTHON3, runPython3 } from "./python3";

/**
 * Runs the snippet statement by statement in CPython and, after each, reads the real ob_refcnt of
 * every object the model says is alive (ctypes, at the object's address, so the probe itself adds
 * no reference) and `sys.getrefcount(x) - 1` for every name, and checks that the objects the
 * model frees are gone. The cycle collector is
 * disabled so that it runs only at gc.collect(), as in the model.
 */
const PROBE = `
import ctypes, gc, json, sys
gc.disable()
steps = json.loads(sys.argv[1])
ns = {"__name__": "__main__", "gc": gc, "sys": sys}
addr = {}
out = []
for st in steps:
    if st["code"]:
        exec(st["code"], ns)
    for c in st["created"]:
        addr[c["id"]] = id(ns[c["name"]])
    counts = {str(i): ctypes.c_ssize_t.from_address(addr[i]).value for i in st["alive"]}
    # The same through the public API: sys.getrefcount() minus the reference its argument adds.
    named = {n: sys.getrefcount(ns[n]) - 1 for n in st["names"]}
    live = {id(o) for o in gc.get_objects()}
    gone = {str(i): addr[i] not in live for i in st["freed"]}
    out.append({"counts": counts, "gone": gone, "named": named})
print(json.dumps(out))
`;

const SNIPPETS: Record<string, string> = {
  ...Object.fromEntries(REFCOUNT_PRESETS.map((p) => [`preset ${p.id}`, p.source])),
  "a chain freed from its head": `class Node:
    pass

head = Node()
second = Node()
third = Node()
head.next = second
second.next = third
del second
del third
head = None
`,
};

describe("traceRefcounts", () => {
  describe.skipIf(!HAS_PYTHON3)("shows CPython's own reference counts after every line", () => {
    it.each(Object.entries(SNIPPETS))("%s", (_name, source) => {
      const trace = traceRefcounts(source);
      const steps = trace.steps.map((s, k) => {
        const prev = k > 0 ? trace.steps[k - 1]!.state.objects : [];
        return {
          code: s.state.code,
          created: s.state.created,
          alive: s.state.objects.filter((o) => o.alive).map((o) => o.id),
          names: s.state.names.map((n) => n.name),
          freed: s.state.objects.filter((o) => !o.alive && prev.find((p) => p.id === o.id)?.alive).map((o) => o.id),
        };
      });
      const r = runPython3(PROBE, JSON.stringify(steps));
      expect(r.status, r.stderr).toBe(0);
      const real = JSON.parse(r.stdout) as { counts: Record<string, number>; gone: Record<string, boolean>; named: Record<string, number> }[];
      trace.steps.forEach((s, k) => {
        const model = Object.fromEntries(s.state.objects.filter((o) => o.alive).map((o) => [String(o.id), o.count]));
        expect(real[k]!.counts, `after "${s.state.code}"`).toEqual(model);
        const byName = Object.fromEntries(s.state.names.map((n) => [n.name, s.state.objects[n.target - 1]!.count]));
        expect(real[k]!.named, `sys.getrefcount after "${s.state.code}"`).toEqual(byName);
        for (const [id, gone] of Object.entries(real[k]!.gone)) expect(gone, `object #${id} freed after "${s.state.code}"`).toBe(true);
      });
    });
  });

  it("keeps a cycle alive after del until gc.collect()", () => {
    const trace = traceRefcounts(REFCOUNT_PRESETS.find((p) => p.id === "cycle")!.source);
    const afterDel = trace.steps.find((s) => s.state.code === "del b")!;
    expect(afterDel.state.names).toEqual([]);
    expect(afterDel.state.objects.map((o) => [o.label, o.count, o.alive, o.unreachable])).toEqual([
      ["Node #1", 1, true, true],
      ["Node #2", 1, true, true],
    ]);
    expect(afterDel.sentence).toMatch(/reference counting alone will never free them/);
    const afterGc = trace.steps.at(-1)!;
    expect(afterGc.state.code).toBe("gc.collect()");
    expect(afterGc.state.objects.every((o) => !o.alive)).toBe(true);
  });

  it("frees an object the moment its count reaches zero, and what only it referenced", () => {
    const trace = traceRefcounts("a = []\nbox = [a]\ndel a\nbox = None\n");
    const last = trace.steps.at(-1)!;
    expect(last.state.objects.map((o) => o.alive)).toEqual([false, false]);
    expect(last.sentence).toMatch(/list #2 drops to 0 and is freed at once, releasing its references to list #1; list #1 drops to 0/);
  });

  it("counts each reference from names and containers", () => {
    const trace = traceRefcounts("items = []\nalias = items\nbox = [items, items]\n");
    expect(trace.steps.at(-1)!.state.objects.find((o) => o.id === 1)!.count).toBe(4);
  });

  it("rejects statements outside the subset with the line", () => {
    expect(() => traceRefcounts("x = []\nfor i in x: pass\n")).toThrow(RefcountProgramError);
    expect(() => traceRefcounts("x = []\nfor i in x: pass\n")).toThrow(/line 2/);
    expect(() => traceRefcounts("del nothing\n")).toThrow(/NameError/);
  });
});
