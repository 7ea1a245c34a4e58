import { describe, expect, it } from "vitest";
import { EVENT_LOOP_PRESETS } from "../../../src/core/visualizers/event-loop-presets";
import { AsyncProgramError } from "../../../src/core/visualizers/parse-async-program";
import { simulateEventLoop } from "../../../src/core/visualizers/simulate-event-loop";
import { HAS_PYTHON3, runPython3 } from "./python3";

/** Programs beyond the presets that stress the order of callbacks. */
const TRICKY: Record<string, string> = {
  "done callbacks hop through the ready queue": `import asyncio

async def quick(name):
    print(f"{name} runs")
    return name

async def chatter():
    print("chatter 1")
    await asyncio.sleep(0)
    print("chatter 2")
    await asyncio.sleep(0)
    print("chatter 3")
    await asyncio.sleep(0)
    print("chatter 4")

async def main():
    t = asyncio.create_task(chatter())
    r = await asyncio.gather(quick("a"), quick("b"))
    print("gathered", r)
    await t
    print("end")

asyncio.run(main())
`,
  "awaiting a finished task does not yield": `import asyncio

async def job():
    print("job")
    return 42

async def other():
    print("other 1")
    await asyncio.sleep(0)
    print("other 2")

async def main():
    t = asyncio.create_task(job())
    o = asyncio.create_task(other())
    await asyncio.sleep(0)
    print("main back")
    v = await t
    print("value", v)
    await o

asyncio.run(main())
`,
  "timers fire in time order, nested awaits run in the task": `import asyncio

async def inner(x):
    print("inner", x)
    await asyncio.sleep(0.05)
    return x

async def worker(name, delay):
    await asyncio.sleep(delay)
    v = await inner(name)
    print(name, "got", v)

async def main():
    a = asyncio.create_task(worker("slow", 0.3))
    b = asyncio.create_task(worker("fast", 0.1))
    await asyncio.gather(a, b, worker("mid", 0.2))
    print("all done")

asyncio.run(main())
`,
};

const programs = [...EVENT_LOOP_PRESETS.map((p) => [`preset ${p.id}`, p.source] as const), ...Object.entries(TRICKY)];

describe("simulateEventLoop", () => {
  describe.skipIf(!HAS_PYTHON3)("prints what CPython prints", () => {
    it.each(programs)("%s", (_name, source) => {
      const model = simulateEventLoop(source);
      const real = runPython3(source);
      expect(real.status, real.stderr).toBe(0);
      expect(model.output.map((l) => `${l}\n`).join("")).toBe(real.stdout);
    });
  });

  it("runs gather's children concurrently: 0.2 s for sleeps of 0.2 and 0.1", () => {
    const sim = simulateEventLoop(EVENT_LOOP_PRESETS.find((p) => p.id === "gather")!.source);
    expect(sim.totalSeconds).toBe(0.2);
    expect(sim.output).toEqual(["A: start", "B: start", "B: done after 0.1 s", "A: done after 0.2 s", "results: ['A', 'B']"]);
  });

  it("awaits coroutines one after another in the same task: 0.3 s", () => {
    expect(simulateEventLoop(EVENT_LOOP_PRESETS.find((p) => p.id === "sequential")!.source).totalSeconds).toBeCloseTo(0.3);
  });

  it("shows the ready queue and timers at each step", () => {
    const sim = simulateEventLoop(EVENT_LOOP_PRESETS[0]!.source);
    expect(sim.steps[0]!.state.ready).toEqual(["step main()"]);
    const afterMain = sim.steps[1]!.state;
    expect(afterMain.ready).toEqual(['step worker("A", 0.2)', 'step worker("B", 0.1)']);
    const afterB = sim.steps[3]!.state;
    expect(afterB.timers.map((t) => t.when)).toEqual([0.1, 0.2]);
  });

  it("says that asyncio.run cancels a task main never awaited", () => {
    const sim = simulateEventLoop(EVENT_LOOP_PRESETS.find((p) => p.id === "forgotten-task")!.source);
    expect(sim.output).not.toContain("background: finished");
    expect(sim.steps.at(-1)!.sentence).toMatch(/cancels the task still pending \(background\(\)\)/);
    expect(sim.steps.at(-1)!.state.tasks.find((t) => t.label === "background()")!.status).toBe("cancelled");
  });

  it("rejects code outside the subset with the line and what is supported", () => {
    expect(() => simulateEventLoop("import asyncio\nasync def main():\n    for i in range(3):\n        pass\nasyncio.run(main())\n")).toThrow(AsyncProgramError);
    expect(() => simulateEventLoop("import asyncio\nasync def main():\n    for i in range(3):\n        pass\nasyncio.run(main())\n")).toThrow(/line 3: cannot model "for i in range\(3\):"/);
    expect(() => simulateEventLoop("import asyncio\nasync def main():\n    print(x)\nasyncio.run(main())\n")).toThrow(/NameError: name 'x' is not defined/);
    expect(() => simulateEventLoop("async def main():\n    pass\n")).toThrow(/never calls asyncio.run/);
  });
});
