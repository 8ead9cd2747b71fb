import { redirect, type RequestHandler } from "@sveltejs/kit";

import { safeRedirectTarget } from "#lib/locale-switch.ts";
import { cookieMaxAge, cookieName, isLocale } from "#lib/paraglide/runtime.js";

/**
 * The language switch: a plain form POST, so it works without JavaScript. Stores the choice
 * in the cookie Paraglide reads on the server and in the browser, then reloads the page.
 */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const locale = form.get("locale");
  if (typeof locale === "string" && isLocale(locale)) {
    cookies.set(cookieName, locale, {
      path: "/",
      maxAge: cookieMaxAge,
      sameSite: "lax",
      // Paraglide's browser runtime reads the cookie to render the same language on hydration.
      httpOnly: false,
      secure: url.protocol === "https:",
    });
  }
  redirect(303, safeRedirectTarget(form.get("redirectTo")));
};
