/**
 * Types for Readability's standalone "is this page worth reading?" test, which the unit tests
 * hold the page watcher's bounded version (readerable-scan.ts) to; the package declares types
 * only for its main entry.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
