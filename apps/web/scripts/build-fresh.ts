// `npm run build:fresh`: builds the app unless build/ is newer than every source, for tests outside this workspace
// that serve the built app (apps/api/test/production/serve-web.test.ts).
import { ensureBuild } from "../e2e/ensure-build.ts";

await ensureBuild();
