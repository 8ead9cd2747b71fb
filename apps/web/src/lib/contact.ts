// Links that put a buyer, a seller and a cooperative in touch from a phone: WhatsApp with a prefilled message, and a
// plain call. Phones come from the API in E.164 (normalised by apps/api/src/modules/common/phone.ts).

/** https://wa.me/<digits>?text=… — wa.me takes the international number without "+" or any other sign. */
export function whatsAppLink(e164: string, text: string): string {
  return `https://wa.me/${e164.replace(/\D/g, "")}?text=${encodeURIComponent(text)}`;
}

/** A tel: link a phone dials at a tap. */
export const telLink = (e164: string): string => `tel:${e164.replace(/[^\d+]/g, "")}`;
