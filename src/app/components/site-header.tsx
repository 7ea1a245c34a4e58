import Link from "next/link";
import { AccountLink } from "./account-link";
import { AdminLink } from "./admin-link";
import { MainNav } from "./main-nav";
import { SearchBox } from "./search-box";
import { ThemeToggle } from "./theme-toggle";

/** The banner on every page: wordmark, main navigation, search and the theme switch. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <Link href="/" className="wordmark" aria-label="PyPrep home">
          <span aria-hidden="true" className="wordmark-mark">
            Py
          </span>
          <span aria-hidden="true">Prep</span>
        </Link>
        <MainNav />
        <div className="site-header-tools">
          <SearchBox id="header-search" size="compact" placeholder="Search…" />
          <ThemeToggle />
          <AccountLink />
          <AdminLink />
        </div>
      </div>
    </header>
  );
}
