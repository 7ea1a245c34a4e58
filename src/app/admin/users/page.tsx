import { listAccounts } from "../../../db/editorial/audit";
import { editorPage } from "../../lib/admin";
import { getDb } from "../../lib/db";
import { UserRoles } from "../_components/user-roles";

export const dynamic = "force-dynamic";
export const metadata = { title: "Users" };

export default async function AdminUsers() {
  const actor = await editorPage("admin");
  const accounts = await listAccounts(await getDb());
  return (
    <>
      <h1>Users</h1>
      <p className="admin-muted">Editors write and review questions, sets and challenges; admins also commit imports, read the audit log and manage roles. There is always at least one admin.</p>
      <UserRoles accounts={accounts} selfId={actor.id} />
    </>
  );
}
