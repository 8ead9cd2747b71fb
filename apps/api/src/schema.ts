// Imports every module for its side effects (registering types and fields), then builds the schema.
import { builder } from "./builder.ts";
import "./modules/common/scalars.ts";
import "./modules/common/errors.ts";
import "./modules/geography/types.ts";
import "./modules/geography/queries.ts";
import "./modules/cooperatives/types.ts";
import "./modules/commerce/types.ts";
import "./modules/commerce/queries.ts";
import "./modules/auth/types.ts";
import "./modules/auth/mutations.ts";
import "./modules/aggregates/types.ts";
import "./modules/households/types.ts";
import "./modules/households/mutations.ts";
import "./modules/ledger/types.ts";
import "./modules/savings/mutations.ts";
import "./modules/investments/types.ts";
import "./modules/investments/mutations.ts";
import "./modules/registry/types.ts";
import "./modules/registry/mutations.ts";

export const schema = builder.toSchema({ sortSchema: true });
