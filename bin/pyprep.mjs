#!/usr/bin/env node
// The `pyprep` command: runs the TypeScript CLI through tsx (no separate compile step).
import { register } from "tsx/esm/api";

register();
await import("../src/cli/index.ts");
