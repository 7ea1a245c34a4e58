import Link from "next/link";
import { notFound } from "next/navigation";
import { getAdminSet } from "../../../../db/editorial/sets";
import { editorPage } from "../../../lib/admin";
import { getDb } from "../../../lib/db";
import { SetEditor } from "../../_components/set-editor";

export const dynamic = "force-dynamic";
export const metadata = { title: "Edit set" };

export default async function EditSet(props: { params: Promise<{ slug: string }> }) {
  await editorPage();
  const set = await getAdminSet(await getDb(), (await props.params).slug);
  if (!set) notFound();
  return (
    <>
      <p>
        <Link href="/admin/sets">← All sets</Link> · <Link href={`/sets/${set.slug}`}>Public page</Link>
      </p>
      <h1>{set.title}</h1>
      <SetEditor key={JSON.stringify(set)} slug={set.slug} title={set.title} description={set.description} featured={set.featured} items={set.items} />
    </>
  );
}
