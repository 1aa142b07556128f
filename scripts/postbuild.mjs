// Puts the static files where the standalone server serves them from (Next leaves that copy to us):
// `.next/standalone` is then the whole app, as the container image and `npm start` run it.
import { cpSync, existsSync } from "node:fs";

if (existsSync(".next/standalone")) {
  cpSync(".next/static", ".next/standalone/.next/static", { recursive: true });
  if (existsSync("public")) cpSync("public", ".next/standalone/public", { recursive: true });
}
