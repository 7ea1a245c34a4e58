/** Shapes passed from the practice pages (server) to their client components. */
export interface PracticeItemView {
  position: number;
  slug: string;
  title: string;
  level: "Entry" | "Junior" | "Mid" | "Senior" | "Expert";
  topics: string[];
  quickSummary: string;
  /** Our answer, rendered and sanitized. */
  answerHtml: string;
  rubric: { point: string; weight: number }[];
  isNew: boolean;
  /** What each button (1 Again … 4 Easy) would schedule, e.g. "10 min", "4 d". */
  intervals: Record<string, string>;
  /** Rating already given in this session (resume), if any. */
  rated: number | null;
  answer: { text: string; selfScore: number | null; grade: Record<string, unknown> | null } | null;
}

export interface PracticeSessionView {
  id: string;
  mode: "flashcards" | "timed";
  sourceLabel: string;
  startedAt: string;
  finishedAt: string | null;
  deadline: string | null;
  items: PracticeItemView[];
}
