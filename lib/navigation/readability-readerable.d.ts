/**
 * Types for Readability's standalone "is this page worth reading?" test. The always-on page
 * watcher imports this file directly so the whole of Readability is not bundled into it;
 * the package declares types only for its main entry.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
