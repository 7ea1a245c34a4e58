/** The grading API: offline rubric grader, optional LLM grader, calibration, metrics, evaluation. */
export { createGradingContext, gradeAnswer, MAX_ANSWER_CHARS, type GradingContext, type CreateGradingContextOptions } from "./grade-answer";
export { loadGradingNlp, type GradingNlp } from "./grading-nlp";
export { buildIdf, idfOf, type IdfTable } from "./build-idf";
export { applyCalibration, DEFAULT_CALIBRATION, fitCalibration, type Calibration, type CalibrationPair } from "./calibration";
export { pearson, quadraticWeightedKappa, rmse } from "./metrics";
export { createLlmGrader, parseLlmGraderEnv, LlmGraderEnvSchema, LlmGradeSchema, type LlmGrader, type LlmGraderConfig, type CreateLlmGraderOptions, type GradedExample } from "./create-llm-grader";
export { bankLookup, questionDocument, type BankQuestion } from "./bank-grading";
export { parseScoredAnswers, type ScoredAnswer } from "./parse-scored-answers";
export { evaluateGrader, percentile, type EvaluationReport, type EvaluateGraderOptions } from "./evaluate-grader";
export * from "./types";
