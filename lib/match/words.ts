/**
 * Word-level reading of raw page text for the linking rules: where a word
 * starts and ends, whether it is capitalised, and the small closed word lists
 * (titles, connectors, head nouns) that tell a name's edges. Everything works
 * on offsets into the text, with no copy of it.
 */
import { CharKind, charKind } from './char-class';

const UNKNOWN = 0;
const UPPER = 1;
const LOWER = 2;
const UNCASED = 3;

/** Per code unit: its `CharKind`, and its case (0 until first asked). */
const kinds = new Uint8Array(65536);
const cases = new Uint8Array(65536);

export function kindOf(code: number): number {
  let kind = kinds[code]!;
  if (kind === 0) {
    kind = charKind(code);
    kinds[code] = kind;
  }
  return kind;
}

function caseOf(code: number): number {
  let c = cases[code]!;
  if (c === UNKNOWN) {
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    c = lower === upper ? UNCASED : char === upper ? UPPER : LOWER;
    cases[code] = c;
  }
  return c;
}

export const isUpperCode = (code: number): boolean => caseOf(code) === UPPER;
export const isLowerCode = (code: number): boolean => caseOf(code) === LOWER;
export const isLetterCode = (code: number): boolean => kindOf(code) === CharKind.Letter;

/** A word of the text: `[start, end)`. */
export interface WordSpan {
  start: number;
  end: number;
}

/**
 * The end of the word that starts at `start` (a letter): letters, digits, marks and joiners, and a full
 * stop between two letters ("U.S").
 */
export function wordEnd(text: string, start: number, limit: number): number {
  let i = start;
  while (i < limit) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === CharKind.Letter || kind === CharKind.Ignore) i++;
    else if (kind === CharKind.Dot && i + 1 < limit && kindOf(text.charCodeAt(i + 1)) === CharKind.Letter) i++;
    else break;
  }
  return i;
}

/** The start of the word that ends at `end` (exclusive; the character before it is a letter). */
export function wordStart(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor) {
    const kind = kindOf(text.charCodeAt(i - 1));
    if (kind === CharKind.Letter || kind === CharKind.Ignore) i--;
    else if (
      kind === CharKind.Dot &&
      i - 2 >= floor &&
      kindOf(text.charCodeAt(i - 2)) === CharKind.Letter &&
      kindOf(text.charCodeAt(i)) === CharKind.Letter
    )
      i--;
    else break;
  }
  return i;
}

/** What lies between two neighbouring words. */
export const Gap = {
  /** Spaces or tabs only, on one line. */
  Space: 1,
  /** A hyphen (with or without spaces). */
  Hyphen: 2,
  /** Anything else: punctuation, a line break, a possessive, nothing at all. */
  Other: 3,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x02bc]);

function gapKind(text: string, from: number, to: number): Gap {
  if (to <= from) return Gap.Other;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0xa0 || code === 0x09) continue;
    if (HYPHENS.has(code)) hyphens++;
    else return Gap.Other;
  }
  return hyphens === 0 ? Gap.Space : hyphens === 1 ? Gap.Hyphen : Gap.Other;
}

const MAX_GAP = 4;

/** The word right after `end` (across at most a short gap), with the gap's kind; null at `limit` or a longer gap. */
export function nextWord(text: string, end: number, limit: number): { word: WordSpan; gap: Gap } | null {
  let i = end;
  while (i < limit && i - end <= MAX_GAP && kindOf(text.charCodeAt(i)) !== CharKind.Letter) i++;
  if (i >= limit || i - end > MAX_GAP) return null;
  return { word: { start: i, end: wordEnd(text, i, limit) }, gap: gapKind(text, end, i) };
}

/** The word right before `start` (across at most a short gap), with the gap's kind; null at `floor` or a longer gap. */
export function previousWord(text: string, start: number, floor: number): { word: WordSpan; gap: Gap } | null {
  let i = start;
  while (i > floor && start - i <= MAX_GAP && kindOf(text.charCodeAt(i - 1)) !== CharKind.Letter) i--;
  if (i <= floor || start - i > MAX_GAP) return null;
  return { word: { start: wordStart(text, i, floor), end: i }, gap: gapKind(text, i, start) };
}

type IsCut = (start: number, end: number) => boolean;

/**
 * True when a block boundary parts `word` from what starts at `start` after it: a boundary in the word (which
 * then reads as one word across two blocks), in the gap, or right at `start` (a boundary sits before the
 * character at its offset).
 * @param isCut - true when a block boundary lies strictly between two offsets
 */
export function isCutBefore(isCut: IsCut, word: WordSpan, start: number): boolean {
  return isCut(word.start, start + 1);
}

/** True when a block boundary parts what ends at `end` from `word` after it: right at `end`, in the gap, or in the word. */
export function isCutAfter(isCut: IsCut, end: number, word: WordSpan): boolean {
  return isCut(end - 1, word.end);
}

/** True when the word is followed by a possessive ("Khan’s", "Khan's", "Abbas'"). */
export function hasPossessive(text: string, end: number, limit: number): boolean {
  return end < limit && APOSTROPHES.has(text.charCodeAt(end));
}

/** Capitalised: starts with an upper-case letter. */
export function isCapitalised(text: string, word: WordSpan): boolean {
  return isUpperCode(text.charCodeAt(word.start));
}

/** Every cased letter upper-case, at least one of them, and at least two letters: "PTI", "ISLAMABAD" (never an uncased script). */
export function isAllCaps(text: string, word: WordSpan): boolean {
  if (word.end - word.start < 2) return false;
  let upper = false;
  for (let i = word.start; i < word.end; i++) {
    const code = text.charCodeAt(i);
    if (isLowerCode(code)) return false;
    upper ||= isUpperCode(code);
  }
  return upper;
}

export function lowerWord(text: string, word: WordSpan): string {
  return text.slice(word.start, word.end).toLowerCase();
}

/**
 * True when `start` begins a sentence: nothing but spaces and opening quotes since a sentence end,
 * a line break, a colon or `floor`.
 */
export function startsSentence(text: string, start: number, floor: number): boolean {
  for (let i = start - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (
      code === 0x20 ||
      code === 0xa0 ||
      code === 0x09 ||
      code === 0x22 ||
      code === 0x201c ||
      code === 0x2018 ||
      code === 0x28
    )
      continue;
    return (
      code === 0x2e ||
      code === 0x21 ||
      code === 0x3f ||
      code === 0x0a ||
      code === 0x0d ||
      code === 0x3a ||
      code === 0x2014 ||
      code === 0x2013 ||
      code === 0x2d ||
      code === 0x7c ||
      code === 0x2026
    );
  }
  return true;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter(Boolean));

/**
 * Titles, ranks and the words of office that stand before a name or after a
 * place without being part of either: "Prime Minister Shehbaz Sharif",
 * "Pakistan Foreign Minister", "PTI Chairman Gohar".
 */
export const TITLE_WORDS = words(`
  mr mrs ms miss dr prof professor sir dame lord lady hon honourable excellency
  president vice premier prime minister ministers deputy chief justice judge secretary undersecretary governor
  ambassador envoy consul spokesperson spokesman spokeswoman commissioner inspector superintendent officer
  general gen lt lieutenant maj major col colonel brig brigadier marshal field captain capt commander admiral air
  senator senators leader leaders chairman chairperson chairwoman chair speaker mayor adviser advisor aide
  special assistant senior junior former ex acting caretaker interim federal provincial state
  foreign interior defence defense finance information law home religious railways planning commerce
  water power energy health education human rights petroleum climate national security
  army opposition founder patron co-founder head coach skipper coo ceo cfo director attorney barrister advocate
  king queen prince princess crown emir sheikh pope cardinal bishop imam cleric chancellor heads
  pm cm fm coas cjp mna mpa mp mps mnas mpas
`);

/**
 * Words that only end the names of organisations: a known name right before one
 * is part of a longer name ("Pakistan Air Force", "Balochistan Liberation Front"),
 * even in a headline in Title Case.
 */
export const ORGANISATION_HEADS = words(`
  party parties league council councils force forces corps commission ministry department directorate division
  authority board bureau agency assembly assemblies senate parliament university institute committee alliance front
  movement organisation organization association federation union society trust foundation company corporation
  airlines airways secretariat regiment brigade battalion tehreek tehrik jamaat jamiat
`);

/**
 * Common nouns that also end names ("Balochistan University", "Islamabad High Court"): in running
 * text they make a longer name, since a common noun would be written in lower case; in a headline in
 * Title Case every word is capitalised, so there they do not ("Altaf Hussain Admitted to London Hospital").
 */
export const COMMON_HEADS = words(`
  army court courts bank college school hospital jail prison police group express airport stadium club network news
  times post tribune today television tv radio channel station road highway motorway bridge dam district tehsil
  province city valley square chowk market mosque masjid academy cabinet embassy consulate mission exchange fund
  programme program project summit conference forum cup series trophy republic state order prize award medal
`);

/**
 * Words after a name that speak of something of the named entity, not of a longer name: "the United
 * Nations Charter", "the Bhutto Case", "the Doha Agreement".
 */
export const BELONGING_WORDS = words(`
  charter constitution case cases reference verdict judgment judgement ruling agreement accord deal treaty declaration
  resolution report statement budget policy visit talks process issue crisis conflict war debate question dispute
`);

/** Small words that hold the parts of a longer name together ("Election Commission of Pakistan", "Tehreek-e-Insaf"). */
export const CONNECTOR_WORDS = words('of the de da del di du la le al el bin ibn bint ul ud e i van von der');

/** Izafat and Arabic particles: between hyphens they join two words into one name. */
export const JOINING_PARTICLES = words('e i ul ud al el');

/**
 * Capitalised words that open sentences without naming anything: a name right
 * after one is not part of a longer name ("Yesterday Imran Khan said").
 */
export const SENTENCE_WORDS = words(`
  a an the this that these those it its he she they we i you his her their our my your there here
  in on at by for from to of with without within into onto upon over under after before during since until till
  amid amidst among despite unlike like following regarding about against between through throughout
  and but or nor so yet if when while whereas as though although because unless once whether
  yesterday today tonight tomorrow meanwhile however earlier later also both either neither then now still even only
  speaking addressing talking according asked meeting separately besides moreover furthermore additionally
  last next first second third several many some all no not every each most more other another such what who whom
  whose why how where which
  sources officials police reports report residents witnesses critics analysts supporters protesters
  mr mrs ms dr
  one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands scores
`);

/** Titles and honorifics that Urdu news writes before a name. */
export const URDU_TITLES = new Set([
  'صدر',
  'وزیراعظم',
  'وزیر',
  'اعظم',
  'اعلیٰ',
  'وزیراعلیٰ',
  'چیئرمین',
  'سینیٹر',
  'جسٹس',
  'ڈاکٹر',
  'جنرل',
  'بیرسٹر',
  'مولانا',
  'علامہ',
  'جناب',
  'محترمہ',
  'سربراہ',
  'رہنما',
  'ترجمان',
  'اسپیکر',
  'سپیکر',
  'گورنر',
  'فیلڈ',
  'مارشل',
  'بانی',
  'قائد',
]);

/** Words that complete a title after it: "اسپیکر قومی اسمبلی", "ترجمان دفتر خارجہ", "وزیر برائے دفاع". */
export const URDU_TITLE_PARTS = new Set([
  'قومی',
  'اسمبلی',
  'سینیٹ',
  'دفتر',
  'خارجہ',
  'داخلہ',
  'دفاع',
  'اطلاعات',
  'خزانہ',
  'قانون',
  'برائے',
  'اعلیٰ',
  'اعظم',
]);

/** Words that end an Urdu name: postpositions, conjunctions and the verbs that follow a subject. */
export const URDU_STOPS = new Set([
  'کے',
  'کی',
  'کا',
  'نے',
  'کو',
  'سے',
  'میں',
  'پر',
  'اور',
  'یا',
  'بھی',
  'ہے',
  'ہیں',
  'تھا',
  'تھے',
  'تھی',
  'نہ',
  'کہ',
  'جو',
  'جس',
  'تک',
  'صاحب',
  'صاحبہ',
  'نیز',
  'کہا',
  'ہوں',
  'گئے',
  'گیا',
]);

/** The names of the Latin letters as Urdu writes them: "پی ٹی آئی" is PTI, "اے ایف پی" AFP. */
export const URDU_LETTER_NAMES = new Set([
  'اے',
  'بی',
  'سی',
  'ڈی',
  'ای',
  'ایف',
  'جی',
  'ایچ',
  'آئی',
  'جے',
  'کے',
  'ایل',
  'ایم',
  'این',
  'او',
  'پی',
  'کیو',
  'آر',
  'ایس',
  'ٹی',
  'یو',
  'وی',
  'ڈبلیو',
  'ایکس',
  'وائی',
  'زیڈ',
]);

/** True for an Urdu acronym: two or more letter names ("پی ٹی آئی"). */
export function isUrduAcronym(words: readonly string[]): boolean {
  return words.length >= 2 && words.every((word) => URDU_LETTER_NAMES.has(word));
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** True when the text starts with an Arabic-script character (Urdu). */
export function startsArabicScript(text: string): boolean {
  return text.length > 0 && ARABIC_SCRIPT.test(text.charAt(0));
}
