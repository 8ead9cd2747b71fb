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
  { href: "/program", label: m.nav_programs },
  { href: "/cerita", label: m.nav_stories },
];

export const signInHref = "/masuk";

/** Whether `pathname` is inside the section at `href` (the home link matches only "/"). */
export function isCurrentSection(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The signed-in user's workspaces, as in HeaderViewer (kept structural so this file stays free of API code). */
export interface NavRoles {
  household: boolean;
  business: boolean;
  cooperative: boolean;
  villageOfficer: boolean;
  partner: boolean;
  /** A platform admin: keeps the licensed placement agencies. */
  admin: boolean;
}

/**
 * The signed-in user's own links, in display order: every buyer has a cart and orders; the
 * workspaces appear only for the roles the user holds, so nobody is sent to a page that refuses them.
 */
export function accountNav(roles: NavRoles): NavItem[] {
  return [
    { href: "/pesanan", label: m.nav_orders },
    ...(roles.household ? [{ href: "/keluarga", label: m.nav_household }] : []),
    ...(roles.business ? [{ href: "/usahaku", label: m.nav_business }] : []),
    ...(roles.cooperative ? [{ href: "/koperasi", label: m.nav_cooperative }] : []),
    ...(roles.villageOfficer ? [{ href: "/kantor-desa", label: m.nav_village_office }] : []),
    ...(roles.partner ? [{ href: "/mitra", label: m.nav_partner }] : []),
    ...(roles.admin ? [{ href: "/admin/agen-penempatan", label: m.nav_admin_agencies }] : []),
  ];
}

export const cartHref = "/keranjang";
