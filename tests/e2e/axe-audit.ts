/** axe-core on one of Lede's pages, against the WCAG 2.2 AA rules the project holds itself to. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Each violation as "rule: targets". Running CSS transitions are let finish first: a colour
 * scheme switch starts the items' background fade, and a contrast check taken mid-fade
 * measures a colour no one sees for longer than 120 ms.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
