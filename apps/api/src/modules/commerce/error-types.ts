// Registers the catalogue's and cart's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface } from "../common/error-types.ts";
import {
  CartQuantityLimitError,
  CooperativeNotInVillageError,
  InsufficientStockError,
  ProductNotPublishedError,
  StockOutOfRangeError,
} from "./errors.ts";

builder.objectType(ProductNotPublishedError, {
  name: "ProductNotPublishedError",
  description: "The product is not for sale now (draft, withdrawn, or its business is suspended).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    productId: t.globalID({ description: "The product.", resolve: (e) => ({ type: "Product", id: e.productId }) }),
  }),
});

builder.objectType(InsufficientStockError, {
  name: "InsufficientStockError",
  description: "Fewer units are in stock than were asked for; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    productId: t.globalID({
      description: "The product short of stock.",
      resolve: (e) => ({ type: "Product", id: e.productId }),
    }),
    available: t.exposeInt("available", { description: "Units in stock now." }),
    requested: t.exposeInt("requested", { description: "Units asked for." }),
  }),
});

builder.objectType(CartQuantityLimitError, {
  name: "CartQuantityLimitError",
  description: "A cart line would hold more units than allowed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ maximum: t.exposeInt("maximum", { description: "Most units of one product per cart line." }) }),
});

builder.objectType(StockOutOfRangeError, {
  name: "StockOutOfRangeError",
  description: "The adjustment would take the stock below zero or above the limit; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    productId: t.globalID({ description: "The product.", resolve: (e) => ({ type: "Product", id: e.productId }) }),
    stock: t.exposeInt("stock", { description: "Units in stock now." }),
    delta: t.exposeInt("delta", { description: "The change that was refused." }),
  }),
});

builder.objectType(CooperativeNotInVillageError, {
  name: "CooperativeNotInVillageError",
  description: "A business sells through a cooperative of its own village.",
  interfaces: [ErrorInterface],
});
