/**
 * npm run kb:build [-- --articles DIR] [--registry FILE] [--out FILE] [--name NAME] [--strict]
 *                  [--propose FILE] [--accept FILE]
 *
 * Builds a knowledge-base bundle from a folder of article files (*.txt) and the
 * curated registry, writes it as JSON and prints the curator's report. With
 * --strict it fails when the articles name something the registry lacks.
 * --propose FILE writes the new entities and aliases found in the articles for
 * review; --accept FILE merges a reviewed proposals file into the registry
 * (written back in place) before building.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { buildBundle } from '../lib/bundle/builder';
import { RegistrySchema } from '../lib/bundle/registry';
import { formatProposals } from '../lib/bundle/proposal-file';
import {
  ProposalsError,
  acceptProposals,
  formatRegistry,
  parseProposals,
  type RegistryJson,
} from '../lib/bundle/accept';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: 'seeds' },
    registry: { type: 'string', default: 'seeds/registry.json' },
    out: { type: 'string', default: 'public/seed-bundle.json' },
    name: { type: 'string', default: 'Backstory seed: Pakistan security and politics' },
    strict: { type: 'boolean', default: false },
    propose: { type: 'string' },
    accept: { type: 'string' },
  },
});

async function main(): Promise<number> {
  let registryJson = JSON.parse(await readFile(values.registry, 'utf8')) as RegistryJson;
  if (values.accept !== undefined) {
    try {
      const accepted = acceptProposals(registryJson, parseProposals(await readFile(values.accept, 'utf8')));
      registryJson = accepted.json;
      await writeFile(values.registry, formatRegistry(registryJson));
      console.log(
        `${values.registry}: ${accepted.addedEntities.length} entities and ${accepted.addedAliases.length} aliases added from ${values.accept}`,
      );
      for (const reason of accepted.skipped) console.warn(`  left out: ${reason}`);
    } catch (error) {
      if (!(error instanceof ProposalsError)) throw error;
      console.error(`${values.accept}: ${error.message}`);
      return 1;
    }
  }
  const registryResult = v.safeParse(RegistrySchema, registryJson);
  if (!registryResult.success) {
    for (const issue of registryResult.issues.slice(0, 20))
      console.error(`${values.registry}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
    return 1;
  }
  const names = (await readdir(values.articles)).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) {
    console.error(`No article files (*.txt) in ${resolve(values.articles)}.`);
    return 1;
  }
  // Files are read one at a time, as the builder asks for them.
  const dir = values.articles;
  let filesRead = 0;
  async function* files() {
    for (const name of names) {
      filesRead++;
      yield { name, text: await readFile(join(dir, name), 'utf8') };
    }
  }
  const started = performance.now();
  let shown = 0;
  const progress = (articles: number, done = false) => {
    const now = performance.now();
    if (!done && now - shown < 250) return;
    shown = now;
    const line = `${articles} articles from ${filesRead}/${names.length} files, ${Math.round(articles / Math.max((now - started) / 1000, 0.001))} articles/s`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done ? '\n' : ''}`);
    else if (done || articles % 1000 === 0) process.stderr.write(`${line}\n`);
  };
  const result = await buildBundle(files(), registryResult.output, {
    name: values.name,
    createdAt: new Date().toISOString(),
    propose: values.propose !== undefined,
    onProgress: (n) => progress(n),
  });
  progress(result.bundle.articles.length, true);
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify(result.bundle)}\n`);

  const { bundle } = result;
  const evidence = bundle.entities.reduce((n, e) => n + e.evidence.length, 0);
  console.log(
    `${values.out}: ${bundle.articles.length} articles from ${names.length} files, ${bundle.entities.length} entities, ${evidence} evidence sentences, ${bundle.contentHash}`,
  );
  for (const { entityId, alias } of result.unmatchableAliases)
    console.warn(`alias never matches (holds a character that ends a name): ${entityId} "${alias}"`);
  for (const id of result.unmentioned) console.warn(`no article mentions ${id}`);
  if (result.unknownNames.length > 0 && values.propose !== undefined) {
    console.warn(
      `${result.unknownNames.length} capitalised strings of the articles are not in the registry; the proposals file holds the names among them.`,
    );
  } else if (result.unknownNames.length > 0) {
    console.warn(
      `${result.unknownNames.length} names in the articles are not in the registry (add them, or list them under notEntities):`,
    );
    for (const n of result.unknownNames)
      console.warn(`  ${n.kind.padEnd(13)} ${String(n.count).padStart(3)}× ${n.text}   …${n.example}…`);
  } else {
    console.log('Every name in the articles is in the registry.');
  }
  if (values.propose !== undefined && result.proposals) {
    await mkdir(dirname(resolve(values.propose)), { recursive: true });
    await writeFile(values.propose, formatProposals(result.proposals));
    console.log(
      `${values.propose}: ${result.proposals.newEntities.length} new entities and ${result.proposals.newAliases.length} new aliases to review`,
    );
  }
  return values.strict && (result.unknownNames.length > 0 || result.unmentioned.length > 0) ? 2 : 0;
}

process.exitCode = await main();
