/**
 * The Python side of the judge, run once in the instance that the memory snapshot is made from,
 * so every restored instance starts with it (and with the preloaded modules) already in memory.
 *
 * It (1) preloads the standard modules submissions use, (2) removes process and network entry
 * points at the Python level (`os.system` and friends; imports of `js`, `pyodide*`, `ctypes`,
 * `subprocess`, `socket`, … from submission code), and (3) defines `_pyprep_judge(payload)`, which
 * compiles the solution, runs it and the tests with captured output and returns the result as JSON.
 *
 * The Python-level blocks are the outer layer only: code in the same interpreter can reach any
 * object (gc, `sys.modules`, `importlib`). The walls are below it, in the worker thread (patched
 * WebAssembly imports, poisoned network modules, no code generation from strings) and in the Node
 * permission model of the judge process.
 */
import { ASYNCIO_RUN_TO_AWAIT_PY } from "../content/example-prelude";

export const HARNESS_PY = String.raw`
import sys, os, builtins, io, ast, json, time, traceback, random, linecache, inspect, types

# Preloaded: imports of these by submissions cost nothing after the snapshot.
import collections, collections.abc, itertools, functools, heapq, bisect, math, cmath, re, string
import dataclasses, typing, enum, abc, contextlib, operator, copy, fractions, decimal, statistics
import datetime, asyncio, textwrap, weakref, array, struct, hashlib, numbers, pprint, queue
import threading, unittest, difflib, base64, keyword, graphlib, itertools, secrets, uuid, zlib

try:
    import posix as _posix
except ImportError:
    _posix = None


def _pyprep_denied(*args, **kwargs):
    raise PermissionError("not allowed in the judge sandbox")


for _mod in (os, _posix):
    if _mod is None:
        continue
    for _name in ("system", "popen", "fork", "forkpty", "execv", "execve", "execl", "execle", "execlp",
                  "execlpe", "execvp", "execvpe", "spawnv", "spawnve", "spawnl", "spawnle", "spawnlp",
                  "spawnlpe", "spawnvp", "spawnvpe", "posix_spawn", "posix_spawnp", "kill", "killpg"):
        if hasattr(_mod, _name):
            setattr(_mod, _name, _pyprep_denied)

_PYPREP_DENIED_MODULES = frozenset({
    "js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip", "ctypes", "_ctypes",
    "subprocess", "_posixsubprocess", "multiprocessing", "_multiprocessing", "socket", "_socket",
    "ssl", "_ssl", "webbrowser", "pty",
})
_pyprep_real_import = builtins.__import__


_PYPREP_HARNESS_GLOBALS = globals()


def _pyprep_trusted(g):
    # Standard-library modules may import what they need; submission code (a namespace that is not
    # a standard-library module's own __dict__) may not import the denied modules.
    if g is _PYPREP_HARNESS_GLOBALS:
        return True
    if not isinstance(g, dict):
        return False
    m = sys.modules.get(g.get("__name__"))
    if m is None or getattr(m, "__dict__", None) is not g:
        return False
    spec = getattr(m, "__spec__", None)
    origin = getattr(spec, "origin", None) or ""
    return origin.startswith("/lib/") or origin in ("built-in", "frozen")


def _pyprep_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name.partition(".")[0] in _PYPREP_DENIED_MODULES:
        g = globals
        if g is None:
            try:
                g = sys._getframe(1).f_globals
            except ValueError:
                g = _PYPREP_HARNESS_GLOBALS  # no Python caller: the runtime itself
        if not _pyprep_trusted(g):
            raise ImportError("import of '%s' is not allowed in the judge sandbox" % name, name=name)
    return _pyprep_real_import(name, globals, locals, fromlist, level)


_USER_FILES = ("solution.py", "<tests>", "<setup>")
_RETURN_STDOUT = 65536
_RETURN_STDERR = 16384
_CASE_STDOUT = 4096


class _OutputLimit(BaseException):
    """Raised inside print() once the submission wrote more than its output limit."""


class _Budget:
    def __init__(self, cap):
        self.cap = cap
        self.used = 0
        self.exceeded = False


class _Capture(io.TextIOBase):
    def __init__(self, budget, keep):
        self._budget = budget
        self._keep = keep
        self._parts = []
        self._kept = 0
        self.truncated = False

    def writable(self):
        return True

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        b = self._budget
        if b.exceeded:
            raise _OutputLimit()
        n = len(s.encode("utf-8", "surrogatepass"))
        b.used += n
        if b.used > b.cap:
            b.exceeded = True
            self.truncated = True
            raise _OutputLimit()
        if self._kept < self._keep:
            part = s[: self._keep - self._kept]
            self._parts.append(part)
            self._kept += len(part)
            if len(part) < len(s):
                self.truncated = True
        else:
            self.truncated = True
        return len(s)

    def flush(self):
        pass

    def isatty(self):
        return False

    def getvalue(self):
        return "".join(self._parts)


# Pyodide in Node 20 has no stack switching: module-level asyncio.run(coro) runs as await coro.
${ASYNCIO_RUN_TO_AWAIT_PY}

_FLAGS = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT


def _register_source(filename, text):
    linecache.cache[filename] = (len(text), None, text.splitlines(True), filename)


def _compile(text, filename, mode="exec"):
    _register_source(filename, text)
    tree = ast.parse(text, filename, mode)
    tree = ast.fix_missing_locations(_AsyncioRunToAwait().visit(tree))
    return compile(tree, filename, mode, flags=_FLAGS, dont_inherit=True)


async def _run(code, ns):
    r = eval(code, ns)
    if inspect.iscoroutine(r):
        r = await r
    return r


def _short(value, limit=300):
    try:
        s = repr(value)
    except BaseException as e:  # a user __repr__ may fail
        s = "<unprintable %s: %s>" % (type(value).__name__, type(e).__name__)
    return s if len(s) <= limit else s[: limit - 3] + "..."


def _exc_line(e):
    try:
        text = "".join(traceback.format_exception_only(type(e), e)).strip()
    except BaseException:
        text = type(e).__name__
    lines = text.splitlines()
    return lines[-1] if lines else type(e).__name__


def _error_info(e, source):
    # The traceback's last lines, with the judge's own frames removed.
    info = {"message": _exc_line(e)[:1000], "source": source}
    try:
        # The last frames only: formatting 10 000 frames of a RecursionError takes seconds in WASM.
        te = traceback.TracebackException(type(e), e, e.__traceback__, limit=-40)
        frames = [f for f in te.stack if f.filename in _USER_FILES]
        te.stack = traceback.StackSummary.from_list(frames)
        for f in reversed(frames):
            if f.filename == "solution.py":
                info["line"] = f.lineno
                break
        lines = "".join(te.format()).rstrip("\n").splitlines()
        tail = lines[-10:]
        text = "\n".join(tail)
        info["traceback"] = text[-3000:]
    except BaseException:
        pass
    return info


def _classify(e):
    """Maps an exception that escaped submission code to (verdict, fatal)."""
    if isinstance(e, _OutputLimit):
        return "Output Limit Exceeded", True
    if isinstance(e, KeyboardInterrupt):
        return "Time Limit Exceeded", True
    if isinstance(e, MemoryError):
        return "Memory Limit Exceeded", True
    if isinstance(e, AssertionError):
        return "Wrong Answer", False
    return "Runtime Error", False


def _normalize_output(text):
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines)


class _AssertTest:
    def __init__(self, index, text):
        self.index = index
        self.text = text
        self.name = text.strip()
        tree = ast.parse(text, "<tests>", "exec")
        tree = ast.fix_missing_locations(_AsyncioRunToAwait().visit(tree))
        self.left = self.right = self.msg = None
        body = tree.body
        if (len(body) == 1 and isinstance(body[0], ast.Assert) and isinstance(body[0].test, ast.Compare)
                and len(body[0].test.ops) == 1 and isinstance(body[0].test.ops[0], ast.Eq)):
            node = body[0]
            self.left = self._expr(node.test.left)
            self.right = self._expr(node.test.comparators[0])
            self.msg = self._expr(node.msg) if node.msg is not None else None
        _register_source("<tests>", text)
        self.code = compile(tree, "<tests>", "exec", flags=_FLAGS, dont_inherit=True)

    @staticmethod
    def _expr(node):
        return compile(ast.Expression(body=node), "<tests>", "eval", flags=_FLAGS, dont_inherit=True)

    async def run(self, ns):
        """Returns None when the test passes, else the failure message; raises on errors."""
        _register_source("<tests>", self.text)
        if self.left is None:
            await _run(self.code, ns)
            return None
        got = await _run(self.left, ns)
        expected = await _run(self.right, ns)
        if got == expected:
            return None
        if self.msg is not None:
            return "%s: %s" % (_short(await _run(self.msg, ns)), "expected %s, got %s" % (_short(expected), _short(got)))
        return "expected %s, got %s" % (_short(expected), _short(got))


def _ms(t0):
    return round((time.perf_counter() - t0) * 1000, 3)


async def _pyprep_judge(payload):
    p = json.loads(payload)
    source = p["source"]
    tests = p["tests"]
    limits = p["limits"]
    kind = tests["kind"]
    budget = _Budget(int(limits["outputBytes"]))
    out = _Capture(budget, _RETURN_STDOUT)
    err = _Capture(budget, _RETURN_STDERR)
    results = []
    res = {"verdict": "Accepted", "tests": results, "error": None}

    def finish(t0=None):
        res["timeMs"] = _ms(t0) if t0 is not None else 0
        res["stdout"] = out.getvalue()
        res["stderr"] = err.getvalue()
        res["outputTruncated"] = out.truncated or err.truncated
        res["outputExceeded"] = budget.exceeded
        res["passed"] = sum(1 for r in results if r["verdict"] == "Accepted")
        return json.dumps(res)

    # Compile the solution: a SyntaxError is a Compilation Error with line and column.
    try:
        solution = _compile(source, "solution.py")
    except SyntaxError as e:
        res["verdict"] = "Compilation Error"
        msg = "%s: %s" % (type(e).__name__, e.msg)
        res["error"] = {"message": msg, "line": e.lineno, "col": e.offset, "source": "solution",
                        "traceback": "".join(traceback.format_exception_only(type(e), e)).rstrip()[-3000:]}
        return finish()
    except MemoryError:
        res["verdict"] = "Memory Limit Exceeded"
        res["error"] = {"message": "MemoryError", "source": "solution"}
        return finish()
    except (ValueError, OverflowError, RecursionError) as e:
        res["verdict"] = "Compilation Error"
        res["error"] = {"message": _exc_line(e), "source": "solution"}
        return finish()

    # Compile the tests (challenge content, trusted): a failure here is the challenge's fault.
    try:
        if kind == "asserts":
            setup = _compile(tests["setup"], "<setup>") if tests.get("setup") else None
            asserts = [_AssertTest(i, a) for i, a in enumerate(tests["asserts"])]
        elif kind == "humaneval":
            check_code = _compile(tests["test"], "<tests>")
            test_text = tests["test"]
        elif kind == "io":
            cases = tests["cases"]
        else:
            raise ValueError("unknown test kind %r" % kind)
    except SyntaxError as e:
        res["verdict"] = "Compilation Error"
        res["error"] = {"message": "%s in tests: %s" % (type(e).__name__, e.msg), "line": e.lineno, "col": e.offset, "source": "tests"}
        return finish()

    # Installed per run, not in the snapshot: Pyodide's own bootstrap imports _pyodide from C.
    builtins.__import__ = _pyprep_import
    random.seed(p.get("seed", 0))
    sys.setrecursionlimit(int(limits["recursionLimit"]))
    saved = sys.stdout, sys.stderr, sys.stdin
    sys.stdout, sys.stderr, sys.stdin = out, err, io.StringIO("")
    t0 = time.perf_counter()
    phase = {"source": "solution"}
    try:
        if kind == "io":
            phase["source"] = "tests"
            await _judge_io(solution, cases, budget, out, res, results, phase)
        else:
            mod = types.ModuleType("solution")
            sys.modules["solution"] = mod
            ns = mod.__dict__
            ns["__builtins__"] = builtins
            ns["__file__"] = "solution.py"
            try:
                await _run(solution, ns)
            except SystemExit as e:
                if e.code not in (None, 0):
                    raise
            phase["source"] = "tests"
            if kind == "asserts":
                if setup is not None:
                    await _run(setup, ns)
                for t in asserts:
                    phase["testIndex"] = t.index
                    t1 = time.perf_counter()
                    try:
                        failure = await t.run(ns)
                    except BaseException as e:
                        verdict, fatal = _classify(e)
                        if fatal:
                            raise
                        msg = _exc_line(e) if verdict != "Wrong Answer" else (str(e) or "assertion failed")
                        results.append({"index": t.index, "name": t.name, "verdict": verdict, "message": msg[:1000], "timeMs": _ms(t1)})
                        if res["verdict"] == "Accepted":
                            res["verdict"] = verdict
                            if verdict == "Runtime Error":
                                res["error"] = dict(_error_info(e, "tests"), testIndex=t.index)
                        continue
                    if failure is None:
                        results.append({"index": t.index, "name": t.name, "verdict": "Accepted", "timeMs": _ms(t1)})
                    else:
                        results.append({"index": t.index, "name": t.name, "verdict": "Wrong Answer", "message": failure[:1000], "timeMs": _ms(t1)})
                        if res["verdict"] == "Accepted":
                            res["verdict"] = "Wrong Answer"
            else:
                entry = tests["entryPoint"]
                name = "check(%s)" % entry
                phase["testIndex"] = 0
                t1 = time.perf_counter()
                try:
                    _register_source("<tests>", test_text)
                    if entry not in ns:
                        raise NameError("the solution defines no '%s'" % entry)
                    tns = dict(ns)
                    await _run(check_code, tns)
                    r = tns["check"](ns[entry])
                    if inspect.iscoroutine(r):
                        await r
                    results.append({"index": 0, "name": name, "verdict": "Accepted", "timeMs": _ms(t1)})
                except BaseException as e:
                    verdict, fatal = _classify(e)
                    if fatal:
                        raise
                    if verdict == "Wrong Answer":
                        msg = str(e) or _failed_assert_line(e) or "assertion failed"
                    else:
                        msg = _exc_line(e)
                        res["error"] = dict(_error_info(e, "tests"), testIndex=0)
                    results.append({"index": 0, "name": name, "verdict": verdict, "message": msg[:1000], "timeMs": _ms(t1)})
                    res["verdict"] = verdict
    except BaseException as e:
        verdict, fatal = _classify(e)
        if isinstance(e, SystemExit):
            verdict = "Runtime Error"
        res["verdict"] = verdict
        where = phase["source"]
        if verdict == "Time Limit Exceeded":
            res["error"] = {"message": "time limit exceeded", "source": where}
        elif verdict == "Output Limit Exceeded":
            res["error"] = {"message": "output limit exceeded (%d bytes)" % budget.cap, "source": where}
        elif verdict == "Memory Limit Exceeded":
            res["error"] = {"message": "MemoryError", "source": where}
        else:
            res["error"] = _error_info(e, where)
        if where == "tests" and "testIndex" in phase:
            res["error"]["testIndex"] = phase["testIndex"]
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved
        sys.setrecursionlimit(1000)
    return finish(t0)


def _failed_assert_line(e):
    tb = traceback.extract_tb(e.__traceback__)
    for f in reversed(tb):
        if f.filename == "<tests>" and f.line:
            return f.line.strip()
    return ""


async def _judge_io(solution, cases, budget, out, res, results, phase):
    for i, case in enumerate(cases):
        phase["testIndex"] = i
        cap = _Capture(budget, max(_RETURN_STDOUT, budget.cap))
        sys.stdout = cap
        sys.stdin = io.StringIO(case["input"])
        ns = {"__name__": "__main__", "__builtins__": builtins, "__file__": "solution.py"}
        t1 = time.perf_counter()
        failure = None
        try:
            try:
                await _run(solution, ns)
            except SystemExit as e:
                if e.code not in (None, 0):
                    raise
        except BaseException as e:
            _append_case_output(out, cap)
            verdict, fatal = _classify(e)
            if fatal:
                raise
            results.append({"index": i, "name": "case %d" % (i + 1), "verdict": "Runtime Error", "message": _exc_line(e)[:1000],
                            "timeMs": _ms(t1), "stdout": cap.getvalue()[:_CASE_STDOUT]})
            if res["verdict"] == "Accepted":
                res["verdict"] = "Runtime Error"
                res["error"] = dict(_error_info(e, "tests"), testIndex=i)
            continue
        finally:
            sys.stdout = out
        _append_case_output(out, cap)
        got = _normalize_output(cap.getvalue())
        if got == _normalize_output(case["expected"]):
            results.append({"index": i, "name": "case %d" % (i + 1), "verdict": "Accepted", "timeMs": _ms(t1), "stdout": cap.getvalue()[:_CASE_STDOUT]})
        else:
            failure = "expected %s, got %s" % (_short(_normalize_output(case["expected"])), _short(got))
            results.append({"index": i, "name": "case %d" % (i + 1), "verdict": "Wrong Answer", "message": failure[:1000],
                            "timeMs": _ms(t1), "stdout": cap.getvalue()[:_CASE_STDOUT]})
            if res["verdict"] == "Accepted":
                res["verdict"] = "Wrong Answer"


def _append_case_output(out, cap):
    # The submission's whole stdout (all cases) without counting it twice against the budget.
    text = cap.getvalue()
    room = out._keep - out._kept
    if room > 0:
        part = text[:room]
        out._parts.append(part)
        out._kept += len(part)
        if len(part) < len(text):
            out.truncated = True
    elif text:
        out.truncated = True
    if cap.truncated:
        out.truncated = True


sys.setrecursionlimit(1000)
`;
