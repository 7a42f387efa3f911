/**
 * Deterministic synthetic data for the matcher benchmark: a knowledge base of
 * N aliases shaped like the real one, and a news-like page of about 1 MB of
 * text, with or without mentions of it. Everything comes from seeded PRNGs, so
 * every run (and every machine) sees the same aliases and the same page.
 */
import type { EntityType } from '../lib/bundle/schema';
import type { MatcherSource } from '../lib/match/compile';
import { WORDS } from './words';

/** sfc32: small, fast and good enough for test data. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number): boolean => random() < p;
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The English vocabulary of the pages, without duplicates. */
export const VOCABULARY: readonly string[] = [...new Set(WORDS)];
const VOCABULARY_SET = new Set(VOCABULARY);

// Syllables of Pakistani and Afghan names in Latin transliteration.
const ONSETS = ['', 'b', 'd', 'f', 'gh', 'h', 'j', 'k', 'kh', 'l', 'm', 'n', 'p', 'q', 'r', 's', 'sh', 't', 'w', 'y', 'z'];
const NUCLEI = ['a', 'a', 'a', 'aa', 'e', 'ee', 'i', 'i', 'o', 'u', 'u', 'ai'];
const CODAS = ['', '', '', '', 'd', 'f', 'h', 'l', 'm', 'n', 'n', 'r', 'r', 's', 'sh', 'z', 'q', 'b'];
const LAST_ENDINGS = ['', '', '', 'zai', 'i', 'ani', 'ullah', 'uddin', 'khel', 'wal'];
const PLACE_ENDINGS = ['abad', 'pur', 'kot', 'garh', 'stan', 'wala', 'ganj'];
// Urdu-script pieces; two of them make a word, two words a name.
const URDU_PIECES = [
  'عم', 'ران', 'خان', 'شہ', 'باز', 'شر', 'یف', 'آ', 'صف', 'مح', 'مود', 'اچ', 'کز', 'ئی', 'بلا', 'ول', 'زر', 'داری', 'نو', 'از',
  'گل', 'زار', 'فض', 'رح', 'من', 'جا', 'وید', 'حا', 'مد', 'قا', 'سم', 'نا', 'صر', 'طا', 'ہر', 'رشید', 'اک', 'بر', 'سل', 'طان',
];

function syllable(random: Random): string {
  return pick(random, ONSETS) + pick(random, NUCLEI) + pick(random, CODAS);
}

/** A capitalised name part that is not an English word of the pages. */
function namePart(random: Random, ending: readonly string[] = ['']): string {
  for (;;) {
    let word = '';
    const syllables = 2 + (chance(random, 0.35) ? 1 : 0);
    for (let i = 0; i < syllables; i++) word += syllable(random);
    word += pick(random, ending);
    if (word.length < 4 || word.length > 13 || /[aeiou]{3}|(.)\1\1/.test(word) || VOCABULARY_SET.has(word)) continue;
    return capitalize(word);
  }
}

function urduWord(random: Random): string {
  return pick(random, URDU_PIECES) + pick(random, URDU_PIECES);
}

/** Initials of a group name in upper case ("Tehreek-e-Zadran Pakistan" -> "TZP"), or null. */
function acronymOf(name: string): string | null {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => w.length > 1 && w !== 'of')
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  if (initials.length < 2 || initials.length > 5 || VOCABULARY_SET.has(initials.toLowerCase())) return null;
  return initials;
}

const REGIONS = ['PK', 'PK', 'PK', 'PK', 'PK', 'PK', 'PK', 'AF', 'AF', 'IN', 'IR'];

/** Name parts pooled like real names: a few thousand first and last names, reused across people. */
class NamePools {
  readonly first: string[] = [];
  readonly last: string[] = [];
  constructor(random: Random) {
    const seen = new Set<string>();
    while (this.first.length < 2500) {
      const p = namePart(random);
      if (!seen.has(p)) {
        seen.add(p);
        this.first.push(p);
      }
    }
    while (this.last.length < 4000) {
      const p = namePart(random, LAST_ENDINGS);
      if (!seen.has(p)) {
        seen.add(p);
        this.last.push(p);
      }
    }
  }
}

/**
 * A knowledge base with exactly `aliasCount` distinct alias strings (aliases and
 * short forms together). The sequence of entities is fixed by the seed, so a
 * smaller knowledge base is a prefix of a larger one.
 * Mix: about 80% people ("Firstname Lastname", some with a spelling variant,
 * a third with their last name as a short form, 3% with an Urdu-script alias),
 * 13% groups ("Tehreek-e-X Y", "Jamaat-e-X", "X Liberation Army",
 * "National X Party"…, half with an upper-case acronym, a few contextual
 * assemblies) and 7% places ("Xabad", "North X").
 */
export function makeKnowledgeBase(aliasCount: number, seed = 1, options: { urduShare?: number } = {}): MatcherSource[] {
  const urduShare = options.urduShare ?? 0;
  let urduAliases = 0;
  const random = prng(seed);
  const pools = new NamePools(prng(seed + 1000));
  const seen = new Set<string>();
  const sources: MatcherSource[] = [];
  const ids = new Map<string, number>();

  const idFor = (type: EntityType, name: string): string => {
    const base = `${type}/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'urdu'}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };

  while (seen.size < aliasCount) {
    const roll = random();
    let type: EntityType;
    let name: string;
    const aliases: string[] = [];
    const shortForms: string[] = [];
    let contextual = false;
    const region = pick(random, REGIONS);
    if (roll < 0.8) {
      type = 'person';
      const first = pick(random, pools.first);
      const last = pick(random, pools.last);
      name = `${first} ${last}`;
      aliases.push(name);
      if (chance(random, 0.15)) {
        const variant = name.replace(/ee/g, 'i').replace(/aa/g, 'a').replace(/oo/g, 'u');
        aliases.push(variant !== name ? variant : `${first} ${pick(random, pools.first)} ${last}`);
      }
      if (chance(random, 0.03)) aliases.push(`${urduWord(random)} ${urduWord(random)}`);
      if (chance(random, 0.33)) shortForms.push(last);
    } else if (roll < 0.93) {
      type = 'group';
      const part = namePart(random);
      const place = namePart(random, PLACE_ENDINGS);
      const shapes = [
        `Tehreek-e-${part} ${place}`,
        `Tehreek-e-${part}`,
        `Jamaat-e-${part}`,
        `Lashkar-e-${part}`,
        `Sipah-e-${part}`,
        `${part} Liberation Army`,
        `${part} Awami Party`,
        `${part} Front`,
        `${part} Movement`,
        `National ${part} Party`,
        `United ${part} Front`,
        `Democratic ${part} Alliance`,
        `Islamic ${part} Council`,
      ];
      name = pick(random, shapes);
      if (chance(random, 0.04)) {
        name = `${place} Assembly`;
        contextual = true;
      }
      aliases.push(name);
      const acronym = contextual ? null : acronymOf(name);
      if (acronym && chance(random, 0.5)) aliases.push(acronym);
    } else {
      type = 'place';
      name = chance(random, 0.75) ? namePart(random, PLACE_ENDINGS) : `${pick(random, ['North', 'South', 'Upper', 'Lower'])} ${namePart(random)}`;
      aliases.push(name);
    }
    const fresh = (a: string): boolean => {
      if (seen.size >= aliasCount || seen.has(a)) return seen.has(a);
      seen.add(a);
      return true;
    };
    // With a share asked for, an entity gets an Urdu-script alias whenever the knowledge base has fewer than that.
    if (urduShare > 0 && urduAliases < urduShare * seen.size) aliases.push(`${urduWord(random)} ${urduWord(random)}`);
    const keptAliases = aliases.filter(fresh);
    const keptShort = shortForms.filter(fresh);
    urduAliases += keptAliases.filter((a) => /\p{Script=Arabic}/u.test(a)).length;
    if (keptAliases.length === 0) continue;
    sources.push({ id: idFor(type, name), name, type, region, contextual, aliases: keptAliases, shortForms: keptShort });
  }
  return sources;
}

/** Every distinct alias string of `sources` (aliases and short forms), in first-seen order. */
export function aliasList(sources: readonly MatcherSource[]): string[] {
  const all = new Set<string>();
  for (const s of sources) {
    for (const a of s.aliases) all.add(a);
    for (const a of s.shortForms) all.add(a);
  }
  return [...all];
}

/** The entity type of each alias (lower-cased), for painting a match in the right colour. */
export function aliasTypes(sources: readonly MatcherSource[]): Record<string, EntityType> {
  const types: Record<string, EntityType> = {};
  for (const s of sources) {
    for (const a of [...s.aliases, ...s.shortForms]) types[a.toLowerCase()] ??= s.type;
  }
  return types;
}

export interface SyntheticPage {
  /** The `<body>` inner HTML. */
  bodyHtml: string;
  /** The visible text, one string per block element (what the page reads as separate runs). */
  blocks: string[];
  /** Characters of visible text (sum of the blocks). */
  textChars: number;
  words: number;
  /** Mentions written into the page (0 for the page without mentions). */
  mentions: number;
}

export interface PageOptions {
  /** Null for the page without any mention. */
  kb: readonly MatcherSource[] | null;
  /** Stop once the text without mentions reaches this many characters. */
  targetChars?: number;
  /** One word slot in `mentionEvery` names an entity. */
  mentionEvery?: number;
  seed?: number;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A long news page (an archive or live-blog page): a header with navigation,
 * articles with headings, bylines, paragraphs with inline links and bold
 * words, block quotes and lists, a sidebar of headlines and a footer.
 *
 * Two PRNG streams: one draws the page (structure and filler words), the other
 * the mentions. A mention replaces a filler word, so the page with mentions and
 * the page without them have the same structure and the same filler text.
 * Every mention sits inside one text node (plain, or wholly inside an `<a>` or
 * `<b>`), so that mark.js without `acrossElements` can find it too.
 */
export function makePage(options: PageOptions): SyntheticPage {
  const targetChars = options.targetChars ?? 1_000_000;
  const mentionEvery = options.mentionEvery ?? 40;
  const seed = options.seed ?? 7;
  const random = prng(seed);
  const mentionRandom = prng(seed + 1);
  const kb = options.kb;
  const mentioned: MatcherSource[] = [];
  const html: string[] = [];
  const blocks: string[] = [];
  let fillerChars = 0;
  let textChars = 0;
  let words = 0;
  let mentions = 0;

  const mention = (): string => {
    let source: MatcherSource;
    let text: string;
    if (mentioned.length > 0 && chance(mentionRandom, 0.35)) {
      source = pick(mentionRandom, mentioned);
      text = source.shortForms.length > 0 && chance(mentionRandom, 0.5) ? pick(mentionRandom, source.shortForms) : pick(mentionRandom, source.aliases);
    } else {
      source = pick(mentionRandom, kb!);
      text = pick(mentionRandom, source.aliases);
      mentioned.push(source);
    }
    mentions++;
    return text;
  };

  /** One block of text: returns its HTML; records its text. */
  const sentenceRun = (minWords: number, maxWords: number, sentences: number, inline: boolean, allowMentions = true): string => {
    let out = '';
    let text = '';
    for (let s = 0; s < sentences; s++) {
      const count = minWords + Math.floor(random() * (maxWords - minWords + 1));
      for (let w = 0; w < count; w++) {
        let word = pick(random, VOCABULARY);
        if (w === 0) word = capitalize(word);
        const wrap = inline ? random() : 1;
        const comma = w > 2 && w < count - 1 && chance(random, 0.06);
        fillerChars += word.length + 1;
        words++;
        let shown = word;
        let isMention = false;
        if (kb && allowMentions && chance(mentionRandom, 1 / mentionEvery)) {
          shown = mention();
          isMention = true;
          if (chance(mentionRandom, 0.05)) shown += '’s';
        }
        const tail = w === count - 1 ? '.' : comma ? ',' : '';
        let piece = escapeHtml(shown);
        if (wrap < 0.04 || (isMention && wrap < 0.15)) piece = `<a href="#/${escapeHtml(word)}">${piece}</a>`;
        else if (wrap < 0.06 || (isMention && wrap < 0.25)) piece = `<b>${piece}</b>`;
        else if (wrap < 0.07) piece = `<em>${piece}</em>`;
        const sep = text.length === 0 ? '' : ' ';
        out += sep + piece + tail;
        text += sep + shown + tail;
      }
    }
    blocks.push(text);
    textChars += text.length;
    return out;
  };

  const headline = (): string => sentenceRun(5, 11, 1, false).replace(/\.$/, '');

  html.push('<header class="site-header"><div class="logo">The Daily Record</div><nav><ul>');
  for (let i = 0; i < 10; i++) html.push(`<li><a href="#/section/${i}">${sentenceRun(1, 2, 1, false, false).replace(/\.$/, '')}</a></li>`);
  html.push('</ul></nav></header><div class="layout"><main>');

  let article = 0;
  while (fillerChars < targetChars * 0.93) {
    article++;
    html.push(`<article id="a${article}"><h2>${headline()}</h2><p class="byline">${sentenceRun(4, 8, 1, false, false)}</p>`);
    const paragraphs = 8 + Math.floor(random() * 12);
    for (let p = 0; p < paragraphs; p++) {
      if (p > 0 && p % 6 === 0) html.push(`<h3>${headline()}</h3>`);
      const r = random();
      if (r < 0.05) html.push(`<blockquote><p>${sentenceRun(10, 24, 2, true)}</p></blockquote>`);
      else if (r < 0.09) {
        html.push('<ul>');
        const items = 3 + Math.floor(random() * 3);
        for (let i = 0; i < items; i++) html.push(`<li>${sentenceRun(6, 14, 1, true)}</li>`);
        html.push('</ul>');
      } else html.push(`<p>${sentenceRun(8, 26, 2 + Math.floor(random() * 4), true)}</p>`);
    }
    html.push('</article>');
  }
  html.push('</main><aside class="sidebar"><h2>Most read</h2><ol>');
  while (fillerChars < targetChars) html.push(`<li><a href="#/story">${headline()}</a><p>${sentenceRun(10, 20, 1, true)}</p></li>`);
  html.push('</ol></aside></div><footer><p>');
  html.push(sentenceRun(6, 12, 2, false, false));
  html.push('</p></footer>');

  return { bodyHtml: html.join(''), blocks, textChars, words, mentions };
}

/** Page style: a two-column layout, the highlight colours and mark.js's `<mark>`. */
export const PAGE_CSS = `
body { font: 16px/1.5 Georgia, serif; margin: 0; color: #222; }
.site-header { padding: 8px 16px; border-bottom: 1px solid #ccc; }
.site-header ul { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; margin: 4px 0; }
.layout { display: flex; gap: 24px; padding: 0 16px; }
main { flex: 3; min-width: 0; }
.sidebar { flex: 1; min-width: 0; font-size: 14px; }
.byline { color: #666; font-size: 13px; }
blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 12px; }
::highlight(backstory-person) { background-color: #fde68a; }
::highlight(backstory-group) { background-color: #bfdbfe; }
::highlight(backstory-place) { background-color: #bbf7d0; }
mark { background-color: #fde68a; color: inherit; }
`;

/** The document a benchmark page starts as: the page style and an empty body, which `load` fills. */
export const PAGE_SHELL = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench page</title><style>${PAGE_CSS}</style></head><body></body></html>`;
