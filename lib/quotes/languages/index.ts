/** Every language Lede reads quotations in: one file each. */
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
import { ru } from './ru';
import { tr } from './tr';
import { uk } from './uk';
import { zh } from './zh';

export const LANGUAGES: Readonly<Record<string, QuoteLanguage>> = { ar, de, en, es, fa, fr, it, ja, pl, pt, ru, tr, uk, zh };
export { words, type QuoteLanguage } from './language';
