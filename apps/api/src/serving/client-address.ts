import type { IncomingMessage } from "node:http";

import proxyaddr from "proxy-addr";

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY: which peers may tell us the client's address (X-Forwarded-For) and scheme (X-Forwarded-Proto).
 * Empty (the default): none, the socket's peer is the client. A number: that many proxy hops in front of us.
 * Otherwise a comma-separated list of addresses, CIDR ranges or proxy-addr's names (`loopback`, `uniquelocal`).
 * Anyone can write those headers, so trusting a peer that is not our own proxy lets a caller pick its address.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const setting = (value ?? "").trim();
  if (setting === "" || setting === "0") return () => false;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  try {
    return proxyaddr.compile(setting.split(",").map((part) => part.trim()));
  } catch (error) {
    throw new Error(`TRUST_PROXY: ${(error as Error).message} (expected a hop count or addresses/CIDRs)`, {
      cause: error,
    });
  }
}

/** Used when no socket is known (requests made with `yoga.fetch` in tests, or by an embedding server). */
export const UNKNOWN_CLIENT = "unknown-client";

/** The client's address: the socket's peer, or what trusted proxies in front of it say (right to left). */
export function clientAddress(req: IncomingMessage | undefined, trust: TrustProxy): string {
  if (!req?.socket?.remoteAddress) return UNKNOWN_CLIENT;
  return proxyaddr(req, trust);
}
