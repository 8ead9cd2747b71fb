/**
 * Name of the cookie holding the user's API session. apps/api sets it on sign-in; the web
 * server forwards only this cookie to the API (see graphql.ts), never the visitor's others.
 */
export const SESSION_COOKIE = "dm_session";
