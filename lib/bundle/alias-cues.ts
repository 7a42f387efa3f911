/**
 * What an article says outright about the names of the entities it links: another spelling the matcher
 * linked, "X, which calls itself Y", "Salman Akram Raja (سلمان اکرم راجہ)", an Urdu name with a known
 * name's consonants. Each becomes an alias proposal (`proposals.ts`).
 */
import { findUrduNames } from '../match/name-finder';
import type { KnownEntities } from './known-entities';
import { foldName, type KnownSpan } from './name-candidates';
import { splitSentences } from './sentences';

/** "also known as X", "which calls itself X", "locally called X": X is captured, up to punctuation or a small word. */
const KNOWN_AS =
  /\b(?:(?:(?:also|locally|formerly|commonly|popularly|officially)\s+)?(?:known as|referred to as)|calls itself|call themselves|(?:also|locally|formerly|commonly|popularly|officially)\s+called)\s+[“"‘']?((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|al|ul|e|i|the|and)\s+)?\p{Lu}[\p{L}'’-]*)*)/gu;
/** A capitalised name, then an Urdu-script name in parentheses. */
const NATIVE_AFTER =
  /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5})\s*\(\s*(\p{Script=Arabic}[\p{Script=Arabic}\s\u200c]{1,60})\)/gu;

/** A mention the matcher linked in an article, with how it was linked. */
export interface LinkedSpan extends KnownSpan {
  /** Linked as another spelling of a known name (`LinkKind.Variant`). */
  variant: boolean;
}

/** A form of a known entity that the article gives, at `at` in block `block`. */
interface AliasCue {
  entity: number;
  alias: string;
  confidence: number;
  reason: string;
  block: number;
  at: number;
}

export interface AliasCues {
  aliases: AliasCue[];
  /** The folded names an article gives a known entity ("calls itself …"): they are no new entities. */
  selfNames: Set<string>;
  /** Urdu names in parentheses after a name the matcher did not link: folded Latin name (every tail of two words or more) and the Urdu form. */
  nativeNames: [string, string][];
}

/**
 * Reads one article's cues.
 * @param linked - per block, the mentions the matcher linked
 */
export function aliasCues(
  blocks: readonly string[],
  linked: readonly (readonly LinkedSpan[])[],
  known: KnownEntities,
): AliasCues {
  const cues: AliasCues = { aliases: [], selfNames: new Set(), nativeNames: [] };
  const note = (entity: number, alias: string, confidence: number, reason: string, block: number, at: number) => {
    if (!known.hasForm(entity, alias)) cues.aliases.push({ entity, alias, confidence, reason, block, at });
  };
  // One pass per kind of cue, in this order, so that the proposals keep their examples in reading order per kind.
  blocks.forEach((text, block) => {
    for (const span of linked[block] ?? []) {
      if (span.variant)
        note(span.entity, text.slice(span.start, span.end), 0.8, 'another spelling of a known name', block, span.start);
    }
  });
  // "the TTP, which calls itself Tehreek-e-Taliban", "the Levies, also known as the Balochistan Levies Force".
  blocks.forEach((text, block) => {
    for (const m of text.matchAll(KNOWN_AS)) {
      const name = m[1]!.replace(/^the\s+/iu, '').trim();
      const before = (linked[block] ?? []).filter(
        (k) => k.end <= m.index && m.index - k.end < 60 && !/[.!?]/u.test(text.slice(k.end, m.index)),
      );
      const owner = before[before.length - 1];
      if (!owner || name.split(/\s+/u).length > 6) continue;
      cues.selfNames.add(foldName(name));
      note(owner.entity, name, 0.7, 'the article gives it this name', block, m.index);
    }
  });
  // An Urdu-script name in parentheses right after a name is that name in Urdu: of the known entity, or of a new one.
  blocks.forEach((text, block) => {
    for (const m of text.matchAll(NATIVE_AFTER)) {
      const latin = m[1]!;
      const native = m[2]!.trim();
      const owner = (linked[block] ?? []).find((k) => k.end === m.index + latin.length);
      if (owner) {
        note(owner.entity, native, 0.8, 'the name in Urdu script, in parentheses after it', block, m.index);
        continue;
      }
      // The name may be preceded by a title the pattern took in ("Senator Faisal Javed"): every tail of two words or more.
      const words = latin.split(/\s+/u);
      for (let from = 0; from < words.length; from++) {
        if (words.length - from < 2 && from > 0) break;
        cues.nativeNames.push([foldName(words.slice(from).join(' ')), native]);
      }
    }
  });
  // Urdu articles: a name announced by a title that the matcher did not link, with a known entity's consonants.
  blocks.forEach((text, block) => {
    for (const name of findUrduNames(text)) {
      if ((linked[block] ?? []).some((k) => k.start < name.end && name.start < k.end)) continue;
      const written = text.slice(name.start, name.end);
      if (!written.includes(' ')) continue;
      const entity = known.entityOfConsonants(written);
      if (entity >= 0)
        note(entity, written, 0.6, 'the Urdu spelling of a known name: the same consonants', block, name.start);
    }
  });
  return cues;
}

/** The sentence of `text` around `offset`. */
export function sentenceOf(text: string, offset: number): string {
  const span = splitSentences(text).find((s) => s.start <= offset && offset < s.end);
  return span ? text.slice(span.start, span.end) : text;
}
