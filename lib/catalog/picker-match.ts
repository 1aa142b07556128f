/**
 * Choosing one item out of many (a passage's counterpart, a topic) without rendering them all: the
 * editor's picker shows only the first matches of what was typed.
 */
export interface PickerOption {
  id: string;
  /** What the option shows and is announced as. */
  label: string;
  /** Searched instead of the label when longer (a passage's whole text). */
  text?: string;
  /** A passage's number in its text: typing "12" or "¶12" finds it first. */
  number?: number;
  /** Shown after the label, e.g. the aligner's confidence in a suggestion. */
  detail?: string;
}

/** Lower case, accents and typographic variants folded, so "cafe" finds "Café" and "it's" finds "it’s". */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

const NUMBER = /^¶?\s*(\d{1,5})$/;

/** The options whose text holds every word of the query, in their order (a passage number first), at most `limit`. */
export function matchOptions(
  options: readonly PickerOption[],
  query: string,
  limit: number,
): { shown: PickerOption[]; total: number } {
  const q = query.trim();
  if (!q) return { shown: options.slice(0, limit), total: options.length };
  const number = NUMBER.exec(q)?.[1];
  const words = fold(q).split(/\s+/).filter(Boolean);
  const byNumber = number ? options.filter((o) => o.number === Number(number)) : [];
  const byText = options.filter((o) => {
    if (byNumber.includes(o)) return false;
    const haystack = fold(o.text ?? o.label);
    return words.every((w) => haystack.includes(w));
  });
  const all = [...byNumber, ...byText];
  return { shown: all.slice(0, limit), total: all.length };
}

/** A text's passages as options: "¶3: first words…", searched over the whole passage. */
export function passageOptions(passages: readonly { id: string; text: string }[]): PickerOption[] {
  return passages.map((p, i) => ({
    id: p.id,
    label: `¶${i + 1}: ${excerpt(p.text)}`,
    text: p.text,
    number: i + 1,
  }));
}

export function excerpt(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
