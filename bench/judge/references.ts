/**
 * Small reference solutions with MBPP-style assert tests, for the judge benchmark (until the
 * challenge content exists). Each must be Accepted by the judge and pass under native python3.
 */
import type { JudgeRequest } from "../../src/core/judge/types";

/** A named reference submission. */
export interface ReferenceSolution {
  name: string;
  source: string;
  asserts: string[];
}

const lines = (...l: string[]): string => `${l.join("\n")}\n`;

/** Ten small interview-style problems and their reference solutions. */
export const REFERENCE_SOLUTIONS: ReferenceSolution[] = [
  {
    name: "fizzbuzz",
    source: lines(
      "def fizzbuzz(n):",
      "    out = []",
      "    for i in range(1, n + 1):",
      "        s = ('Fizz' if i % 3 == 0 else '') + ('Buzz' if i % 5 == 0 else '')",
      "        out.append(s or str(i))",
      "    return out",
    ),
    asserts: ["assert fizzbuzz(5) == ['1', '2', 'Fizz', '4', 'Buzz']", "assert fizzbuzz(15)[-1] == 'FizzBuzz'", "assert len(fizzbuzz(1000)) == 1000"],
  },
  {
    name: "two-sum",
    source: lines(
      "def two_sum(nums, target):",
      "    seen = {}",
      "    for i, x in enumerate(nums):",
      "        if target - x in seen:",
      "            return [seen[target - x], i]",
      "        seen[x] = i",
      "    return []",
    ),
    asserts: ["assert two_sum([2, 7, 11, 15], 9) == [0, 1]", "assert two_sum([3, 2, 4], 6) == [1, 2]", "assert two_sum(list(range(10000)), 19997) == [9998, 9999]"],
  },
  {
    name: "lru-cache",
    source: lines(
      "from collections import OrderedDict",
      "class LRUCache:",
      "    def __init__(self, capacity):",
      "        self.capacity = capacity",
      "        self.data = OrderedDict()",
      "    def get(self, key):",
      "        if key not in self.data:",
      "            return -1",
      "        self.data.move_to_end(key)",
      "        return self.data[key]",
      "    def put(self, key, value):",
      "        self.data[key] = value",
      "        self.data.move_to_end(key)",
      "        if len(self.data) > self.capacity:",
      "            self.data.popitem(last=False)",
    ),
    asserts: [
      "c = LRUCache(2); c.put(1, 1); c.put(2, 2); assert c.get(1) == 1",
      "c = LRUCache(2); c.put(1, 1); c.put(2, 2); c.get(1); c.put(3, 3); assert c.get(2) == -1",
      "c = LRUCache(100)\nfor i in range(5000): c.put(i, i)\nassert c.get(4999) == 4999 and c.get(0) == -1",
    ],
  },
  {
    name: "merge-intervals",
    source: lines(
      "def merge(intervals):",
      "    out = []",
      "    for start, end in sorted(intervals):",
      "        if out and start <= out[-1][1]:",
      "            out[-1][1] = max(out[-1][1], end)",
      "        else:",
      "            out.append([start, end])",
      "    return out",
    ),
    asserts: ["assert merge([[1, 3], [2, 6], [8, 10], [15, 18]]) == [[1, 6], [8, 10], [15, 18]]", "assert merge([[1, 4], [4, 5]]) == [[1, 5]]", "assert merge([]) == []"],
  },
  {
    name: "trie",
    source: lines(
      "class Trie:",
      "    def __init__(self):",
      "        self.root = {}",
      "    def insert(self, word):",
      "        node = self.root",
      "        for ch in word:",
      "            node = node.setdefault(ch, {})",
      "        node['$'] = True",
      "    def _find(self, prefix):",
      "        node = self.root",
      "        for ch in prefix:",
      "            if ch not in node:",
      "                return None",
      "            node = node[ch]",
      "        return node",
      "    def search(self, word):",
      "        node = self._find(word)",
      "        return bool(node and node.get('$'))",
      "    def starts_with(self, prefix):",
      "        return self._find(prefix) is not None",
    ),
    asserts: [
      "t = Trie(); t.insert('apple'); assert t.search('apple') and not t.search('app')",
      "t = Trie(); t.insert('apple'); assert t.starts_with('app')",
      "t = Trie()\nfor w in ['car', 'card', 'care', 'cat']: t.insert(w)\nassert t.search('card') and not t.search('ca') and t.starts_with('ca')",
    ],
  },
  {
    name: "balanced-brackets",
    source: lines(
      "def is_balanced(s):",
      "    pairs = {')': '(', ']': '[', '}': '{'}",
      "    stack = []",
      "    for ch in s:",
      "        if ch in '([{':",
      "            stack.append(ch)",
      "        elif ch in pairs:",
      "            if not stack or stack.pop() != pairs[ch]:",
      "                return False",
      "    return not stack",
    ),
    asserts: ["assert is_balanced('([]{})')", "assert not is_balanced('(]')", "assert is_balanced('(' * 1000 + ')' * 1000)"],
  },
  {
    name: "top-k-words",
    source: lines(
      "import heapq",
      "from collections import Counter",
      "def top_k(words, k):",
      "    counts = Counter(words)",
      "    return [w for w, _ in heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))]",
    ),
    asserts: ["assert top_k(['a', 'b', 'a', 'c', 'b', 'a'], 2) == ['a', 'b']", "assert top_k(['x', 'y'], 1) == ['x']", "assert top_k(['w%d' % (i % 50) for i in range(5000)], 3) == ['w0', 'w1', 'w10']"],
  },
  {
    name: "binary-search",
    source: lines(
      "def search(nums, target):",
      "    lo, hi = 0, len(nums) - 1",
      "    while lo <= hi:",
      "        mid = (lo + hi) // 2",
      "        if nums[mid] == target:",
      "            return mid",
      "        if nums[mid] < target:",
      "            lo = mid + 1",
      "        else:",
      "            hi = mid - 1",
      "    return -1",
    ),
    asserts: ["assert search([-1, 0, 3, 5, 9, 12], 9) == 4", "assert search([-1, 0, 3, 5, 9, 12], 2) == -1", "assert all(search(list(range(1000)), i) == i for i in range(1000))"],
  },
  {
    name: "flatten-generator",
    source: lines(
      "def flatten(items):",
      "    for x in items:",
      "        if isinstance(x, (list, tuple)):",
      "            yield from flatten(x)",
      "        else:",
      "            yield x",
    ),
    asserts: ["assert list(flatten([1, [2, [3, [4]], 5]])) == [1, 2, 3, 4, 5]", "assert list(flatten([])) == []", "assert sum(flatten([[i, [i]] for i in range(1000)])) == 999000"],
  },
  {
    name: "memo-fibonacci",
    source: lines("from functools import lru_cache", "@lru_cache(maxsize=None)", "def fib(n):", "    return n if n < 2 else fib(n - 1) + fib(n - 2)"),
    asserts: ["assert fib(10) == 55", "assert fib(80) == 23416728348467685", "assert fib(300) % 1000 == 600"],
  },
];

/** The judge request of a reference solution. */
export function referenceRequest(r: ReferenceSolution): JudgeRequest {
  return { source: r.source, tests: { kind: "asserts", asserts: r.asserts } };
}
