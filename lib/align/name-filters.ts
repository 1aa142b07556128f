/**
 * Words that never name a discovered topic, shared by its two ways of naming one (phrases.ts, key-phrases.ts).
 */

/** News outlets, by name: they say who reported, not what happened. */
const OUTLET_NAMES =
  "fox|cnn|msnbc|nbc|cbs|abc|bbc|npr|reuters|associated press|new york times|nyt|washington post|huffpost|huffington post|wall street journal|wsj|politico|breitbart|axios|bloomberg|daily mail";

/** An outlet's name anywhere in a phrase as written. */
export const OUTLET_WORDS = new RegExp(`\\b(${OUTLET_NAMES})\\b`, "i");

/**
 * A term or name run that is an outlet as a whole, lower-cased ("fox news", "the times"): the short words
 * outlets go by ("times", "post", "ap") only count alone, never inside a longer phrase.
 */
export const OUTLET_TERM = new RegExp(
  `^(the )?(${OUTLET_NAMES}|fox news|fox business|nbc news|cbs news|abc news|ap|guardian|times|post|news)$`,
);

/** Days, months and other times: when, not what. */
export const CALENDAR =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|day|morning|afternoon|evening|night|minute|hour|week|weekend|month|year|january|february|march|april|may|june|july|august|september|october|november|december|summer|winter|spring|autumn|decade|century)\b/;
