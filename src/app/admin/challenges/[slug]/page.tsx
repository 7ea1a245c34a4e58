import Link from "next/link";
import { notFound } from "next/navigation";
import { TOPICS } from "../../../../core/bank/topics";
import { getEditableChallenge } from "../../../../db/editorial/challenges";
import { editorPage } from "../../../lib/admin";
import { getDb } from "../../../lib/db";
import { ChallengeEditor } from "../../_components/challenge-editor";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props) {
  return { title: `Edit challenge ${(await props.params).slug}` };
}

export default async function EditChallenge(props: Props) {
  await editorPage();
  const { slug } = await props.params;
  const c = await getEditableChallenge(await getDb(), slug);
  if (!c) notFound();
  const { slug: _slug, origin, updatedAt, ...draft } = c;
  return (
    <>
      <h1>{c.title}</h1>
      <p>
        <Link href={`/challenges/${c.slug}`}>Live on the site</Link>{" "}
        <span className="admin-muted">
          — origin {origin}, last changed <time dateTime={updatedAt}>{updatedAt.slice(0, 16).replace("T", " ")}</time>. Changes are live once saved.
        </span>
      </p>
      <ChallengeEditor key={updatedAt} slug={c.slug} initial={draft} topics={TOPICS.map((t) => ({ slug: t.slug, name: t.name }))} />
    </>
  );
}
