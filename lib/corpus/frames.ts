/**
 * The 15 frame dimensions of the Media Frames Corpus (Card, Boydstun, Gross, Resnik and Smith,
 * "The Media Frames Corpus: Annotations of Frames Across Issues", ACL 2015).
 */
export const FRAMES = [
  ["economic", "Economic"],
  ["capacity-resources", "Capacity and resources"],
  ["morality", "Morality"],
  ["fairness-equality", "Fairness and equality"],
  ["legality", "Legality, constitutionality and jurisprudence"],
  ["policy", "Policy prescription and evaluation"],
  ["crime-punishment", "Crime and punishment"],
  ["security-defense", "Security and defense"],
  ["health-safety", "Health and safety"],
  ["quality-of-life", "Quality of life"],
  ["cultural-identity", "Cultural identity"],
  ["public-opinion", "Public opinion"],
  ["political", "Political"],
  ["external-regulation-reputation", "External regulation and reputation"],
  ["other", "Other"],
] as const;

export type FrameId = (typeof FRAMES)[number][0];
export const FRAME_IDS = FRAMES.map(([id]) => id) as [FrameId, ...FrameId[]];
export const FRAME_LABELS: Record<FrameId, string> = Object.fromEntries(FRAMES) as Record<FrameId, string>;
export const FRAMES_CITATION = "Frame dimensions from the Media Frames Corpus (Card et al., ACL 2015).";
