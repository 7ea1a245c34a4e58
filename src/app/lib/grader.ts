import "server-only";
import { createBankGrader } from "../../db/interview/grader";
import type { Grader } from "../../db/interview/interviews";
import { getDb } from "./db";

const KEY = Symbol.for("pyprep.grader");
type Holder = { [KEY]?: Promise<Grader> };

/** The process's grader, built on first use (a few seconds) and kept. */
export function getGrader(): Promise<Grader> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = getDb()
      .then((db) => createBankGrader(db))
      .catch((e: unknown) => {
        delete holder[KEY];
        throw e;
      });
  }
  return holder[KEY];
}
