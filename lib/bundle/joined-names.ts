/**
 * What the name finder split and belongs together: "Balochistan" + "National Party", "PML" + "N", "K.M." +
 * "Chaudary", a surname the finder read as a title, a lower-case part after a hyphen.
 */
import type { FoundName } from '../match/name-finder';
import { COMPOUND_ENDINGS, GROUP_HEADS, INSTITUTION_ADJECTIVES, NAME_HONORIFICS } from './proposal-words';

/**
 * Joins what the name finder split at a word it reads as a title or at an acronym, when the second part is
 * an institution's head: "Balochistan" + "National Party", "ARY" + "News".
 */
export function joinSplitNames(text: string, names: FoundName[]): FoundName[] {
  const out: FoundName[] = [];
  for (const name of names) {
    const previous = out[out.length - 1];
    const last = name.words[name.words.length - 1]!;
    const headed = !name.acronym && GROUP_HEADS.has(text.slice(last.start, last.end).toLowerCase());
    // "Shanghai Co-operation Organisation": a hyphenated lower-case part does not end the name
    const previousLast = previous?.words[previous.words.length - 1];
    if (
      previous &&
      previousLast &&
      previousLast.end - previousLast.start <= 3 &&
      !previous.acronym &&
      !name.acronym &&
      /^-\p{Ll}+ $/u.test(text.slice(previous.end, name.start))
    ) {
      out[out.length - 1] = { ...previous, end: name.end, words: [...previous.words, ...name.words] };
      continue;
    }
    // "PML-N", "JUI-F": an acronym and the letter of its faction
    if (
      previous?.acronym &&
      /^\p{Lu}{1,2}$/u.test(text.slice(name.start, name.end)) &&
      text.slice(previous.end, name.start) === '-'
    ) {
      out[out.length - 1] = { ...previous, end: name.end, words: [{ start: previous.start, end: name.end }] };
      continue;
    }
    // "the Practice and Procedure Committee": a word joined by "and" to an institution's name after "the"
    if (
      previous &&
      previous.words.length === 1 &&
      !previous.acronym &&
      text.slice(previous.end, name.start) === ' and ' &&
      headed &&
      /\bthe\s+$/iu.test(text.slice(Math.max(0, previous.start - 5), previous.start))
    ) {
      out[out.length - 1] = joined(previous, name);
      continue;
    }
    // "K.M. Chaudary", "Charles E. Schumer": initials before a surname
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    if (
      previous &&
      (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(previousText) || /\s\p{Lu}$/u.test(previousText)) &&
      text.slice(previous.end, name.start) === '. ' &&
      !name.acronym
    ) {
      out[out.length - 1] = joined(previous, name);
      continue;
    }

    const between = previous ? text.slice(previous.end, name.titles[0]?.start ?? name.start) : '';
    const adjectives = name.titles.every((t) => INSTITUTION_ADJECTIVES.has(text.slice(t.start, t.end).toLowerCase()));
    if (
      previous &&
      headed &&
      between === ' ' &&
      adjectives &&
      (name.titles.length > 0 || previous.acronym) &&
      !previous.words.some((w) => /^\p{Ll}/u.test(text.slice(w.start)))
    ) {
      out[out.length - 1] = {
        start: previous.start,
        end: name.end,
        words: [...previous.words, ...name.titles, ...name.words],
        titles: previous.titles,
        acronym: false,
      };
      continue;
    }
    out.push(withSurnameTitle(text, withLowerEnding(text, name)));
  }
  return out;
}

/**
 * "Mubashra Sheikh, met…": a word the name finder reads as a title ("Sheikh", "Chaudhry") ends a name when no
 * other name follows it: there it is a surname.
 */
function withSurnameTitle(text: string, name: FoundName): FoundName {
  if (name.acronym) return name;
  const m = /^ (\p{Lu}\p{Ll}+)(?=[^\p{L}\s]|\s+\p{Ll}|\s*$)/u.exec(text.slice(name.end, name.end + 20));
  if (!m || !NAME_HONORIFICS.has(m[1]!.toLowerCase())) return name;
  const end = name.end + m[0].length;
  return { ...name, end, words: [...name.words, { start: end - m[1]!.length, end }] };
}

/** "Ahn Cheol-soo", "Kim Yea-ji": a lower-case part after a hyphen ends a name of two words or more. */
function withLowerEnding(text: string, name: FoundName): FoundName {
  if (name.words.length < 2 || name.acronym) return name;
  const m = /^-(\p{Ll}+)(?![\p{L}-])(?!\s+\p{Lu})/u.exec(text.slice(name.end, name.end + 24));
  if (!m || COMPOUND_ENDINGS.has(m[1]!)) return name;
  const end = name.end + m[0].length;
  return {
    ...name,
    end,
    words: [...name.words.slice(0, -1), { start: name.words[name.words.length - 1]!.start, end }],
  };
}

/** One name of `first` and `second`, which the name finder read as two. */
function joined(first: FoundName, second: FoundName): FoundName {
  return {
    start: first.start,
    end: second.end,
    words: [...first.words, ...second.words],
    titles: first.titles,
    acronym: false,
  };
}
