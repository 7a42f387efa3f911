/**
 * The edges of a name as the proposals read it (what the name finder split and belongs together is in
 * `joined-names.ts`): the part of a name that no known mention covers, and what stands
 * at a name's edges without belonging to it (honorifics, a known place).
 */
import type { FoundName } from '../match/name-finder';
import type { WordSpan } from '../match/words';
import type { CandidateContext, KnownSpan } from './candidate-types';
import { foldName } from './candidate-types';
import {
  GROUP_HEADS,
  GROUP_OPENERS,
  HONORIFICS,
  INSTITUTION_ADJECTIVES,
  PERSON_TITLES,
  BOILERPLATE,
  PLACE_HEADS,
} from './proposal-words';

export interface NameSpan {
  start: number;
  end: number;
  words: WordSpan[];
  titles: WordSpan[];
  acronym: boolean;
}

/**
 * The part of a found name that no known mention covers. A name that holds a known one and ends in a head
 * word is a longer name of its own ("Quetta District Jail"); otherwise the uncovered runs stand alone.
 */
export function trimToUnknown(text: string, found: FoundName, known: readonly KnownSpan[]): NameSpan[] {
  const overlapping = known.filter((k) => k.start < found.end && found.start < k.end);
  const withTitles = extendWithAdjectives(text, found);
  if (overlapping.length === 0) return [withTitles];
  if (overlapping.some((k) => k.start <= found.start && k.end >= found.end)) return [];
  const covered = (w: WordSpan) => overlapping.some((k) => k.start < w.end && w.start < k.end);
  const uncovered = found.words.filter((w) => !covered(w));
  const hasHead = uncovered.some((w) => isHead(text.slice(w.start, w.end).toLowerCase()));
  if (hasHead && found.words.length > 1) return [withTitles];
  // "Minar-e-Pakistan": a known name joined to others by an izafat is part of one longer name
  if (/-(?:e|i|ul|ud|al|el)-/u.test(text.slice(found.start, found.end))) return [withTitles];
  const runs: NameSpan[] = [];
  let run: WordSpan[] = [];
  const flush = () => {
    while (run.length > 0 && !/^\p{Lu}/u.test(text.slice(run[run.length - 1]!.start))) run.pop();
    while (run.length > 0 && !/^\p{Lu}/u.test(text.slice(run[0]!.start))) run.shift();
    if (run.length > 0) {
      const first = run[0]!;
      runs.push({
        start: first.start,
        end: run[run.length - 1]!.end,
        words: run,
        titles: first === found.words[0] ? found.titles : [],
        acronym: run.length === 1 && isAcronymWord(text.slice(first.start, first.end)),
      });
    }
    run = [];
  };
  for (const w of found.words) {
    if (covered(w)) flush();
    else run.push(w);
  }
  flush();
  return runs;
}

/** "Federal" + "Constitutional Court": an institution's adjective that the name finder read as a title belongs to the name. */
function extendWithAdjectives(text: string, found: FoundName): NameSpan {
  const last = found.words[found.words.length - 1]!;
  const span: NameSpan = {
    start: found.start,
    end: found.end,
    words: found.words,
    titles: found.titles,
    acronym: found.acronym,
  };
  if (found.acronym || !isHead(text.slice(last.start, last.end).toLowerCase())) return span;
  const titles = [...found.titles];
  const words = [...found.words];
  while (titles.length > 0) {
    const t = titles[titles.length - 1]!;
    if (
      !INSTITUTION_ADJECTIVES.has(text.slice(t.start, t.end).toLowerCase()) ||
      !/^[ -]+$/u.test(text.slice(t.end, words[0]!.start))
    )
      break;
    words.unshift(titles.pop()!);
  }
  return { ...span, start: words[0]!.start, words, titles };
}

export const isHead = (lower: string) => GROUP_HEADS.has(lower) || PLACE_HEADS.has(lower);

const isAcronymWord = (word: string) => /^\p{Lu}[\p{Lu}.-]*\p{Lu}\.?$/u.test(word) && word.length <= 8;

/**
 * Drops what stands at a name's edges without belonging to it: an honorific or a title the name finder did
 * not know ("Syed Asim Munir", "Whip Amir Dogar"), a known place before or after ("Quetta Sariab", a byline's
 * "Haroon Janjua Islamabad"), and a known name after "of" ("Akhtar Mengal of Balochistan").
 */
export function trimEdges(
  text: string,
  name: NameSpan,
  context: CandidateContext,
): { span: NameSpan; honorific: boolean } | null {
  let words = name.words;
  let honorific = false;
  const word = (w: WordSpan) => foldName(text.slice(w.start, w.end));
  const ofAt = words.findIndex((w) => word(w) === 'of');
  if (
    ofAt > 0 &&
    !words.slice(0, ofAt).some((w) => isHead(word(w))) &&
    context.knownType(text.slice(words[ofAt + 1]!.start, words[words.length - 1]!.end)) !== null
  ) {
    words = words.slice(0, ofAt);
  }
  while (words.length > 2 && (HONORIFICS.has(word(words[0]!)) || PERSON_TITLES.has(word(words[0]!)))) {
    words = words.slice(1);
    honorific = true;
  }
  if (
    words.length === 2 &&
    (HONORIFICS.has(word(words[0]!)) || PERSON_TITLES.has(word(words[0]!))) &&
    !isHead(word(words[1]!))
  ) {
    words = words.slice(1);
    honorific = true;
  }
  const plain = (ws: readonly WordSpan[]) =>
    ws.every((w) => /^\p{Lu}/u.test(text.slice(w.start)) && !isHead(word(w)) && !GROUP_OPENERS.has(word(w))) &&
    /^[\p{L} ]+$/u.test(text.slice(ws[0]!.start, ws[ws.length - 1]!.end));
  if (words.length >= 2 && plain(words) && context.knownType(text.slice(words[0]!.start, words[0]!.end)) === 'place')
    words = words.slice(1);
  if (
    words.length >= 3 &&
    plain(words) &&
    context.knownType(text.slice(words[words.length - 1]!.start, words[words.length - 1]!.end)) === 'place'
  )
    words = words.slice(0, -1);
  while (words.length > 0 && BOILERPLATE.has(word(words[0]!)) && words.length > 1) words = words.slice(1);
  if (words.length === 0) return null;
  if (words === name.words) return { span: name, honorific };
  const first = words[0]!;
  return {
    span: {
      start: first.start,
      end: words[words.length - 1]!.end,
      words,
      titles: first === name.words[0] ? name.titles : [],
      acronym: words.length === 1 && isAcronymWord(text.slice(first.start, first.end)),
    },
    honorific,
  };
}

/**
 * "XII Corps Asif Ghafoor", "Jamaat-e-Islami Liaquat Baloch": a group's head word followed by two words or more
 * without one is the group, then a person.
 */
export function splitAfterHead(text: string, names: readonly FoundName[]): FoundName[] {
  const out: FoundName[] = [];
  for (const name of names) {
    const lower = name.words.map((w) => text.slice(w.start, w.end).toLowerCase());
    const at = lower.findIndex((w, i) => i < lower.length - 2 && GROUP_HEADS.has(w));
    const rest = name.words.slice(at + 1);
    const plain =
      at >= 0 &&
      rest.every(
        (w) => /^\p{Lu}\p{Ll}/u.test(text.slice(w.start, w.end)) && !isHead(text.slice(w.start, w.end).toLowerCase()),
      );
    if (!plain || !/^ +$/u.test(text.slice(name.words[at]!.end, rest[0]!.start))) {
      out.push(name);
      continue;
    }
    const head = name.words.slice(0, at + 1);
    out.push({ start: name.start, end: head[head.length - 1]!.end, words: head, titles: name.titles, acronym: false });
    out.push({ start: rest[0]!.start, end: name.end, words: rest, titles: [], acronym: false });
  }
  return out;
}
