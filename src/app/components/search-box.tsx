/**
 * A search form: a GET to /questions?q=…, so it works without JavaScript.
 * `id` must be unique on the page (the header has one, some pages a second).
 */
export function SearchBox({
  id,
  defaultValue,
  size = "normal",
  label = "Search questions",
  placeholder = "Search questions, e.g. decorators",
}: {
  id: string;
  defaultValue?: string | undefined;
  size?: "normal" | "large" | "compact";
  label?: string;
  placeholder?: string;
}) {
  return (
    <form className={`search-box search-box-${size}`} role="search" action="/questions" method="get">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} placeholder={placeholder} maxLength={200} autoComplete="off" />
      <button type="submit">
        <svg className="search-box-icon" aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M12.8 12.8 17 17" />
        </svg>
        <span className="search-box-button-text">Search</span>
      </button>
    </form>
  );
}
