/**
 * The NLP the offline grader runs on: wink-nlp with its English "lite" model, which ships inside
 * the npm package (no download, ever). Loading takes ~45–150 ms, so it happens once per process.
 * @see https://winkjs.org/wink-nlp/
 */
import winkNLP, { type ItsHelpers, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A loaded wink-nlp instance and its `its` helpers. */
export interface GradingNlp {
  nlp: WinkMethods;
  its: ItsHelpers;
  /** How long loading took, ms (0 when it came from the cache). */
  loadMs: number;
}

let cached: GradingNlp | undefined;

/**
 * Loads wink-nlp with the sentence, negation and part-of-speech pipes (lemmas need POS).
 * Side effect: caches the instance for the process; later calls return it with `loadMs: 0`.
 */
export function loadGradingNlp(): GradingNlp {
  if (cached) return { ...cached, loadMs: 0 };
  const start = performance.now();
  const nlp = winkNLP(model, ["sbd", "negation", "pos"]);
  cached = { nlp, its: nlp.its, loadMs: performance.now() - start };
  return cached;
}
