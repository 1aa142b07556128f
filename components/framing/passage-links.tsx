export interface PassageLinkProps {
  /** "news report ¶4", "comment 7 ¶2": how a passage is named in citations. */
  labelOf: (passageId: string) => string;
  hrefOf: (passageId: string) => string;
  onOpen: (passageId: string) => void;
}

/** The passages an editorial item rests on, as links into the full text. */
export function PassageLinks({
  ids,
  labelOf,
  hrefOf,
  onOpen,
}: PassageLinkProps & { ids: readonly string[] }) {
  return (
    <span className="text-xs">
      {" "}
      (
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ", "}
          <a
            href={hrefOf(id)}
            onClick={(e) => {
              e.preventDefault();
              onOpen(id);
            }}
            className="text-accent underline underline-offset-2"
          >
            {labelOf(id)}
          </a>
        </span>
      ))}
      )
    </span>
  );
}
