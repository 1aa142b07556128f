import { getComparison } from "@/lib/catalog/seeds";
import { SEED_SLUG, sidesOf } from "@/lib/corpus";

/**
 * The seed's texts laid out as the reader's topic view lays them out (every topic, each side's
 * passages on it), rendered on the server only: the reading page's text, the framework's scripts, and
 * no client code of ours. The topic filter is CSS alone (`:has()`), so a click costs only the browser's
 * style, layout and paint: the floor for the reader's filter, measured with the same harness.
 */
export default function TextsOnly() {
  const comparison = getComparison(SEED_SLUG);
  if (!comparison) throw new Error(`no seed comparison "${SEED_SLUG}"`);
  const sides = sidesOf(comparison);
  const filterCss = [
    "body:has(.filter input:checked) [data-row] { display: none; }",
    ...comparison.topics.map(
      (t) => `body:has(#filter-${t.id}:checked) [data-row="${t.id}"] { display: block; }`,
    ),
  ].join("\n");
  return (
    <div data-ready="">
      <style>{filterCss}</style>
      <h1>{comparison.title}</h1>
      <p>{comparison.description}</p>
      <fieldset className="filter">
        <legend>Topics</legend>
        {comparison.topics.map((t) => (
          <label key={t.id}>
            <input type="checkbox" id={`filter-${t.id}`} /> {t.label}{" "}
          </label>
        ))}
      </fieldset>
      {comparison.topics.map((topic) => (
        <section key={topic.id} data-row={topic.id} className="row" aria-labelledby={`t-${topic.id}`}>
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
    </div>
  );
}
