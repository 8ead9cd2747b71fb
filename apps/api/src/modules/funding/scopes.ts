// Scope answers for mutations on one round, read from the round itself. An unknown round answers "signed in", so a
// signed-in caller gets NotFound from the service and an anonymous one the authorization error, as elsewhere.
import type { Context } from "../../context.ts";

const roundParties = (ctx: Context, roundId: string) =>
  ctx.prisma.fundingRound.findUnique({ where: { id: roundId }, select: { businessId: true, cooperativeId: true } });

/** The owner of the round's business. */
export async function roundOwner(ctx: Context, roundId: string) {
  const round = await roundParties(ctx, roundId);
  return round ? { businessOwner: round.businessId } : { loggedIn: true };
}

/** The officers of the cooperative administering the round. */
export async function roundOfficer(ctx: Context, roundId: string) {
  const round = await roundParties(ctx, roundId);
  return round ? { cooperativeOfficer: round.cooperativeId } : { loggedIn: true };
}
