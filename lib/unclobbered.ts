/**
 * DOM reads a page cannot redirect. A form control named like a DOM property shadows that
 * property on its form (`<form><input name="parentNode"></form>` makes `form.parentNode` the
 * input), and an image, form, embed, iframe or object named like one shadows it on the
 * document (`<img name="body">` makes `document.body` the image). Both are the platform's
 * named properties, which win over the prototype's; Lede's own reads of page nodes go through
 * the prototype's getters and methods instead, found on the object's own prototype chain (the
 * page cannot reach those from its world). A document made by cloning has no named
 * properties; forms in it still do, until `neutraliseClobbering` removes the names.
 */

type Getter = (this: object) => unknown;

const getters = new WeakMap<object, Map<string, Getter | null>>();

/** The prototype's own getter or method for `key`, as the interface defines it. */
function fromPrototype(obj: object, key: string): Getter | null {
  const proto = Object.getPrototypeOf(obj) as object | null;
  if (!proto) return null;
  let known = getters.get(proto);
  if (!known) getters.set(proto, (known = new Map()));
  let found = known.get(key);
  if (found === undefined) {
    found = null;
    for (let p: object | null = proto; p && !found; p = Object.getPrototypeOf(p) as object | null) {
      const descriptor = Object.getOwnPropertyDescriptor(p, key);
      if (descriptor) found = descriptor.get ?? (typeof descriptor.value === 'function' ? (descriptor.value as Getter) : null);
    }
    known.set(key, found);
  }
  return found;
}

function read<T>(obj: object, key: string): T {
  const getter = fromPrototype(obj, key);
  if (!getter) throw new TypeError(`no ${key} on ${Object.prototype.toString.call(obj)}`);
  return getter.call(obj) as T;
}

function call<T>(obj: object, key: string, ...args: unknown[]): T {
  const method = fromPrototype(obj, key) as ((...a: unknown[]) => unknown) | null;
  if (!method) throw new TypeError(`no ${key}() on ${Object.prototype.toString.call(obj)}`);
  return method.apply(obj, args) as T;
}

export const parentElementOf = (node: Node): Element | null => read(node, 'parentElement');
export const parentNodeOf = (node: Node): Node | null => read(node, 'parentNode');
/** `obj[key](...args)` with the interface's own method. */
export const invoke = <T>(obj: object, key: string, ...args: unknown[]): T => call<T>(obj, key, ...args);
export const propertyOf = <T>(obj: object, key: string): T => read<T>(obj, key);
export const bodyOf = (doc: Document): HTMLElement | null => read(doc, 'body');
export const documentElementOf = (doc: Document): Element | null => read(doc, 'documentElement');
export const attributeOf = (el: Element, name: string): string | null => call(el, 'getAttribute', name);
export const selectAll = (root: Document | Element, selector: string): NodeListOf<Element> => call(root, 'querySelectorAll', selector);
export function createElementIn<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K): HTMLElementTagNameMap[K];
export function createElementIn(doc: Document, tag: string): HTMLElement;
export function createElementIn(doc: Document, tag: string): HTMLElement {
  return call(doc, 'createElement', tag);
}
export const containsNode = (root: Node, node: Node | null): boolean => call(root, 'contains', node);

/**
 * Elements whose `name` or `id` can become a named property of a form (listed form controls
 * and images in or owned by one) or of the document (images, forms, embeds, frames, objects).
 */
const NAMING =
  'form :is(button, fieldset, input, object, output, select, textarea, img):is([name], [id]),' +
  ' :is(button, fieldset, input, object, output, select, textarea)[form]:is([name], [id]),' +
  ' :is(embed, form, iframe, img, object)[name], object[id]';

/**
 * Properties Readability adds to the elements it scores; a form control named like one would
 * stand in for it on its form.
 */
const EXPANDOS = ['readability', '_readabilityDataTable'];

const namesOf = new WeakMap<object, string[]>();

/** Every property name on a prototype chain (Lede's own expando names included). */
function propertyNames(proto: object): string[] {
  let names = namesOf.get(proto);
  if (!names) {
    const all = new Set(EXPANDOS);
    for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
      for (const name of Object.getOwnPropertyNames(p)) all.add(name);
    }
    namesOf.set(proto, (names = [...all]));
  }
  return names;
}

/**
 * Whether a page has shadowed a DOM property of its document, or one of its forms' properties
 * as an element (Node, Element, HTMLElement and up). Exact: a named property is an own property
 * of the object, where the interface's are on the prototype (and a form keeps a control's old
 * name as one after the control is renamed). A form's own properties (`action`, `submit`,
 * `method`, `name`…, the names a sixth of news pages give their controls) are left out: no
 * walk over the page, Lede's or Readability's, reads them.
 */
export function isClobbered(doc: Document): boolean {
  const docProto = Object.getPrototypeOf(doc) as object;
  for (const name of Object.getOwnPropertyNames(doc)) if (name in docProto) return true;
  const forms = selectAll(doc, 'form');
  if (!forms.length) return false;
  const names = propertyNames(Object.getPrototypeOf(Object.getPrototypeOf(forms[0]!) as object) as object);
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    for (const name of names) if (Object.hasOwn(form, name)) return true;
  }
  return false;
}

/**
 * Removes every `name` and `id` in a cloned document that would shadow a DOM property. A
 * clone has no document named properties, and none of its forms has a past name: a form's
 * named properties go with its controls' names.
 */
export function neutraliseClobbering(clone: Document): void {
  const form = call<object>(clone, 'createElement', 'form');
  const names = new Set(propertyNames(Object.getPrototypeOf(form) as object));
  for (const name of propertyNames(Object.getPrototypeOf(clone) as object)) names.add(name);
  const named = selectAll(clone, NAMING);
  for (let i = 0; i < named.length; i++) {
    const el = named[i]!;
    for (const attr of ['name', 'id']) if (names.has(attributeOf(el, attr) ?? '\0')) call(el, 'removeAttribute', attr);
  }
}

/** A deep copy of the page that no name in it can clobber, and its elements in the same order as the page's. */
export function unclobberedCopy(doc: Document): Document {
  const copy = call<Document>(doc, 'cloneNode', true);
  neutraliseClobbering(copy);
  return copy;
}
