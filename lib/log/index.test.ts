import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { log, securityEvent } from "./index";

describe("securityEvent", () => {
  it("writes one JSON line with the event, its kind and the given fields", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const child = pino({ level: "info" }, sink);
    const original = log.warn.bind(log);
    log.warn = child.warn.bind(child) as typeof log.warn;
    try {
      securityEvent("join.code-refused", { address: "192.0.2.1", attempts: 3 });
    } finally {
      log.warn = original;
    }
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      level: 40,
      kind: "security",
      event: "join.code-refused",
      address: "192.0.2.1",
      attempts: 3,
    });
  });
});
