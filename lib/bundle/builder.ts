/**
 * The knowledge-base builder: articles + curated registry -> bundle.
 * Runs under Node (`npm run kb:build`) and is pure apart from Web Crypto.
 */
import * as v from 'valibot';
import { compileMatcher, findMentions, toRuntime } from '../match';
import { readArticles, type ParsedArticle, type SourceFile } from './articles';
import { contentHash } from './content-hash';
import type { Registry } from './registry';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  BundleSchema,
  type Article,
  type Bundle,
  type Entity,
  type Evidence,
} from './schema';
import { splitSentences } from './sentences';
import { UnknownNameCollector, type UnknownName } from './unknown-names';
import { RelatedTally } from './related';
import type { Proposals } from './proposal-file';
import type { LinkedSpan } from './alias-cues';
import { ProposalCollector } from './proposals';
import { LinkKind } from '../match/linker';

export interface BuildOptions {
  name: string;
  /** ISO timestamp written into the bundle. */
  createdAt: string;
  /** Also propose the registry's growth: new entities and aliases found in the articles. */
  propose?: boolean;
  /** Called after each article with the number of articles read so far. */
  onProgress?: (articles: number) => void;
}

export interface BuildResult {
  bundle: Bundle;
  /** Names in the articles that the registry lacks. */
  unknownNames: UnknownName[];
  /** Registry entities that no article mentions. */
  unmentioned: string[];
  /** Aliases the matcher can never find (they hold characters that end a name). */
  unmatchableAliases: { entityId: string; alias: string }[];
  /** With `propose`: new entities and aliases for a curator to review. */
  proposals: Proposals | null;
}

interface Tally {
  mentions: number;
  evidence: (Evidence & { date: string | null; order: number })[];
  dates: string[];
}

/**
 * Builds a bundle from article files and the registry. Files may arrive one at a time (an async iterable):
 * each article is read, matched and tallied, then dropped; only the tallies and the evidence are kept.
 */
export async function buildBundle(
  files: Iterable<SourceFile> | AsyncIterable<SourceFile>,
  registry: Registry,
  options: BuildOptions,
): Promise<BuildResult> {
  const sources = registry.entities.map((entry) => ({
    ...entry,
    region: entry.region ?? null,
    aliases: uniqueForms([entry.name, ...entry.aliases, ...(entry.nativeName ? [entry.nativeName] : [])]),
  }));
  const { matcher: compiled, skipped } = compileMatcher(sources);
  const matcher = toRuntime(compiled);

  const tallies = sources.map((): Tally => ({ mentions: 0, evidence: [], dates: [] }));
  const related = new RelatedTally();
  const shortFormOwners = shortFormIndex(sources);
  const report = new UnknownNameCollector(
    registry.notEntities,
    sources.flatMap((s) => [...s.aliases, ...s.shortForms]),
  );
  let order = 0;
  const collector = options.propose ? new ProposalCollector(registry) : null;

  const bundleArticles: Article[] = [];
  for await (const article of readArticles(files)) {
    const blocks = [article.headline, ...article.paragraphs];
    const mentions = findMentions(matcher, blocks);
    if (collector) {
      const linked: LinkedSpan[][] = blocks.map(() => []);
      for (const m of mentions)
        linked[m.block]!.push({ start: m.start, end: m.end, entity: m.entity, variant: m.kind === LinkKind.Variant });
      collector.addArticle(article.id, blocks, linked);
    }
    const inArticle = new Set(mentions.map((m) => m.entity));
    const sentenceSets: Set<number>[] = [];
    const paragraphSets: Set<number>[] = [];
    let sentenceCount = 0;
    blocks.forEach((text, block) => {
      const here = mentions.filter((m) => m.block === block);
      report.add(text, { spans: here });
      const inParagraph = new Set<number>();
      for (const span of splitSentences(text)) {
        sentenceCount++;
        const sentence = text.slice(span.start, span.end);
        const inSentence = new Set<number>();
        for (const m of here) {
          if (m.start < span.start || m.end > span.end) continue;
          const tally = tallies[m.entity]!;
          tally.mentions++;
          if (inSentence.has(m.entity)) continue;
          inSentence.add(m.entity);
          tally.evidence.push({
            articleId: article.id as Evidence['articleId'],
            sentence,
            start: m.start - span.start,
            end: m.end - span.start,
            date: article.publishedAt,
            order: order++,
          });
        }
        // For relatedness only: "Imran" in a line before the article names him in full is still him.
        for (const entity of shortFormsIn(sentence, shortFormOwners, inArticle)) inSentence.add(entity);
        for (const entity of inSentence) inParagraph.add(entity);
        sentenceSets.push(inSentence);
      }
      paragraphSets.push(inParagraph);
    });
    for (const entity of inArticle) if (article.publishedAt) tallies[entity]!.dates.push(article.publishedAt);
    related.addArticle(sentenceSets, paragraphSets, inArticle);
    bundleArticles.push(toBundleArticle(article, sentenceCount));
    options.onProgress?.(bundleArticles.length);
  }

  const entities: Entity[] = sources.map((source, index) => {
    const tally = tallies[index]!;
    const dates = [...tally.dates].sort();
    return {
      id: source.id,
      name: source.name,
      type: source.type,
      role: source.role,
      nativeName: source.nativeName ?? null,
      aliases: source.aliases,
      shortForms: uniqueForms(source.shortForms),
      contextual: source.contextual,
      region: source.region,
      mentionCount: tally.mentions,
      firstSeen: dates[0] ?? null,
      lastSeen: dates[dates.length - 1] ?? null,
      evidence: tally.evidence
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.order - b.order)
        .map(({ articleId, sentence, start, end }) => ({ articleId, sentence, start, end })),
      related: related.rank(index).map(([other, weight]) => ({ entityId: sources[other]!.id, weight })),
    };
  });

  const content = { articles: bundleArticles, entities };
  const bundle = v.parse(BundleSchema, {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    name: options.name,
    createdAt: options.createdAt,
    contentHash: await contentHash(content),
    ...content,
  });
  return {
    bundle,
    unknownNames: report.finish(),
    unmentioned: entities.filter((e) => e.mentionCount === 0).map((e) => e.id),
    unmatchableAliases: skipped,
    proposals: collector ? collector.finish() : null,
  };
}

function toBundleArticle(article: ParsedArticle, sentenceCount: number): Article {
  return {
    id: article.id as Article['id'],
    headline: article.headline,
    source: article.source,
    publishedAt: article.publishedAt,
    sentenceCount,
  };
}

/** Short forms (one word) to the entities that go by them. */
function shortFormIndex(sources: readonly { shortForms: readonly string[] }[]): Map<string, number[]> {
  const owners = new Map<string, number[]>();
  sources.forEach((source, entity) => {
    for (const form of source.shortForms)
      if (/^\p{L}{3,}$/u.test(form)) owners.set(form, [...(owners.get(form) ?? []), entity]);
  });
  return owners;
}

/** Entities of the article whose short form the sentence writes, when exactly one entity of the article goes by it. */
function shortFormsIn(
  sentence: string,
  owners: ReadonlyMap<string, number[]>,
  inArticle: ReadonlySet<number>,
): number[] {
  const found: number[] = [];
  for (const word of sentence.match(/\p{L}+/gu) ?? []) {
    const candidates = (owners.get(word) ?? []).filter((e) => inArticle.has(e));
    if (candidates.length === 1) found.push(candidates[0]!);
  }
  return found;
}

function uniqueForms(forms: readonly string[]): string[] {
  return [...new Set(forms.map((f) => f.trim()).filter((f) => f.length > 0))];
}
