/**
 * The judge's security suite: each attack gets a verdict, leaves the host untouched (no file
 * created, no connection made, no host environment variable or host file content in any output),
 * and the judge serves the next submission correctly.
 *
 * The judge runs here WITHOUT its network namespace (isolateNetwork: "off"), so the socket cases
 * test the layers inside the process (patched syscalls, poisoned Node modules), as on a machine
 * where `unshare` is not available.
 */
import { randomBytes } from "node:crypto";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJudge, type Judge } from "../../../src/core/judge/create-judge";
import { appRoot } from "../../../src/core/judge/judge-launch";
import type { JudgeResult, JudgeTests, Verdict } from "../../../src/core/judge/types";

const SECRET = `pyprep-secret-${randomBytes(8).toString("hex")}`;
const FILE_SECRET = `pyprep-file-secret-${randomBytes(8).toString("hex")}`;
const sentinel = path.join(os.tmpdir(), `pyprep-judge-sentinel-${randomBytes(6).toString("hex")}`);
const parentSecretFile = path.join(path.dirname(appRoot()), `.pyprep-judge-secret-${randomBytes(6).toString("hex")}.txt`);
const noTests: JudgeTests = { kind: "asserts", asserts: [] };

let judge: Judge;
let server: net.Server;
let port = 0;
let connections = 0;
const logs: string[] = [];

beforeAll(async () => {
  process.env.PYPREP_JUDGE_TEST_SECRET = SECRET;
  writeFileSync(parentSecretFile, FILE_SECRET);
  server = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as net.AddressInfo).port;
  judge = createJudge({ workers: 2, isolateNetwork: "off", onLog: (l) => logs.push(l) });
  await judge.ready();
});

afterAll(async () => {
  await judge?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  rmSync(parentSecretFile, { force: true });
  rmSync(sentinel, { force: true });
  delete process.env.PYPREP_JUDGE_TEST_SECRET;
});

function leaks(r: JudgeResult): string[] {
  const text = JSON.stringify(r);
  return [SECRET, FILE_SECRET, "root:x:0:0"].filter((s) => text.includes(s));
}

async function expectStillServes(): Promise<void> {
  const r = await judge.judge({ source: "def add(a, b):\n    return a + b\n", tests: { kind: "asserts", asserts: ["assert add(2, 3) == 5"] } });
  expect(r.verdict).toBe("Accepted");
}

/** Runs an attack and checks containment; returns the result for case-specific checks. */
async function attack(source: string, allowed: Verdict[], limits = { timeMs: 1000 }): Promise<JudgeResult> {
  const r = await judge.judge({ source, tests: noTests, limits });
  expect(allowed, `verdict ${r.verdict}: ${r.error?.message ?? ""} ${r.stdout.slice(0, 300)}`).toContain(r.verdict);
  expect(leaks(r)).toEqual([]);
  expect(existsSync(sentinel)).toBe(false);
  expect(connections).toBe(0);
  await expectStillServes();
  return r;
}

describe("judge security: processes", () => {
  it("contains os.system('id')", async () => {
    const r = await attack(`import os\nprint(os.system('id; touch ${sentinel}'))\n`, ["Runtime Error"]);
    expect(r.error?.message).toContain("PermissionError");
  });

  it("contains posix.system reached past the os module", async () => {
    await attack(`import posix\nprint(posix.system('touch ${sentinel}'))\n`, ["Runtime Error"]);
  });

  it("contains subprocess.run(['id']), imported directly or through importlib", async () => {
    const direct = await attack("import subprocess\nsubprocess.run(['id'])\n", ["Runtime Error"]);
    expect(direct.error?.message).toContain("not allowed");
    const viaImportlib = await attack(`import importlib\nsp = importlib.import_module('subprocess')\nprint(sp.run(['touch', '${sentinel}']))\n`, ["Runtime Error"]);
    expect(viaImportlib.error?.message).toMatch(/OSError|PermissionError/);
  });

  it("contains a ctypes call of libc system()", async () => {
    const r = await attack(
      `import importlib\nctypes = importlib.import_module('ctypes')\nprint('rc', ctypes.CDLL(None).system(b'touch ${sentinel}'))\n`,
      ["Accepted", "Runtime Error"],
    );
    // The patched WebAssembly import answers -1 ("no shell"): nothing ran.
    if (r.verdict === "Accepted") expect(r.stdout).toBe("rc -1\n");
  });
});

describe("judge security: escapes to JavaScript", () => {
  it("contains `import js; js.process.env`", async () => {
    const r = await attack("import js\nprint(js.process.env)\n", ["Runtime Error"]);
    expect(r.error?.message).toContain("not allowed");
  });

  it("finds nothing in the js module reached through sys.modules", async () => {
    await attack("import sys\njs = sys.modules.get('js')\nprint(js.process.env if js else None)\n", ["Runtime Error", "Accepted"]);
  });

  it("contains the to_js({}).constructor.constructor('return process')() escape", async () => {
    const blocked = await attack("from pyodide.ffi import to_js\nprint(to_js({}).constructor.constructor('return process')().env)\n", ["Runtime Error"]);
    expect(blocked.error?.message).toContain("not allowed");
    // Past the import guard, no code can be generated from strings.
    const r = await attack(
      "import sys\nto_js = sys.modules['pyodide.ffi'].to_js\nf = to_js({}).constructor.constructor('return process')\nprint(f().env)\n",
      ["Runtime Error"],
    );
    expect(r.error?.message).toContain("Code generation from strings disallowed");
  });

  it("cannot reach the memory snapshot that later instances start from", async () => {
    const r = await attack("import sys\ncfg = sys.modules['pyodide_js']._api.config\nprint(repr(getattr(cfg, '_loadSnapshot', None)))\n", ["Accepted", "Runtime Error"]);
    if (r.verdict === "Accepted") expect(r.stdout).toMatch(/^(None|JsNull|undefined|jsnull)?\s*$/i);
  });

  it("cannot mount host directories through pyodide_js", async () => {
    await attack("import sys\np = sys.modules['pyodide_js']\np.mountNodeFS('/mnt', '/etc')\nprint(open('/mnt/passwd').read())\n", ["Runtime Error"]);
    await attack(
      "import sys\np = sys.modules['pyodide_js']\np.FS.mkdir('/h')\np.FS.mount(p._module.NODEFS, {'root': '/etc'}, '/h')\nprint(open('/h/passwd').read())\n",
      ["Runtime Error"],
    );
  });
});

describe("judge security: host files and environment", () => {
  it("cannot read /etc/passwd (the file system is in memory)", async () => {
    const r = await attack("print(open('/etc/passwd').read())\n", ["Runtime Error"]);
    expect(r.error?.message).toContain("FileNotFoundError");
  });

  it("cannot read a file in the app directory's parent", async () => {
    const r = await attack(`print(open(${JSON.stringify(parentSecretFile)}).read())\n`, ["Runtime Error"]);
    expect(r.error?.message).toContain("FileNotFoundError");
  });

  it("writes only to its own in-memory file system", async () => {
    const r = await attack(`open(${JSON.stringify(sentinel)}, 'w').write('pwned')\nprint(open(${JSON.stringify(sentinel)}).read())\n`, ["Accepted"]);
    expect(r.stdout).toBe("pwned\n");
  });

  it("sees no host environment variable", async () => {
    const r = await attack("import os\nprint(sorted(os.environ))\nprint(dict(os.environ))\n", ["Accepted"]);
    expect(r.stdout).not.toContain("PYPREP_JUDGE_TEST_SECRET");
  });
});

describe("judge security: network", () => {
  it("cannot open a TCP connection with socket.create_connection", async () => {
    const blocked = await attack(`import socket\nsocket.create_connection(('127.0.0.1', ${port}))\n`, ["Runtime Error"]);
    expect(blocked.error?.message).toContain("not allowed");
    // The module preloaded for asyncio, reached through sys.modules: the syscalls fail.
    await attack(`import sys\nsys.modules['socket'].create_connection(('127.0.0.1', ${port}), timeout=1)\n`, ["Runtime Error"]);
    const raw = await attack(`import sys\ns = sys.modules['_socket'].socket()\ns.connect(('127.0.0.1', ${port}))\n`, ["Runtime Error"]);
    expect(raw.error?.message).toContain("PermissionError");
  });

  it("cannot connect through asyncio", async () => {
    await attack(`import asyncio\nr, w = await asyncio.open_connection('127.0.0.1', ${port})\n`, ["Runtime Error"]);
  });

  it("cannot fetch", async () => {
    const r = await attack("from js import fetch\nprint(fetch)\n", ["Runtime Error"]);
    expect(r.error?.message).toContain("not allowed");
    await attack(`import importlib\nh = importlib.import_module('pyodide.http')\nprint(await h.pyfetch('http://127.0.0.1:${port}/'))\n`, ["Runtime Error"]);
  });
});

describe("judge security: resource bombs", () => {
  it("survives a recursion bomb", async () => {
    await attack("import sys\nsys.setrecursionlimit(10**8)\ndef f(n):\n    return f(n + 1)\nf(0)\n", ["Runtime Error", "Memory Limit Exceeded", "Time Limit Exceeded"], { timeMs: 5000 });
  });

  it("survives C-level recursion that overflows the stack", async () => {
    const r = await attack("import json\nx = []\nfor _ in range(10**5):\n    x = [x]\nprint(len(json.dumps(x)))\n", ["Runtime Error"], { timeMs: 5000 });
    expect(r.error?.message).toContain("RecursionError");
  });

  it("survives a memory bomb", async () => {
    await attack("x = bytearray(2**31 - 1)\n", ["Memory Limit Exceeded"], { timeMs: 5000 });
    await attack("x = ['a' * 10**6 for _ in range(10**6)]\n", ["Memory Limit Exceeded"], { timeMs: 5000 });
  });

  it("survives print floods, also past sys.stdout", async () => {
    await attack("while True:\n    print('x' * 1000)\n", ["Output Limit Exceeded"]);
    await attack("import sys\nwhile True:\n    sys.__stdout__.write('x' * 1000)\n", ["Output Limit Exceeded"]);
    await attack("import os\nwhile True:\n    os.write(1, b'x' * 1000)\n", ["Output Limit Exceeded"]);
  });

  it("survives a C-level infinite loop and code that swallows the interrupt", async () => {
    await attack("import collections, itertools\ncollections.deque(itertools.count(), maxlen=0)\n", ["Time Limit Exceeded"]);
    await attack("while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n", ["Time Limit Exceeded"]);
    await attack("import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass\n", ["Time Limit Exceeded"]);
  });

  it("gives threads and stdin nothing to block on", async () => {
    await attack("import threading\nthreading.Thread(target=print).start()\n", ["Runtime Error"]);
    await attack("print(input())\n", ["Runtime Error"]);
  });

  it("ran every attack in the same judge process, which never had to restart", () => {
    expect(judge.stats().starts).toBe(1);
  });
});
