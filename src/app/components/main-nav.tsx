"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/questions", label: "Questions" },
  { href: "/practice", label: "Practice" },
  { href: "/interview", label: "Interview" },
  { href: "/challenges", label: "Challenges" },
  { href: "/levels", label: "Levels" },
  { href: "/topics", label: "Topics" },
  { href: "/companies", label: "Companies" },
  { href: "/sets", label: "Sets" },
  { href: "/visualizers", label: "Visualizers" },
] as const;

/** The site's main navigation; marks the section of the current page with aria-current. */
export function MainNav() {
  const pathname = usePathname() ?? "";
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {ITEMS.map((item) => {
          const exact = pathname === item.href;
          const within = pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={exact ? "page" : within ? "true" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
