/** npx tsx devset/debug-candidates.ts <page id>…: the proposals the builder makes from some development pages. */
import { compileMatcher, findMentions, toRuntime } from '../lib/match';
import { parseArticles } from '../lib/bundle/articles';
import { ProposalCollector } from '../lib/bundle/proposals';
import { LinkKind } from '../lib/match/linker';
import { pageText } from './gold';
import { readRegistry, registrySources } from './registry-matcher';

const registry = readRegistry();
const matcher = toRuntime(compileMatcher(registrySources(registry)).matcher);
const collector = new ProposalCollector(registry);
for (const id of process.argv.slice(2)) {
  for (const a of await parseArticles([{ name: id, text: pageText(id) ?? '' }])) {
    const blocks = [a.headline, ...a.paragraphs];
    const mentions = findMentions(matcher, blocks);
    const linked = blocks.map((_, b) =>
      mentions
        .filter((m) => m.block === b)
        .map((m) => ({ start: m.start, end: m.end, entity: m.entity, variant: m.kind === LinkKind.Variant })),
    );
    collector.addArticle(a.id, blocks, linked);
  }
}
const p = collector.finish();
for (const e of p.newEntities)
  console.log(e.type, e.mentions, e.name, JSON.stringify(e.aliases), JSON.stringify(e.shortForms), '|', e.role);
for (const a of p.newAliases) console.log('alias', a.id, a.alias, a.reason);
