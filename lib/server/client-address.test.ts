import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress, CLIENT_ADDRESS_HEADER, stampClientAddresses } from "./client-address";

afterEach(() => vi.unstubAllEnvs());

describe("the client address", () => {
  it("is stamped from the connection, replacing whatever the client claimed", async () => {
    stampClientAddresses();
    const server = createServer((req, res) => res.end(String(req.headers[CLIENT_ADDRESS_HEADER])));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    const seen = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.9" } }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve(body));
      });
      req.on("error", reject);
      req.end();
    });
    await new Promise((r) => server.close(r));
    expect(seen).toBe("127.0.0.1");
  });

  it("takes the last X-Forwarded-For hop only behind a trusted proxy", () => {
    const req = new Request("http://lens.test/", { headers: { [CLIENT_ADDRESS_HEADER]: "10.0.0.1", "x-forwarded-for": "198.51.100.1, 203.0.113.5" } });
    expect(clientAddress(req)).toBe("10.0.0.1");
    vi.stubEnv("LENS_TRUST_PROXY", "true");
    expect(clientAddress(req)).toBe("203.0.113.5");
    vi.stubEnv("LENS_TRUST_PROXY", "0");
    expect(clientAddress(req)).toBe("10.0.0.1");
  });
});
