import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import type { PrismaClient } from "@desa-migran/db";
import { GraphQLError } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import type { Context } from "./context.ts";
import { loadApiKey } from "./modules/auth/api-keys.ts";
import { clearSessionCookie, loadSessionUser, readCookie, SESSION_COOKIE } from "./modules/auth/sessions.ts";
import { schema } from "./schema.ts";

export interface ApiOptions {
  prisma: PrismaClient;
  production?: boolean;
  /** Largest accepted request body; GraphQL documents and inputs are small. */
  maxBodyBytes?: number;
}

/** The GraphQL API as a fetch handler: `yoga.fetch(request)` in tests, Node's http server in production. */
export function createApi({ prisma, production = process.env.NODE_ENV === "production", maxBodyBytes = 256 * 1024 }: ApiOptions) {
  return createYoga<{ request: Request }, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: production ? false : { title: "Desa Migran GraphQL" },
    // Unexpected errors (database, bugs) reach clients as "Unexpected error."; expected ones are typed results.
    maskedErrors: { isDev: false },
    plugins: [
      useBodyLimit(maxBodyBytes),
      useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf", "content-type"] }),
      EnvelopArmorPlugin({
        maxDepth: { n: 10 },
        maxAliases: { n: 15 },
        maxTokens: { n: 2000 },
        maxDirectives: { n: 20 },
        // Cost is the complexity plugin's job: it knows what `first` means on a connection.
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: production },
      }),
      useResponseCookies(),
    ],
    context: async ({ request }): Promise<Context> => {
      const responseCookies: string[] = [];
      const secure = new URL(request.url).protocol === "https:";
      let user = null;
      const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
      if (token) {
        user = await loadSessionUser(prisma, token);
        if (!user) responseCookies.push(clearSessionCookie(secure));
      }
      let apiKey = null;
      const authorization = request.headers.get("authorization");
      if (authorization) {
        const match = /^Bearer\s+(\S+)$/i.exec(authorization);
        apiKey = match ? await loadApiKey(prisma, match[1]!) : null;
        if (!apiKey) {
          throw new GraphQLError("Kunci API tidak valid atau sudah dicabut. / The API key is invalid or revoked.", {
            extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
          });
        }
      }
      return { prisma, request, user, apiKey, responseCookies };
    },
  });
}

/** Refuses bodies over the limit before parsing them (Content-Length, then the actual bytes read). */
function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > maxBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: `Permintaan terlalu besar (maks. ${maxBytes} byte).` }] }),
            { status: 413, headers: { "content-type": "application/json" } },
          ),
        );
      }
    },
  };
}

function useResponseCookies(): Plugin<Context> {
  const cookies = new WeakMap<Request, string[]>();
  return {
    onContextBuilding({ context }) {
      return ({ context: built }) => {
        cookies.set(context.request, (built as unknown as Context).responseCookies);
      };
    },
    onResponse({ request, response }) {
      for (const cookie of cookies.get(request) ?? []) response.headers.append("set-cookie", cookie);
    },
  };
}
