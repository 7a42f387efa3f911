/** Whether an acronym spells a name, more loosely than the linker's reading of a definition. */

const foldName = (text: string) => text.normalize('NFKC').toLowerCase();

const SKIPPED = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'e', 'i', 'ul', 'al', 'el', 'ud', 'de']);

/**
 * True when `letters` (lower case) are the initials of `name`'s words and hyphenated parts, each word
 * giving its first letter and at most one more of its letters ("PkMAP": Pakhtunkhwa Milli Awami Party;
 * "PONAM": Pakistan Oppressed Nations Movement), particles and connectors skipped.
 */
export function spellsAcronym(letters: string, name: string): boolean {
  const words = foldName(name)
    .split(/[\s-]+/u)
    .filter((w) => w.length > 0 && !SKIPPED.has(w));
  if (words.length < 2 || letters.length < 2) return false;
  const match = (w: number, at: number): boolean => {
    if (w === words.length) return at === letters.length;
    const word = words[w]!;
    if (letters[at] !== word[0]) return false;
    if (match(w + 1, at + 1)) return true;
    const second = letters[at + 1];
    if (second === undefined) return false;
    const found = word.indexOf(second, 1);
    return found > 0 && match(w + 1, at + 2);
  };
  return match(0, 0);
}
