/**
 * What a name's own words and neighbours say: the type its head or opening
 * word votes for, a role from an appositive or a title, and whether a line is a
 * heading in Title Case that names nothing.
 */
import { previousWord, startsSentence, type WordSpan } from '../match/words';
import type { TypeVotes } from './candidate-types';
import { foldName } from './candidate-types';
import type { NameSpan } from './name-spans';
import { GROUP_HEADS, GROUP_OPENERS, HONORIFICS, NAME_HONORIFICS, PLACE_HEADS, ROLE_NOUNS } from './proposal-words';

export const PERSON_TITLE_BEFORE = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

/** What a full name's own words say of its type: a group's or a place's head word, a group's opening word. */
export function nameVotes(name: string): TypeVotes {
  const words = foldName(name).split(/[\s-]+/u);
  const last = words[words.length - 1]!;
  const votes: TypeVotes = { person: 0, group: 0, place: 0 };
  if (GROUP_HEADS.has(last) || GROUP_OPENERS.has(words[0]!)) votes.group += 3;
  else if (words.slice(0, -1).some((w) => GROUP_HEADS.has(w))) votes.group += 2;
  if (PLACE_HEADS.has(last)) votes.place += 3;
  return votes;
}
/** ", a spokesman for the Baloch Yakjehti Committee," after a name: its role in the article's words. */
export function appositive(text: string, end: number): string | null {
  const m = /^,\s+((?:the|a|an)\s+)?([^,.;:()“”"]{3,90}?)(?=,|\.(?:\s|$)|;|$)/u.exec(text.slice(end, end + 120));
  if (!m) return null;
  const phrase = m[2]!.trim();
  const first = phrase.split(/\s+/u)[0]!;
  if (!/^\p{Ll}/u.test(first) && !m[1]) return null;
  if (
    /^(?:who|which|that|said|says|and|but|while|as|in|on|at|he|she|they|it|according|along|with|including|besides|alongside|where|when|after|before)$/u.test(
      first,
    )
  )
    return null;
  const words = phrase.toLowerCase().split(/\s+/u);
  // The role noun comes early ("a senior spokesman for…", "one of the three sisters of…"), and the phrase is short.
  const at = words.findIndex((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/u, '')));
  if (at < 0 || at > 3 || words.length > 14) return null;
  return phrase;
}

/** "KP Chief Minister" before "Sohail Afridi": the title as written, with the place before it. */
export function titleRole(text: string, name: NameSpan): string | null {
  const personal = name.titles.filter((t) => !/^(?:mr|mrs|ms|dr|syed|sir)\.?$/iu.test(text.slice(t.start, t.end)));
  if (personal.length === 0) return null;
  let start = personal[0]!.start;
  const before = previousWord(text, start, 0);
  if (
    before &&
    /^\p{Lu}/u.test(text.slice(before.word.start)) &&
    !startsSentence(text, before.word.start, 0) &&
    text.slice(before.word.end, start).trim() === ''
  )
    start = before.word.start;
  let titles = name.titles;
  // "Interior Minister Sheikh Rashid Ahmed": the honorific belongs to the person, not to the role
  const honorific = (t: WordSpan) => {
    const lower = text.slice(t.start, t.end).toLowerCase();
    return HONORIFICS.has(lower) || NAME_HONORIFICS.has(lower);
  };
  while (titles.length > 1 && honorific(titles[titles.length - 1]!)) titles = titles.slice(0, -1);
  const role = text.slice(start, titles[titles.length - 1]!.end).trim();
  return role.length > 2 ? role : null;
}

const SMALL_WORDS = new Set([
  'with',
  'from',
  'into',
  'over',
  'after',
  'amid',
  'than',
  'that',
  'this',
  'says',
  'upon',
  'onto',
  'near',
]);

/**
 * Headlines and headings in Title Case capitalise every word: no name can be read from them. A line of
 * names alone (a byline: "Haroon Janjua Islamabad", "By Asif Shahzad and Ariba Shahid") has no small word between them or opens with "By"; a heading has one
 * ("Addressing Afghan Migration and Security Cooperation", "You May Like To Read").
 */
export function isTitleCase(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  if (long.length < 3 || /^By\s/u.test(text)) return false;
  // A sentence crowded with names still has lower-case verbs and nouns ("…Shahbaz Sharif attends the 22nd…")
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w)).length;
  if (capitalised / long.length < 0.9) return false;
  return /(?:^|\s)(?:and|to|of|in|on|at|for|amid|with|from|over|after|as|by|To|Of|In|On|At|For|Amid|With|From|Over|After|As|By|The|A|An|Our|Your|Us|All)\s/u.test(
    text,
  );
}
