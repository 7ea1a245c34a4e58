/** An error message announced to screen readers as it appears; renders nothing without one. */
export function ErrorNotice({ error, id }: { error: string | null; id?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="notice notice-error" role="alert">
      {error}
    </p>
  );
}
