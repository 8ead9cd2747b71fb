// GET /masalah-pesanan/<report id>/foto: the photo sent with a problem report, for the buyer, the seller and the
// cooperative's officers only (the API decides; anyone else gets 404).
import { error } from "@sveltejs/kit";

import { fetchProblemPhoto } from "#lib/order-problem-actions.server.ts";
import { problemUuid } from "#lib/order-problems.ts";

import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async (event) => {
  const uuid = problemUuid(event.params.id);
  if (!uuid) error(404, "Not found");
  return fetchProblemPhoto(event, uuid);
};
