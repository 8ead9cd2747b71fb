import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in GraphQL endpoint that answers every operation with a fixed body. It lets the
 * web app's own behaviour (rendering, empty states, API outages, cookie forwarding) be
 * tested without the API and database; flows through the real API use apps/api instead.
 */
export interface StubApi {
  url: string;
  /** The body returned to the next requests (a GraphQL response: `{ data }` or `{ errors }`). */
  respondWith(body: unknown): void;
  /** Headers of the requests received so far, oldest first. */
  requests: { headers: IncomingHttpHeaders; body: unknown }[];
  stop(): Promise<void>;
}

export async function startStubApi(initialBody: unknown): Promise<StubApi> {
  let body = initialBody;
  const requests: StubApi["requests"] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const text = Buffer.concat(chunks).toString();
      requests.push({ headers: request.headers, body: text ? JSON.parse(text) : null });
      response.writeHead(200, { "content-type": "application/graphql-response+json" });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    respondWith(next) {
      body = next;
    },
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
