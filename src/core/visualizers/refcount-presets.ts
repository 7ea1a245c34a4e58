/**
 * Starting snippets for the reference-counting visualizer, in the subset trace-refcounts.ts models.
 * The unit tests check every count against CPython after every line.
 */
export const REFCOUNT_PRESETS: readonly { id: string; title: string; source: string }[] = [
  {
    id: "cycle",
    title: "A cycle survives del",
    source: `import gc

class Node:
    pass

a = Node()
b = Node()
a.partner = b
b.partner = a
del a
del b
gc.collect()
`,
  },
  {
    id: "aliases",
    title: "Names, aliases and containers",
    source: `items = []
alias = items
box = [items, items]
del items
alias = None
box = None
`,
  },
  {
    id: "self-list",
    title: "A list that contains itself",
    source: `import gc

x = []
x.append(x)
registry = {}
registry["x"] = x
del x
registry = None
gc.collect()
`,
  },
];
