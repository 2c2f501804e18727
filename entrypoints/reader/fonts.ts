/**
 * The reader's fonts, bundled into the extension (Vite copies the font files next to the
 * page): nothing is fetched from a font service. Regular, italic and bold of each, in every
 * script subset the font has; the browser loads only the subsets a page's text needs.
 * Vazirmatn, for Arabic script, only in its Arabic subset (the reader's own fonts draw the
 * Latin letters), regular and bold: Arabic script has no italic.
 */
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/700.css';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/400-italic.css';
import '@fontsource/source-sans-3/700.css';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/400-italic.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/400-italic.css';
import '@fontsource/opendyslexic/700.css';
import '@fontsource/vazirmatn/arabic-400.css';
import '@fontsource/vazirmatn/arabic-700.css';
