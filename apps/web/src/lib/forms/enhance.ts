import type { SubmitFunction } from "$app/forms";

/**
 * Callbacks for `use:enhance` shared by the app's forms. SvelteKit resets a form after a
 * successful submit by default; most of our forms keep what was typed instead, because a failed
 * action re-renders with the same values and a reset would flash the inputs empty.
 */

/** Submit, re-run the page's load and keep the form's inputs as typed. */
export const keepTyping: SubmitFunction =
  () =>
  async ({ update }) =>
    update({ reset: false });

/** Like `keepTyping`, but clears the form after a success (create forms start over blank). */
export const clearOnSuccess: SubmitFunction =
  () =>
  async ({ result, update }) =>
    update({ reset: result.type === "success" });

/**
 * Like `keepTyping`, and reports when the submit starts and ends so the page can disable its
 * button meanwhile: `use:enhance={keepTypingWhile((busy) => (submitting = busy))}`.
 */
export function keepTypingWhile(setBusy: (busy: boolean) => void): SubmitFunction {
  return () => {
    setBusy(true);
    return async ({ update }) => {
      await update({ reset: false });
      setBusy(false);
    };
  };
}
