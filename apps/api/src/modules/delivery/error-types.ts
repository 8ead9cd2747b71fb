// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import {
  DeliveryMethodUnavailableError,
  DeliverySettingsIncompleteError,
  NoDeliveryMethodError,
  RegencyNotServedError,
  TrackingNumberRequiredError,
} from "./errors.ts";

registerMessageErrors([
  [NoDeliveryMethodError, "NoDeliveryMethodError", "A business keeps at least one delivery method on."],
  [
    TrackingNumberRequiredError,
    "TrackingNumberRequiredError",
    "A courier shipment needs the courier's name and its tracking number.",
  ],
]);

builder.objectType(DeliverySettingsIncompleteError, {
  name: "DeliverySettingsIncompleteError",
  description: "A delivery method that is on lacks its details (pickup address, a regency, a courier's name).",
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString("field", { description: "The input field to fix." }) }),
});

builder.objectType(DeliveryMethodUnavailableError, {
  name: "DeliveryMethodUnavailableError",
  description: "The business does not offer the chosen delivery method (or none was chosen where one is needed).",
  interfaces: [ErrorInterface],
  fields: (t) => ({ businessName: t.exposeString("businessName", { description: "The business concerned." }) }),
});

builder.objectType(RegencyNotServedError, {
  name: "RegencyNotServedError",
  description: "Own delivery was chosen to a regency the business does not serve, or without a regency.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ businessName: t.exposeString("businessName", { description: "The business concerned." }) }),
});
