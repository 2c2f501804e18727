import { readFileSync } from 'node:fs';
import { articleBlocks } from './scripts/eval-summary';
import { collectCandidates } from './lib/summary/candidates';
import { summarize, TUNING } from './lib/summary/summarize';
import { rougeScores } from './lib/text/rouge';
Object.assign(TUNING, { tau: 8 });
const rows = readFileSync('/work/shared/datasets/summaries/cnndm-validation.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const stats: Record<string, number> = {};
for (const r of rows.slice(0, +(process.argv[2] ?? 75))) {
  const blocks = articleBlocks(r.article);
  const cands = collectCandidates(blocks, 'en');
  const sum = summarize({ title: '', lang: 'en', blocks });
  const pos = sum.map((s) => cands.find((c) => c.start === s.start && c.blockId === s.blockId)!.position);
  const flags = cands.slice(0, 4).map((c) => (c.eligible ? (c.dangling ? 'D' : 'E') : 'x') + c.terms.length).join(' ');
  const lede = rougeScores(sum.map((s) => s.text).join(' '), r.reference).rouge2.f;
  const lead = rougeScores(cands.slice(0, 3).map((c) => c.text).join(' '), r.reference).rouge2.f;
  // oracle per sentence r2 recall
  const per = cands.slice(0, 8).map((c) => (rougeScores(c.text, r.reference).rouge2.recall * 100).toFixed(0)).join(',');
  console.log(pos.join(','), '|', flags, '|', (lede * 100).toFixed(1), (lead * 100).toFixed(1), '| per-sent R2 recall', per);
}
