import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { editorPage } from "../lib/admin";
import "./admin.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · PyPrep" }, robots: { index: false } };

/** The admin area's frame: its own navigation; editors and admins only (every page checks again). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await editorPage();
  const items = [
    ["/admin", "Dashboard"],
    ["/admin/questions", "Questions"],
    ["/admin/review", "Review queue"],
    ["/admin/sets", "Sets"],
    ["/admin/challenges", "Challenges"],
    ["/admin/import", "Import"],
    ["/admin/export", "Export"],
    ...(actor.role === "admin" ? [["/admin/users", "Users"], ["/admin/audit", "Audit log"]] : []),
  ];
  return (
    <div className="admin">
      <nav className="admin-nav" aria-label="Admin">
        <ul>
          {items.map(([href, label]) => (
            <li key={href}>
              <Link href={href!}>{label}</Link>
            </li>
          ))}
        </ul>
        <p className="admin-muted">
          Signed in as {actor.name} ({actor.role})
        </p>
      </nav>
      <div className="admin-body">{children}</div>
    </div>
  );
}
