// `npm run --silent secrets > .env`: a fresh value for every secret production needs, as NAME=value lines.
// Run it once per deployment and keep the result with the backups: NIK_PEPPER can never change once people are
// registered, and a restored database is useless without it.
import { randomBytes } from "node:crypto";

import { REQUIRED_SECRETS } from "@desa-migran/api/env";

/** Secrets of the deployment rather than the app: compose.yaml builds DATABASE_URL from it. */
const DEPLOYMENT_SECRETS = [{ name: "POSTGRES_PASSWORD", generate: () => randomBytes(24).toString("base64url") }];

for (const secret of [...REQUIRED_SECRETS, ...DEPLOYMENT_SECRETS]) console.log(`${secret.name}=${secret.generate()}`);
