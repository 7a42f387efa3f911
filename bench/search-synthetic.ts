/**
 * A synthetic knowledge base for the popup-search benchmark: the matcher
 * benchmark's entities (bench/synthetic.ts) grown into a full bundle, with a
 * role for each entity, articles, and evidence sentences that name the entity
 * among English filler words and other entities. Seeded: every run and every
 * machine sees the same bundle.
 */
import type { Article, Bundle, Entity, EntityType } from '../lib/bundle/schema';
import { makeKnowledgeBase, prng, VOCABULARY } from './synthetic';

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const SOURCES = ['Dawn', 'The Express Tribune', 'The News', 'Geo News', 'Business Recorder', 'Pajhwok', 'Tolo News', 'Reuters', 'AFP', 'Associated Press'];

const ROLES: Record<EntityType, readonly string[]> = {
  person: [
    'Member of the National Assembly from {place}',
    'Senator of the {group}',
    'Minister for {word} in the federal cabinet',
    'Spokesperson of the {group}',
    'Leader of the {group}',
    'Former chief minister of {place}',
    'Governor of {place}',
    'Journalist and columnist covering {place}',
    'Retired general and security analyst',
    'Judge of the high court in {place}',
    'Deputy commissioner of {place}',
    'Adviser to the prime minister on {word}',
  ],
  group: [
    'Political party based in {place}',
    'Militant group active in {place}',
    'Alliance of opposition parties led by the {group}',
    'Student wing of the {group}',
    'Banned organisation that operates near {place}',
    'Religious party with seats in the assembly of {place}',
  ],
  place: [
    'District in {place}',
    'City in {place} province',
    'Town on the border with {place}',
    'Tribal district where the {group} is active',
    'Capital of {place}',
  ],
};

function fill(random: Random, template: string, names: { places: string[]; groups: string[] }): string {
  return template
    .replace('{place}', pick(random, names.places))
    .replace('{group}', pick(random, names.groups))
    .replace('{word}', pick(random, VOCABULARY));
}

function isoDay(random: Random): string {
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 900) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function words(random: Random, n: number): string[] {
  return Array.from({ length: n }, () => pick(random, VOCABULARY));
}

/**
 * A bundle of exactly `entityCount` entities (people, groups and places in the
 * matcher benchmark's proportions), about `entityCount / 4` articles and on
 * average about three evidence sentences per entity (most have one or two, a few have many).
 */
export function makeSearchBundle(entityCount: number, seed = 11): Bundle {
  const random = prng(seed);
  // The matcher's generator counts aliases; 1.6 aliases per entity leaves enough entities to keep the first `entityCount`.
  const sources = makeKnowledgeBase(Math.ceil(entityCount * 1.6)).slice(0, entityCount);
  if (sources.length < entityCount) throw new Error(`only ${sources.length} synthetic entities`);
  const names = {
    places: sources.filter((s) => s.type === 'place').map((s) => s.name),
    groups: sources.filter((s) => s.type === 'group').map((s) => s.name),
  };
  const articles: Article[] = Array.from({ length: Math.max(1, Math.ceil(entityCount / 4)) }, (_, i) => {
    const headline = words(random, 6 + Math.floor(random() * 6)).join(' ');
    return {
      id: `a-${(0x10000000 + i).toString(16)}` as Article['id'],
      headline: headline.charAt(0).toUpperCase() + headline.slice(1),
      source: pick(random, SOURCES),
      publishedAt: isoDay(random),
      sentenceCount: 30,
    };
  });

  const entities: Entity[] = sources.map((source) => {
    // Skewed like real news: most entities are named once or twice, a few very often.
    const roll = random();
    const evidenceCount = roll < 0.45 ? 1 : roll < 0.75 ? 2 : roll < 0.9 ? 4 : roll < 0.98 ? 8 : 20;
    const evidence = Array.from({ length: evidenceCount }, () => {
      const alias = pick(random, source.aliases);
      const before = words(random, 3 + Math.floor(random() * 10));
      const after = words(random, 6 + Math.floor(random() * 14));
      if (random() < 0.5) after.splice(Math.floor(random() * after.length), 0, pick(random, sources).name);
      const head = before.join(' ');
      const sentence = `${head.charAt(0).toUpperCase()}${head.slice(1)} ${alias} ${after.join(' ')}.`;
      const start = head.length + 1;
      return { articleId: pick(random, articles).id, sentence, start, end: start + alias.length };
    });
    const related = Array.from({ length: Math.floor(random() * 5) }, () => ({ entityId: pick(random, sources).id as Entity['id'], weight: Math.ceil(random() * 5) })).filter(
      (r, i, all) => r.entityId !== source.id && all.findIndex((o) => o.entityId === r.entityId) === i,
    );
    return {
      id: source.id as Entity['id'],
      name: source.name,
      type: source.type,
      role: fill(random, pick(random, ROLES[source.type]), names),
      nativeName: source.aliases.find((a) => /\p{Script=Arabic}/u.test(a)) ?? null,
      aliases: [...source.aliases],
      shortForms: [...source.shortForms],
      contextual: source.contextual,
      region: source.region,
      mentionCount: evidenceCount + Math.floor(random() * evidenceCount),
      firstSeen: null,
      lastSeen: null,
      evidence,
      related,
    };
  });

  return {
    format: 'backstory.bundle',
    version: 1,
    name: `Synthetic ${entityCount.toLocaleString('en-US')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    contentHash: `sha256:${(seed * 1_000_003 + entityCount).toString(16).padStart(64, '0')}`,
    articles,
    entities,
  };
}
