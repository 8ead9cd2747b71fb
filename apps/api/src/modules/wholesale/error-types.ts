// Registers wholesale trade's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import {
  InvalidWholesaleTiersError,
  ProductNotWholesaleError,
  SameVillageWholesaleError,
  WholesaleQuantityBelowMinimumError,
} from "./errors.ts";

registerMessageErrors([
  [
    SameVillageWholesaleError,
    "SameVillageWholesaleError",
    "The buying cooperative is in the seller's own village: wholesale prices are for other villages' cooperatives.",
  ],
  [
    ProductNotWholesaleError,
    "ProductNotWholesaleError",
    "The product has no wholesale price tiers, or its business sells through no cooperative.",
  ],
]);

builder.objectType(InvalidWholesaleTiersError, {
  name: "InvalidWholesaleTiersError",
  description:
    "The wholesale price tiers break a rule (at most 5; minimum quantities above 1 and increasing; unit prices " +
    "decreasing and below the retail price); nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    tierIndex: t.exposeInt("tierIndex", {
      nullable: true,
      description: "Position (from 0) of the first tier at fault; null when the list as a whole is at fault.",
    }),
  }),
});

builder.objectType(WholesaleQuantityBelowMinimumError, {
  name: "WholesaleQuantityBelowMinimumError",
  description: "The quantity is below the lowest wholesale tier's minimum; nothing was ordered.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ minimum: t.exposeInt("minimum", { description: "The fewest units a wholesale order takes." }) }),
});
