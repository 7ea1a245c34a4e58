/**
 * Starting programs for the event-loop visualizer. Each is real Python (the unit tests run them
 * with CPython and compare the printed output with the model's) in the subset that
 * parse-async-program.ts understands.
 */
export interface EventLoopPreset {
  id: string;
  title: string;
  /** One sentence on what to watch for. */
  lesson: string;
  source: string;
}

export const EVENT_LOOP_PRESETS: readonly EventLoopPreset[] = [
  {
    id: "gather",
    title: "gather: two workers at once",
    lesson: "Both workers start before either finishes; the shorter sleep finishes first, yet gather returns the results in argument order.",
    source: `import asyncio

async def worker(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    print(f"{name}: done after {delay} s")
    return name

async def main():
    results = await asyncio.gather(worker("A", 0.2), worker("B", 0.1))
    print("results:", results)

asyncio.run(main())
`,
  },
  {
    id: "create-task",
    title: "create_task: a task starts when main yields",
    lesson: "create_task only queues the task; it runs when main reaches an await that suspends.",
    source: `import asyncio

async def fetch(name, delay):
    print(f"{name}: request sent")
    await asyncio.sleep(delay)
    print(f"{name}: response received")
    return f"{name} data"

async def main():
    task = asyncio.create_task(fetch("api", 0.3))
    print("main: task created")
    await asyncio.sleep(0.1)
    print("main: still working while the request waits")
    data = await task
    print("main: got", data)

asyncio.run(main())
`,
  },
  {
    id: "sequential",
    title: "Awaiting one after another",
    lesson: "Awaiting coroutines directly runs them in turn inside main's task: 0.3 s in all instead of 0.2 s.",
    source: `import asyncio

async def step(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    print(f"{name}: done")

async def main():
    await step("first", 0.1)
    await step("second", 0.2)
    print("main: both done")

asyncio.run(main())
`,
  },
  {
    id: "sleep-zero",
    title: "sleep(0): taking turns",
    lesson: "asyncio.sleep(0) yields to the loop once, so two tasks interleave line by line.",
    source: `import asyncio

async def count(name):
    print(f"{name} 1")
    await asyncio.sleep(0)
    print(f"{name} 2")
    await asyncio.sleep(0)
    print(f"{name} 3")

async def main():
    await asyncio.gather(count("ping"), count("pong"))

asyncio.run(main())
`,
  },
  {
    id: "forgotten-task",
    title: "A task main never awaits",
    lesson: "When main returns, asyncio.run() cancels the tasks still pending: the background task never prints its last line.",
    source: `import asyncio

async def background():
    print("background: started")
    await asyncio.sleep(1)
    print("background: finished")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    print("main: done")

asyncio.run(main())
`,
  },
];

/** The preset with this id, or the first one. */
export function eventLoopPreset(id: string | undefined): EventLoopPreset {
  return EVENT_LOOP_PRESETS.find((p) => p.id === id) ?? EVENT_LOOP_PRESETS[0]!;
}
