import { Fragment } from "react";

export interface PassageLinkProps {
  /** "news report ¶4", "comment 7 ¶2": how a passage is named in citations. */
  labelOf: (passageId: string) => string;
}

/** Where a passage reads in context: the full text, opened (and selected) at it. */
export const passageHref = (id: string) => `?view=full#${id}`;

/** The passages an editorial item rests on, as links into the full text. */
export function PassageLinks({ ids, labelOf }: PassageLinkProps & { ids: readonly string[] }) {
  return (
    <span className="text-xs">
      {" "}
      (
      {ids.map((id, i) => (
        // No wrapper element per citation: the overview holds hundreds of them.
        <Fragment key={id}>
          {i > 0 && ", "}
          <a href={passageHref(id)} className="cite">
            {labelOf(id)}
          </a>
        </Fragment>
      ))}
      )
    </span>
  );
}
