/**
 * The curator's report: names in the articles that the registry lacks.
 * Candidates are runs of capitalised words, acronyms and Arabic-script words;
 * a candidate is accounted for when a registry alias covers it, when the
 * registry lists it as no entity, or when it is an ordinary word that merely
 * starts a sentence (it also occurs in lower case in the articles).
 */

export interface UnknownName {
  text: string;
  kind: 'capitalised' | 'acronym' | 'arabic-script';
  count: number;
  example: string;
}

export interface Covered {
  /** Mentions found by the matcher in this paragraph, as `[start, end)` spans. */
  spans: readonly { start: number; end: number }[];
}

const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|the|and|al|ul|e|bin|de)\s+)*\p{Lu}[\p{L}’'-]*)*/gu;
const ACRONYM = /\b\p{Lu}{2,}s?\b/gu;
const ARABIC_RUN = /\p{Script=Arabic}+(?:[\s\u200c]+\p{Script=Arabic}+)*/gu;
const ARABIC_WORD = /\p{Script=Arabic}+/gu;

interface Candidate extends UnknownName {
  /** For a capitalised run: its words that no mention covers (the vocabulary decides at the end). */
  words: string[];
}

/**
 * Reports candidate names not covered by a mention, by `notEntities`, or by the lower-case vocabulary,
 * paragraph by paragraph: only the candidates and the lower-case vocabulary are kept, and the vocabulary
 * is applied once every paragraph has been read. `knownForms` are every alias and short form of the
 * registry: a short form left unlinked by the page rules ("Imran" before any full mention) is known, not missing.
 */
export class UnknownNameCollector {
  private readonly ignored: Set<string>;
  private readonly lowerVocabulary = new Set<string>();
  private readonly found = new Map<string, Candidate>();

  constructor(notEntities: readonly string[], knownForms: readonly string[] = []) {
    this.ignored = new Set([...notEntities, ...knownForms].map(fold));
  }

  add(text: string, covered: Covered): void {
    for (const word of text.match(/\b\p{Ll}[\p{L}’'-]*/gu) ?? []) this.lowerVocabulary.add(fold(word));
    const ignored = this.ignored;
    const isCovered = (start: number, end: number) => covered.spans.some((s) => s.start < end && start < s.end);
    for (const m of text.matchAll(CAPITALISED_RUN)) {
      const run = m[0].replace(/[’'-]+$/u, '').replace(/[’']s$/u, '');
      if (ignored.has(fold(run))) continue;
      const uncovered = [...run.matchAll(/\S+/gu)]
        .filter((w) => !isCovered(m.index + w.index, m.index + w.index + w[0].length))
        .map((w) => w[0].replace(/[’']s$/u, ''));
      const words = uncovered.filter((w) => !ignored.has(fold(w)) && !/^\p{Lu}{2,}s?$/u.test(w));
      if (words.length > 0) this.note(uncovered.join(' '), 'capitalised', context(text, m.index), words);
    }
    for (const m of text.matchAll(ACRONYM)) {
      if (isCovered(m.index, m.index + m[0].length) || ignored.has(fold(m[0]))) continue;
      this.note(m[0], 'acronym', context(text, m.index), []);
    }
    for (const m of text.matchAll(ARABIC_RUN)) {
      for (const w of m[0].matchAll(ARABIC_WORD)) {
        const start = m.index + w.index;
        if (isCovered(start, start + w[0].length) || ignored.has(fold(w[0]))) continue;
        this.note(w[0], 'arabic-script', context(text, start), []);
      }
    }
  }

  private note(text: string, kind: UnknownName['kind'], example: string, words: string[]): void {
    const key = `${kind}:${fold(text)}`;
    const seen = this.found.get(key);
    if (seen) {
      seen.count++;
      for (const w of words) if (!seen.words.includes(w)) seen.words.push(w);
    } else this.found.set(key, { text, kind, count: 1, example, words });
  }

  finish(): UnknownName[] {
    return [...this.found.values()]
      .filter((c) => c.kind !== 'capitalised' || c.words.some((w) => !this.lowerVocabulary.has(fold(w))))
      .map(({ text, kind, count, example }) => ({ text, kind, count, example }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  }
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’']/gu, "'");
}

function context(text: string, at: number): string {
  return text.slice(Math.max(0, at - 30), at + 50).replace(/\s+/gu, ' ');
}
