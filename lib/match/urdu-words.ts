/** Urdu news text's own cues to a name's edges: titles before names, the words that end them, the letter names of acronyms. */
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
