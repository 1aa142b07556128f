import type { Claim, TopicCompare } from "@/lib/corpus/framing-schema";
import { PanelDisclosure } from "../reader/islands";
import { type LensLabels, PanelContent, type Summary } from "./compare-content";

interface Props extends LensLabels {
  topicId: string;
  topicLabel: string;
  compare: TopicCompare | undefined;
  claims: Claim[];
  /** The page's first panel: the target of "Skip to the comparison". */
  first?: boolean;
  summaries?: readonly Summary[];
  brief?: boolean;
}

export const FIRST_COMPARISON_ID = "first-comparison";

/** How each side frames a topic, rendered on the server inside a disclosure island, open by default. */
export function ComparePanel({ topicId, topicLabel, first = false, ...content }: Props) {
  return (
    <div
      id={first ? FIRST_COMPARISON_ID : undefined}
      tabIndex={first ? -1 : undefined}
      className="scroll-mt-4"
    >
      <PanelDisclosure
        id={`compare-${topicId}`}
        title={
          // One flex item, so the accessible name reads "How each side frames it: Syria…".
          <span>
            How each side frames it<span className="max-md:sr-only">{`: ${topicLabel}`}</span>
          </span>
        }
      >
        <div className="space-y-5 px-4 pb-4">
          <PanelContent {...content} />
        </div>
      </PanelDisclosure>
    </div>
  );
}
