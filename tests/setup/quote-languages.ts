// Unit tests read quotes in every language, as the CLI does; the content script loads only
// the article's (tests/unit/quote-language-registry.test.ts covers that path).
import '../../lib/quotes/languages';
