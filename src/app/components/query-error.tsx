import Link from "next/link";

/** Inline message for bad URL parameters (the page still renders, with a way back). */
export function QueryError({ message, parameter, resetHref }: { message: string; parameter?: string | undefined; resetHref: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <h2 className="notice-title">{parameter ? <>The “{parameter}” filter in the address is not valid</> : <>These filters are not valid</>}</h2>
      <p>{message}</p>
      <p>
        <Link href={resetHref}>Reset the filters</Link>
      </p>
    </div>
  );
}
