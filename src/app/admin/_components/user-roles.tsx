"use client";

import { useId, useState } from "react";
import { adminFetch } from "./admin-fetch";

const ROLES = ["candidate", "editor", "admin"] as const;

export interface Account {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: string;
}

/** Accounts with a role select each; a change is saved at once (the API refuses to remove the last admin). */
export function UserRoles({ accounts, selfId }: { accounts: Account[]; selfId: string }) {
  const id = useId();
  const [list, setList] = useState(accounts);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  async function change(account: Account, role: string) {
    if (account.id === selfId && role !== "admin" && !window.confirm("Remove your own admin role? You will lose access to this page.")) return;
    setBusy(account.id);
    const r = await adminFetch<{ role: string }>(`/api/admin/users/${encodeURIComponent(account.id)}`, { method: "PUT", body: { role } });
    setBusy(null);
    if (!r.ok) return setStatus({ error: true, text: `${account.email}: ${r.error ?? "not changed"}` });
    setList((l) => l.map((a) => (a.id === account.id ? { ...a, role } : a)));
    setStatus({ error: false, text: `${account.email} is now ${role === "admin" ? "an admin" : `a ${role}`}.` });
  }

  return (
    <>
      <table className="admin-table">
        <caption className="visually-hidden">Accounts and roles</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Name</th>
            <th scope="col">Created</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {list.map((a) => (
            <tr key={a.id}>
              <td>
                {a.email} {a.id === selfId ? <em className="admin-muted">(you)</em> : null}
              </td>
              <td>{a.name}</td>
              <td>
                <time dateTime={a.createdAt}>{a.createdAt.slice(0, 10)}</time>
              </td>
              <td>
                <label className="visually-hidden" htmlFor={`${id}-${a.id}`}>
                  Role of {a.email}
                </label>
                <select id={`${id}-${a.id}`} value={a.role} disabled={busy === a.id} onChange={(e) => void change(a, e.target.value)}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {status ? (
        <p role={status.error ? "alert" : "status"} className={`notice notice-${status.error ? "error" : "info"}`}>
          {status.text}
        </p>
      ) : null}
    </>
  );
}
