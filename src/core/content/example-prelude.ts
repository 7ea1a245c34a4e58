/**
 * What the Node content checker (core/judge/pyodide-runner.ts) and the browser's Run button
 * (app/components/browser-python.ts) share, so that an example prints the same in both.
 * No imports: safe in the browser bundle.
 */

/**
 * Python source of `_AsyncioRunToAwait`, an ast.NodeTransformer that rewrites module-level
 * `asyncio.run(coro)` (outside functions and classes) to `await coro`: Pyodide in Node 20 and in
 * the browser has no stack switching, so asyncio.run() cannot block. Needs `import ast` before it.
 * Shared by the example runners below and the judge's harness (core/judge/python-harness.ts).
 */
export const ASYNCIO_RUN_TO_AWAIT_PY = `class _AsyncioRunToAwait(ast.NodeTransformer):
    def visit_FunctionDef(self, node): return node
    def visit_AsyncFunctionDef(self, node): return node
    def visit_Lambda(self, node): return node
    def visit_ClassDef(self, node): return node
    def visit_Call(self, node):
        self.generic_visit(node)
        f = node.func
        if (isinstance(f, ast.Attribute) and f.attr == "run" and isinstance(f.value, ast.Name)
                and f.value.id == "asyncio" and len(node.args) == 1 and not node.keywords):
            return ast.copy_location(ast.Await(node.args[0]), node)
        return node
`;

// Runs each snippet in a fresh namespace as __main__. Pyodide in Node 20 has no WebAssembly stack
// switching, so asyncio.run() cannot block; top-level `asyncio.run(coro)` calls (outside any
// function) are rewritten to `await coro` on Pyodide's event loop, which is what they mean.
export const EXAMPLE_PRELUDE_PY = `
import ast, inspect, random, sys, traceback

${ASYNCIO_RUN_TO_AWAIT_PY}
async def _pyprep_run(src, seed):
    random.seed(seed)
    try:
        tree = ast.parse(src, "<example>")
        tree = ast.fix_missing_locations(_AsyncioRunToAwait().visit(tree))
        code = compile(tree, "<example>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        ns = {"__name__": "__main__", "__builtins__": __builtins__}
        result = eval(code, ns)
        if inspect.iscoroutine(result):
            await result
        return None
    except BaseException as e:
        return "".join(traceback.format_exception(e))
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
`;

/** Output as compared: line endings and trailing spaces ignored, no final newlines. */
export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .replace(/\n+$/, "");
}
