import { topicIdFor } from "./correction";

export interface TopicHint {
  id: string;
  label: string;
  keywords?: string[];
}

/**
 * The teacher's topics, one per line: "UN votes: veto, Security Council, resolution". The keywords
 * after the colon are optional; blank lines are skipped; ids come from the labels.
 */
export function parseTopicHints(text: string): TopicHint[] {
  const hints: TopicHint[] = [];
  for (const line of text.split("\n")) {
    const [rawLabel = "", ...rest] = line.split(":");
    const label = rawLabel.trim().replace(/\s+/g, " ");
    if (!label) continue;
    const keywords = rest
      .join(":")
      .split(/[,;]/)
      .map((k) => k.trim())
      .filter(Boolean);
    const id = topicIdFor(
      label,
      hints.map((h) => h.id),
    );
    hints.push(keywords.length > 0 ? { id, label, keywords } : { id, label });
  }
  return hints;
}
