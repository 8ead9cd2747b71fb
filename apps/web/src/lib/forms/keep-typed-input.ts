// What a person types while a page is still loading survives its scripts taking over. On a slow connection the
// server's HTML is usable seconds before the scripts arrive; hydration then sets every field to the value the
// page's state holds (the server's), wiping what was typed meanwhile. Before hydration we note every field whose
// value differs from the HTML's (hooks.client.ts `init`), and after it we put those values back (root layout),
// announcing them with an `input` event so bound state and live validation see them too.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface Typed {
  field: Field;
  /** Where the field sits, to find it again if hydration replaced the element. */
  form: number;
  name: string;
  nth: number;
  value: string;
  checked: boolean;
}

let typed: Typed[] = [];

const CHOICE = new Set(["checkbox", "radio"]);
const UNTYPED = new Set(["hidden", "submit", "button", "reset", "image", "file"]);

function changedByPerson(field: Field): boolean {
  if (field instanceof HTMLSelectElement) return [...field.options].some((o) => o.selected !== o.defaultSelected);
  if (field instanceof HTMLInputElement && CHOICE.has(field.type)) return field.checked !== field.defaultChecked;
  return field.value !== field.defaultValue;
}

function fieldsOf(form: HTMLFormElement): Field[] {
  return [...form.elements].filter(
    (e): e is Field =>
      (e instanceof HTMLInputElement && !UNTYPED.has(e.type)) ||
      e instanceof HTMLTextAreaElement ||
      e instanceof HTMLSelectElement,
  );
}

/** Notes what was typed into the server's HTML. Call once, before the app hydrates. */
export function noteTypedInput(doc: Document = document): void {
  typed = [];
  [...doc.forms].forEach((form, formIndex) => {
    const seen = new Map<string, number>();
    for (const field of fieldsOf(form)) {
      const nth = seen.get(field.name) ?? 0;
      seen.set(field.name, nth + 1);
      if (!changedByPerson(field)) continue;
      const checked = field instanceof HTMLInputElement ? field.checked : false;
      typed.push({ field, form: formIndex, name: field.name, nth, value: field.value, checked });
    }
  });
}

function find(doc: Document, entry: Typed): Field | undefined {
  if (entry.field.isConnected) return entry.field;
  const form = doc.forms[entry.form];
  return form ? fieldsOf(form).filter((f) => f.name === entry.name)[entry.nth] : undefined;
}

/** Puts back what hydration wiped. Call once, after the app has hydrated; returns how many fields it restored. */
export function restoreTypedInput(doc: Document = document): number {
  let restored = 0;
  for (const entry of typed) {
    const field = find(doc, entry);
    if (!field) continue;
    const isChoice = field instanceof HTMLInputElement && CHOICE.has(field.type);
    if (isChoice ? (field as HTMLInputElement).checked === entry.checked : field.value === entry.value) continue;
    if (isChoice) (field as HTMLInputElement).checked = entry.checked;
    else field.value = entry.value;
    field.dispatchEvent(
      new Event(isChoice || field instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }),
    );
    restored++;
  }
  typed = [];
  return restored;
}
