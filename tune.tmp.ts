import { readFileSync } from 'node:fs';
import { evaluateSummaries } from './scripts/eval-summary';
import { TUNING } from './lib/summary/summarize';
import { PREFIX } from './lib/summary/terms';
const D = '/work/shared/datasets/summaries/';
const load = (f: string) => readFileSync(D + f, 'utf8').trim().split('\n').map((l) => { const r = JSON.parse(l); return { article: r.article, reference: r.reference, title: r.title ?? '', lang: 'en' }; });
const sets = { cnn: load('cnndm-validation.jsonl'), xsum: load('xsum-validation.jsonl'), bbc: load('bbc-news-summary-100/bbc100.jsonl') };
const grid = JSON.parse(process.argv[2] ?? '[{}]');
for (const g of grid) {
  Object.assign(TUNING, g); if (g.prefix) PREFIX.n = g.prefix;
  const out: string[] = [JSON.stringify(g)];
  for (const [k, rows] of Object.entries(sets)) {
    const r = evaluateSummaries(rows);
    out.push(`${k} ${r.lede.rouge1.toFixed(2)}/${r.lede.rouge2.toFixed(2)}/${r.lede.rougeL.toFixed(2)} (L3 ${r.lead3.rouge2.toFixed(2)} L1 ${r.lead1.rouge2.toFixed(2)}) n=${r.ledeSentences.toFixed(1)} w=${r.ledeWords.toFixed(0)}`);
  }
  console.log(out.join(' | '));
}
