import type { ClientInit } from "@sveltejs/kit/hooks";

import { noteTypedInput } from "#lib/forms/keep-typed-input.ts";

// Runs once before the app hydrates: note what the person already typed, so the root layout can put it back.
export const init: ClientInit = () => {
  noteTypedInput();
};
