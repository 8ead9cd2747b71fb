import type { IncomingMessage } from "node:http";

import type { PrismaClient } from "@desa-migran/db";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { GraphQLError, type ValidationContext } from "graphql";
import { createYoga, maskError, type Plugin } from "graphql-yoga";

import type { Context } from "./context.ts";
import { readEnv } from "./env.ts";
import { loadApiKey } from "./modules/auth/api-keys.ts";
import { clearSessionCookie, loadSessionUser, readCookie, SESSION_COOKIE } from "./modules/auth/sessions.ts";
import { useSettledRoles } from "./modules/auth/settled-roles.ts";
import { createSignInThrottle, type SignInThrottleOptions } from "./modules/auth/throttle.ts";
import { useOrderProblemPhotos } from "./modules/order-problems/serve-photo.ts";
import { usePaymentProofs } from "./modules/payments/serve-proof.ts";
import { useMedia } from "./modules/photos/serve.ts";
import { schema } from "./schema.ts";
import { DEFAULT_MAX_BODY_BYTES, MAX_UPLOAD_BODY_BYTES, useBodyLimit } from "./serving/body-limit.ts";
import { clientAddress, parseTrustProxy } from "./serving/client-address.ts";
import { corsForOrigins, parseOrigins } from "./serving/cors.ts";
import { useIntrospectionForTrustedCallers } from "./serving/introspection.ts";
import { type Logger, safeError } from "./serving/logger.ts";
import { useProductionHeaders } from "./serving/production-headers.ts";
import { type RateLimitOptions, rateLimitOptionsFromEnv, useRateLimit } from "./serving/rate-limit.ts";
import { useReadReplicaRouting } from "./serving/read-routing.ts";
import { currentRequestContext, useRequestContext } from "./serving/request-context.ts";
import { type PublicCacheOptions, usePublicResponseCache } from "./serving/response-cache.ts";
import { useSchemaFile } from "./serving/schema-file.ts";
import { useWellFormedText } from "./serving/well-formed-text.ts";

export interface ApiOptions {
  prisma: PrismaClient;
  production?: boolean;
  /** Largest accepted request body; GraphQL documents and inputs are small. */
  maxBodyBytes?: number;
  /** Request limits per client address and API key; from the environment by default, `false` turns them off. */
  rateLimit?: RateLimitOptions | false;
  /** Origins whose pages may call the API with credentials (WEB_ORIGIN); every other origin gets no CORS headers. */
  webOrigins?: string[];
  /** Wrong-password throttling (Redis when REDIS_URL is set, memory otherwise). */
  signInThrottle?: SignInThrottleOptions;
  /** Cache of anonymous queries; on in production by default (Redis when REDIS_URL is set), off otherwise. */
  responseCache?: PublicCacheOptions | false;
  /** A client reading from the read replicas (DATABASE_REPLICA_URLS), for anonymous and partner queries. */
  readPrisma?: PrismaClient;
  /** Where unexpected errors (masked for the client) are logged, by type and stack only; none in tests. */
  logger?: Logger;
}

/** The GraphQL API as a fetch handler: `yoga.fetch(request)` in tests, Node's http server in production. */
export function createApi({
  prisma,
  production = process.env.NODE_ENV === "production",
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  rateLimit = rateLimitOptionsFromEnv(readEnv()),
  responseCache = production && readEnv().RESPONSE_CACHE !== "off"
    ? { redis: readEnv().REDIS_URL || undefined }
    : false,
  webOrigins = parseOrigins(readEnv().WEB_ORIGIN),
  signInThrottle: throttleOptions = { redis: readEnv().REDIS_URL || undefined },
  logger,
  readPrisma,
}: ApiOptions) {
  const signInThrottle = createSignInThrottle(throttleOptions);
  const trustProxy = rateLimit ? rateLimit.trustProxy : parseTrustProxy(readEnv().TRUST_PROXY);
  return createYoga<{ request: Request }, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    cors: corsForOrigins(webOrigins),
    graphiql: production ? false : { title: "Desa Migran GraphQL" },
    // Unexpected errors (database, bugs) reach clients as "Unexpected error."; expected ones are typed results.
    maskedErrors: {
      isDev: false,
      maskError(error, message) {
        const masked = maskError(error, message, false);
        // Only what was masked is unexpected; its message may quote user input, so type and stack only.
        if (masked !== error && logger) {
          const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
          logger.error({ requestId: currentRequestContext()?.requestId, err: safeError(original) }, "unexpected error");
        }
        return masked;
      },
    },
    // Cuts off bodies without a Content-Length while they stream in; useBodyLimit answers the declared ones first
    // (by type: a photo upload may be larger than a JSON operation).
    maxRequestBodySize: Math.max(maxBodyBytes, MAX_UPLOAD_BODY_BYTES),
    plugins: [
      useRequestContext(),
      // Photo files, before the rate limit: one product page asks for many, all through the web server's address.
      useMedia(),
      usePaymentProofs(prisma),
      useOrderProblemPhotos(prisma),
      // Cheapest refusals first: nothing below runs for a rate-limited or oversized request.
      ...(rateLimit ? [useRateLimit(rateLimit)] : []),
      useBodyLimit(maxBodyBytes),
      useSchemaFile(),
      useWellFormedText(),
      // A request a cross-site form could send (text/plain, form-urlencoded, multipart) must carry this header;
      // application/json is preflighted by browsers, so it passes. Listing "content-type" here would let every
      // such form through, since they all have one.
      useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf"] }),
      EnvelopArmorPlugin({
        // Report limits as validation errors (HTTP 400, GraphQL over HTTP) instead of throwing mid-validation,
        // which Yoga would answer with 200.
        maxDepth: { n: 10, ...asValidationError },
        maxAliases: { n: 15, ...asValidationError },
        maxTokens: { n: 2000 },
        maxDirectives: { n: 20, ...asValidationError },
        // Cost is the complexity plugin's job: it knows what `first` means on a connection.
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: production },
      }),
      ...(production ? [useIntrospectionForTrustedCallers()] : []),
      useSettledRoles(),
      ...(readPrisma ? [useReadReplicaRouting(readPrisma)] : []),
      ...(responseCache ? [usePublicResponseCache(responseCache)] : []),
      useResponseCookies(),
      // After useResponseCookies: it marks the cookies that plugin added (onResponse runs in plugin order).
      ...(production ? [useProductionHeaders()] : []),
    ],
    context: async ({ request, req }: { request: Request; req?: IncomingMessage }): Promise<Context> => {
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
      return {
        prisma,
        request,
        user,
        apiKey,
        responseCookies,
        clientAddress: clientAddress(req, trustProxy),
        webOrigin: webOrigins[0] ?? "http://localhost:3000",
        signInThrottle,
      };
    },
  });
}

const asValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

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
