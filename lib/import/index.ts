import { estimateImport, importCostProblem } from "./cost";
import { formatOf, IMPORT_EXTENSIONS, IMPORT_LIMITS } from "./formats";
import { extractHtml } from "./html";
import { normalizeText } from "./markdown";
import { type ExtractedText, ImportError, type ImportFormat } from "./types";

export { estimateImport, type ImportCost, importCostProblem } from "./cost";
export { formatOf, IMPORT_EXTENSIONS, IMPORT_LIMITS } from "./formats";
export { extractHtml } from "./html";
export { normalizeText } from "./markdown";
export { type ExtractedText, ImportError, type ImportErrorCode, type ImportFormat } from "./types";

function checkSize(content: string): void {
  const bytes = Buffer.byteLength(content, "utf8");
  if (bytes > IMPORT_LIMITS.maxBytes) {
    const mib = IMPORT_LIMITS.maxBytes / 1024 / 1024;
    throw new ImportError("too-large", `The file is ${bytes} bytes; the limit is ${mib} MiB.`);
  }
}

/** Refused before any parser runs: what cannot be read within the compute budget (see cost.ts). */
function checkCost(content: string, format: ImportFormat): void {
  const problem = importCostProblem(estimateImport(content, format), format);
  if (problem) throw new ImportError("too-large", problem);
}

function convert(text: string, format: ImportFormat): ExtractedText {
  if (format === "html") return extractHtml(text);
  return { title: null, byline: null, publishedAt: null, text: normalizeText(text, format) };
}

/** Pasted text, or a page's HTML (only a web page declares a title, byline or date). */
export function importText(text: string, format: ImportFormat): ExtractedText {
  checkSize(text);
  checkCost(text, format);
  try {
    return convert(text, format);
  } catch (error) {
    // Pathological nesting can still exhaust a recursive parser (marked's lexer, for one).
    if (error instanceof RangeError)
      throw new ImportError("unreadable", "This text is nested too deeply to be read.");
    throw error;
  }
}

/** An uploaded file, read according to its extension. */
export function importFile({ name, content }: { name: string; content: string }): ExtractedText {
  const format = formatOf(name);
  if (!format) {
    throw new ImportError(
      "unsupported-type",
      `Cannot import “${name}”: use a ${IMPORT_EXTENSIONS.join(", ")} file.`,
    );
  }
  return importText(content, format);
}
