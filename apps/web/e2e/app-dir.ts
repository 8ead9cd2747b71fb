import { fileURLToPath } from "node:url";

/** apps/web, whatever directory the tests were started from. */
export const appDir = fileURLToPath(new URL("..", import.meta.url));
