import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from the schema; the app applies them itself at first use (lib/db/client.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./lib/db/migrations",
});
