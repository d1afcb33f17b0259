// The few DOM types the HTML and Word parsers read, so the Node-side code compiles without the
// browser's DOM library (tsconfig.node.json has no "DOM" lib). They describe linkedom's DOM, the
// one the parsers run on: the check at the end fails to compile if linkedom's elements stop
// providing them. linkedom's own declarations cannot be used directly: most of their members are
// `any`, and they lean on the browser's global types for the rest.
import type { HTMLElement as LinkedomElement } from 'linkedom';

/** A node of a parsed page: an element (`nodeType` 1), text (3) or anything else. */
export interface Node {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  textContent: string | null;
  readonly childNodes: ArrayLike<Node> & Iterable<Node>;
  readonly firstChild: Node | null;
  readonly lastChild: Node | null;
  readonly nextSibling: Node | null;
  readonly previousSibling: Node | null;
  readonly parentNode: Node | null;
  readonly parentElement: Element | null;
}

/** Elements as a parsed page lists them (`children`, `querySelectorAll`). */
export interface ElementList extends Iterable<Element> {
  readonly length: number;
  readonly [index: number]: Element;
}

export interface Element extends Node {
  readonly tagName: string;
  readonly localName: string;
  readonly innerHTML: string;
  readonly outerHTML: string;
  readonly id: string;
  readonly className: string;
  readonly children: ElementList;
  readonly childElementCount: number;
  readonly firstElementChild: Element | null;
  readonly lastElementChild: Element | null;
  readonly nextElementSibling: Element | null;
  readonly previousElementSibling: Element | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  matches(selectors: string): boolean;
  closest(selectors: string): Element | null;
  querySelector(selectors: string): Element | null;
  querySelectorAll(selectors: string): ElementList;
  getElementsByTagName(name: string): ElementList;
  contains(other: Node | null): boolean;
  cloneNode(deep?: boolean): Node;
  remove(): void;
}

/** An HTML page as linkedom parses it (see parsePage). */
export interface Document {
  readonly body: Element | null;
  readonly documentElement: Element;
  /** The root element and whatever a malformed page left beside it (text, further elements). */
  readonly childNodes: ArrayLike<Node> & Iterable<Node>;
  querySelector(selectors: string): Element | null;
  querySelectorAll(selectors: string): ElementList;
  getElementsByTagName(name: string): ElementList;
}

type Holds<T extends true> = T;
/** Compiles only while linkedom's elements provide every member declared above. */
export type LinkedomProvidesElement = Holds<LinkedomElement extends Element ? true : false>;
