import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressKey, clientAddress, normalizeAddress, parseProxyTrust } from "./client-address";

const NONE = parseProxyTrust(undefined);

describe("clientAddress", () => {
  it("without a setting, takes the socket's address and ignores any X-Forwarded-For", () => {
    expect(NONE).toEqual({ kind: "none" });
    expect(clientAddress("203.0.113.9", "192.0.2.10, 198.51.100.99", NONE)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", "192.0.2.10", NONE)).toBe("203.0.113.9");
    expect(clientAddress("2001:db8::7", null, NONE)).toBe("2001:db8::7");
    expect(clientAddress(null, "192.0.2.10", NONE)).toBe("unknown");
    expect(clientAddress("", "192.0.2.10", parseProxyTrust("1"))).toBe("unknown");
  });

  it("with a hop count, believes the entry each trusted proxy appended, counted from the right", () => {
    const one = parseProxyTrust("1");
    // nginx's $proxy_add_x_forwarded_for: the client's own claims, then the address nginx saw.
    expect(clientAddress("10.0.0.2", "192.0.2.10, 198.51.100.99", one)).toBe("198.51.100.99");
    expect(clientAddress("10.0.0.2", "198.51.100.99", one)).toBe("198.51.100.99");
    const two = parseProxyTrust("2");
    expect(clientAddress("10.0.0.2", "192.0.2.10, 198.51.100.99, 10.0.0.1", two)).toBe("198.51.100.99");
    // A request that reached us without the proxies: the best we have, never further left.
    expect(clientAddress("10.0.0.2", "198.51.100.99", two)).toBe("198.51.100.99");
    expect(clientAddress("203.0.113.9", null, one)).toBe("203.0.113.9");
  });

  it("with a list, walks from the right past trusted proxies only", () => {
    const list = parseProxyTrust("10.0.0.0/8, 2001:db8:ffff::/48, 192.0.2.1");
    expect(list.kind).toBe("list");
    expect(clientAddress("10.0.0.2", "192.0.2.10, 198.51.100.99, 10.1.2.3", list)).toBe("198.51.100.99");
    expect(clientAddress("192.0.2.1", "2001:db8::5", list)).toBe("2001:db8::5");
    expect(clientAddress("2001:db8:ffff::1", "[2001:db8:1::9]:443", list)).toBe("2001:db8:1::9");
    // Not from a trusted proxy: its XFF is the client's own words.
    expect(clientAddress("198.51.100.7", "192.0.2.10", list)).toBe("198.51.100.7");
    // All trusted: the left-most entry.
    expect(clientAddress("10.0.0.2", "10.0.0.3, 10.0.0.4", list)).toBe("10.0.0.3");
  });

  it("stops at garbage: nothing left of it is believed", () => {
    const two = parseProxyTrust("2");
    expect(clientAddress("10.0.0.2", "192.0.2.10, not-an-ip", two)).toBe("10.0.0.2");
    const list = parseProxyTrust("10.0.0.0/8");
    expect(clientAddress("10.0.0.2", "192.0.2.10, <script>, 10.0.0.5", list)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.2", "198.51.100.4:5678", parseProxyTrust("1"))).toBe("198.51.100.4");
  });

  it("never throws, whatever the headers hold", () => {
    for (const trust of [NONE, parseProxyTrust("3"), parseProxyTrust("10.0.0.0/8,::1")]) {
      fc.assert(
        fc.property(fc.option(fc.string()), fc.option(fc.string({ maxLength: 500 })), (peer, xff) => {
          expect(typeof clientAddress(peer, xff, trust)).toBe("string");
        }),
      );
    }
  });
});

describe("parseProxyTrust", () => {
  it("reads hop counts and lists, and treats empty or 0 as no proxy", () => {
    expect(parseProxyTrust("")).toEqual({ kind: "none" });
    expect(parseProxyTrust(" 0 ")).toEqual({ kind: "none" });
    expect(parseProxyTrust("2")).toEqual({ kind: "hops", hops: 2 });
  });

  it.each([
    "11",
    "1.5",
    "10.0.0.0/33",
    "fd00::/129",
    "10.0.0.1/8/2",
    "proxy.example",
    "10.0.0.0/",
    ",",
    "-1",
  ])("refuses %j", (value) => expect(() => parseProxyTrust(value)).toThrow(/PARALLAX_TRUSTED_PROXIES/));
});

describe("normalizeAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 203.0.113.7:8080 ", "203.0.113.7"],
    ["::FFFF:203.0.113.7", "203.0.113.7"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["unknown", null],
    ["999.1.1.1", null],
    ["", null],
  ])("%j → %j", (raw, address) => expect(normalizeAddress(raw)).toBe(address));
});

describe("addressKey", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:db8:85a3:12:1:2:3:4", "2001:db8:85a3:0::/56"],
    ["2001:DB8:85a3:ff34::9", "2001:db8:85a3:ff00::/56"],
    ["[2001:db8::1]", "2001:db8:0:0::/56"],
    ["::1", "0:0:0:0::/56"],
    ["::", "0:0:0:0::/56"],
  ])("%s → %s", (ip, key) => expect(addressKey(ip)).toBe(key));

  it("gives one key to a subscriber's /56 and different keys to neighbouring /56s", () => {
    expect(addressKey("2001:db8:1:2a::1")).toBe(addressKey("2001:db8:1:ff:bbbb:cccc:dddd:eeee"));
    expect(addressKey("2001:db8:1:100::1")).not.toBe(addressKey("2001:db8:1:ff::1"));
  });

  it("never throws and stays short, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(addressKey(s).length).toBeLessThanOrEqual(64);
      }),
    );
  });
});
