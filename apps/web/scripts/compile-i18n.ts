// Compiles messages/*.json into src/lib/paraglide without Vite, for `tsc` runs.
// The inlang plugin is loaded from node_modules (settings.json), never downloaded.
import { compile } from "@inlang/paraglide-js";

import { paraglideOptions } from "../paraglide-options.ts";

await compile(paraglideOptions);
