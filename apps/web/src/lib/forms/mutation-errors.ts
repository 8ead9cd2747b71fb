import { graphql } from "../gql.ts";

/**
 * The typed-error part of every mutation's result, selected once: each error's `message`, the
 * per-field `issues` of an InputValidationError, and the wait of a RateLimitedError (read by `minutesToWait`
 * in `./rate-limit.ts`). Spread it inside a mutation's result union
 * (`...MutationErrors`) and list it in the document's fragments (`[MutationErrors]`).
 * `@_unmask`: the error mappers in `./errors.ts` (`errorsFrom`) read the fields
 * straight off the result.
 */
export const MutationErrors = graphql(`
  fragment MutationErrors on Error @_unmask {
    message
    ... on InputValidationError {
      issues {
        path
        message
      }
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
  }
`);
