/** `npm run validate:data`: ingests and validates every comparison in data/ (also run before each build). */
import { buildComparison } from "../lib/catalog/seeds";
import { listSeedSlugs } from "../lib/corpus";
import { DEFAULT_DATA_DIR } from "../lib/corpus/load";

let failed = false;
for (const slug of listSeedSlugs(DEFAULT_DATA_DIR)) {
  try {
    const c = buildComparison(DEFAULT_DATA_DIR, slug);
    const passages = c.documents.reduce((n, d) => n + d.passages.length, 0);
    console.log(
      `ok  ${slug}: ${c.documents.length} documents, ${passages} passages, ${c.topics.length} topics`,
    );
  } catch (error) {
    failed = true;
    console.error(`ERR ${slug}\n${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
