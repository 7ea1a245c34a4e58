import Link from "next/link";
import { SearchBox } from "./components/search-box";

export const metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="message-page">
      <p className="eyebrow">404</p>
      <h1>We couldn’t find that page</h1>
      <p>The question or list may have been renamed or merged with another one. Try searching for it:</p>
      <SearchBox id="not-found-search" size="large" />
      <p>
        Or go to <Link href="/">the home page</Link> or <Link href="/questions">browse all questions</Link>.
      </p>
    </div>
  );
}
