/** A challenge's difficulty as a coloured badge: Easy green, Medium amber, Hard red. */
export function DifficultyBadge({ difficulty }: { difficulty: "Easy" | "Medium" | "Hard" | string }) {
  return (
    <span className={`badge difficulty-badge difficulty-${difficulty.toLowerCase()}`}>
      <span className="visually-hidden">Difficulty: </span>
      {difficulty}
    </span>
  );
}

/** "✓ Solved" for a challenge this browser has an Accepted submission for. */
export function SolvedMark({ solved }: { solved: boolean }) {
  if (!solved) return null;
  return (
    <span className="solved-mark" title="Solved">
      <span aria-hidden="true">✓</span> Solved
    </span>
  );
}
