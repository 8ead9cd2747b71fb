import { m } from "./paraglide/messages.js";

export interface NavItem {
  href: string;
  label: () => string;
}

/** The header's main sections, in display order. Labels are functions so they follow the locale. */
export const mainNav: readonly NavItem[] = [
  { href: "/", label: m.nav_home },
  { href: "/katalog", label: m.nav_catalog },
  { href: "/desa", label: m.nav_villages },
  { href: "/pendanaan", label: m.nav_funding },
  { href: "/cerita", label: m.nav_stories },
];

export const signInHref = "/masuk";

/** Whether `pathname` is inside the section at `href` (the home link matches only "/"). */
export function isCurrentSection(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
