/**
 * What a short form or an acronym stands for in one article: a lone surname
 * after a full name of the same article, an acronym defined in parentheses
 * after its expansion (strictly, or loosely where a word gives two letters).
 */
import { findDefinitions } from '../match/acronyms';
import { THING_HEADS } from './proposal-words';
import { spellsAcronym } from './acronym-spelling';
import { foldName, type ArticleBlocks, type NameOccurrence } from './candidate-types';

/**
 * A lone surname or first name after (or before) a full name of the same article stands for that name, and
 * so do the last words of a longer name ("Karim Kundi" after "Faisal Karim Kundi").
 */
export function resolveShortForms(occurrences: NameOccurrence[]): void {
  const full = occurrences.filter((o) => !o.acronym && o.text.split(/\s+/u).length > 1);
  for (const o of full) {
    const words = foldName(o.text).split(/\s+/u);
    const longer = [
      ...new Set(
        full
          .filter((f) => {
            const parts = foldName(f.text).split(/\s+/u);
            return (
              parts.length > words.length &&
              parts.slice(-words.length).join(' ') === words.join(' ') &&
              f.votes.group === 0 &&
              f.votes.place === 0
            );
          })
          .map((f) => f.text),
      ),
    ];
    if (longer.length === 1 && o.votes.group === 0 && o.votes.place === 0) o.fullName = longer[0]!;
  }
  for (const o of occurrences) {
    if (o.acronym || o.text.includes(' ')) continue;
    const word = foldName(o.text);
    const bearers = [
      ...new Set(
        full
          .filter((f) => {
            const parts = foldName(f.text).split(/\s+/u);
            return parts[parts.length - 1] === word || parts[0] === word;
          })
          .map((f) => f.text),
      ),
    ];
    if (bearers.length === 1) o.fullName = bearers[0]!;
  }
}

/**
 * "China and Pakistan Economic Corridor (CPEC)": a definition the strict reading misses, where a word may
 * give two letters and "and" is skipped ("Pakhtunkhwa Milli Awami Party (PkMAP)").
 */
function looseDefinition(text: string, o: NameOccurrence): { start: number; end: number } | null {
  if (text[o.start - 1] !== '(' || text[o.end] !== ')') return null;
  const before = text.slice(Math.max(0, o.start - 160), o.start - 1);
  const words = [...before.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  const letters = o.text.replace(/[^\p{L}]/gu, '').toLowerCase();
  const offset = Math.max(0, o.start - 160);
  for (let from = Math.max(0, words.length - letters.length - 3); from < words.length; from++) {
    const first = words[from]!;
    if (!/^\p{Lu}/u.test(first[0])) continue;
    const last = words[words.length - 1]!;
    if (!/^\s*$/u.test(before.slice(last.index + last[0].length))) return null;
    const phrase = before.slice(first.index, last.index + last[0].length);
    if (/[.,;:!?]/u.test(phrase)) continue;
    if (spellsAcronym(letters, phrase))
      return { start: offset + first.index, end: offset + last.index + last[0].length };
  }
  return null;
}

/**
 * "Baloch Yakjehti Committee (BYC)": the acronym stands for the full name in this article, and the words of
 * the expansion are not names of their own ("Research" and "Studies" of "Centre for Research and Security
 * Studies (CRSS)"). An expansion in lower case ("anti-terrorism court (ATC)") names nothing.
 */
export function resolveAcronyms(article: ArticleBlocks, occurrences: NameOccurrence[]): void {
  article.blocks.forEach((text, block) => {
    const here = occurrences.filter((o) => o.block === block);
    for (const o of here) {
      if (!o.acronym) continue;
      const definition = findDefinitions(text, o.text)[0] ?? looseDefinition(text, o);
      if (!definition) continue;
      let start = definition.start;
      while (
        start < definition.end &&
        (!/\p{Lu}/u.test(text[start]!) || /^(?:The|A|An)\s/u.test(text.slice(start, start + 4)))
      ) {
        const space = text.indexOf(' ', start);
        if (space < 0 || space >= definition.end) break;
        start = space + 1;
      }
      if (!/\p{Lu}/u.test(text[start] ?? '')) {
        // "the anti-terrorism court (ATC)": a common noun's acronym, in the whole article
        for (const other of occurrences) if (other.acronym && other.text === o.text) other.insideExpansion = true;
        continue;
      }
      const expansion = text.slice(start, definition.end);
      const lastWord = foldName(expansion.split(/[\s-]+/u).pop() ?? '');
      if (THING_HEADS.has(lastWord)) {
        // "China-Pakistan Economic Corridor (CPEC)": the acronym of a project, a law or an event
        for (const other of occurrences) if (other.acronym && other.text === o.text) other.insideExpansion = true;
        continue;
      }
      o.fullName = expansion;
      for (const other of here) {
        if (other !== o && other.start >= start && other.end <= definition.end && other.text !== expansion)
          other.insideExpansion = true;
      }
    }
  });
  // A definition in one paragraph names the acronym for the whole article.
  const defined = new Map<string, string>();
  for (const o of occurrences) if (o.acronym && o.fullName) defined.set(o.text, o.fullName);
  for (const o of occurrences) if (o.acronym && !o.fullName) o.fullName = defined.get(o.text) ?? null;
  for (let i = occurrences.length - 1; i >= 0; i--) if (occurrences[i]!.insideExpansion) occurrences.splice(i, 1);
}
