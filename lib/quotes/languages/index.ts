/**
 * Every language Lede reads quotations in, one file each, registered: imported where all
 * of them are wanted at once (the CLI, evaluation scripts, tests). The content script does
 * not import this: it loads the article's language alone (see `registry.ts`).
 */
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import type { QuoteLanguage } from './language';
import { pl } from './pl';
import { pt } from './pt';
import { registerLanguages } from './registry';
import { ru } from './ru';
import { tr } from './tr';
import { uk } from './uk';
import { zh } from './zh';

export const ALL_LANGUAGES: Readonly<Record<string, QuoteLanguage>> = { ar, de, en, es, fa, fr, it, ja, pl, pt, ru, tr, uk, zh };
registerLanguages(...Object.values(ALL_LANGUAGES).filter((l) => l !== en));
