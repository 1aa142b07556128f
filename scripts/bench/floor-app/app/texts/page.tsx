import { getComparison, SEED_SLUG, sidesOf } from "@/lib/corpus";

/**
 * The seed's texts laid out as the reader's topic view lays them out (every topic, each side's
 * passages on it), rendered on the server only: the reading page's text, the framework's scripts, and
 * no client code of ours.
 */
export default function TextsOnly() {
  const comparison = getComparison(SEED_SLUG);
  if (!comparison) throw new Error(`no seed comparison "${SEED_SLUG}"`);
  const sides = sidesOf(comparison);
  return (
    <>
      <h1>{comparison.title}</h1>
      <p>{comparison.description}</p>
      {comparison.topics.map((topic) => (
        <section key={topic.id} className="row" aria-labelledby={`t-${topic.id}`}>
          <h2 id={`t-${topic.id}`}>{topic.label}</h2>
          <p>{topic.description}</p>
          <div className="sides">
            {sides.map((side) => (
              <div key={side.id} className="side">
                <h3>{side.main.outlet}</h3>
                {[side.main, ...side.replies].flatMap((doc) =>
                  doc.passages
                    .filter((passage) => passage.topics.includes(topic.id))
                    .map((passage) => <p key={passage.id}>{passage.text}</p>),
                )}
              </div>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
