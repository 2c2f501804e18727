// The quote finder's knowledge of one language, injected into a tab with the article script
// only when that tab's article is in it (see lib/quotes/languages/registry.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ar } from '../lib/quotes/languages/ar';
import { registerLanguages } from '../lib/quotes/languages/registry';

export default defineUnlistedScript(() => registerLanguages(ar));
