/**
 * The names of one article that the registry lacks: each read on its own in
 * its sentence (name-occurrence.ts), the names of one list given one kind, and
 * the full name that a short form or a defined acronym stands for in this
 * article (name-expansions.ts). Built on the name finder of the linking code
 * (`lib/match/name-finder.ts`).
 */
import { findNames } from '../match/name-finder';
import { splitSentences } from './sentences';
import {
  foldName,
  type ArticleBlocks,
  type CandidateContext,
  type KnownSpan,
  type NameOccurrence,
  type ProposedType,
  type TypeVotes,
} from './candidate-types';
import { isTitleCase, nameVotes } from './name-cues';
import { resolveAcronyms, resolveShortForms } from './name-expansions';
import { readOccurrence } from './name-occurrence';
import { joinSplitNames } from './joined-names';
import { isHead, splitAfterHead, trimToUnknown } from './name-spans';

export { foldName, isHead, nameVotes };
export type { ArticleBlocks, CandidateContext, KnownSpan, NameOccurrence };

/** The names of an article that the registry lacks, in text order. */
export function findCandidates(article: ArticleBlocks, context: CandidateContext): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  const knownWords = new Set<string>();
  article.known.forEach((spans) =>
    spans.forEach((s) => context.knownWordsOf(s.entity).forEach((w) => knownWords.add(w))),
  );
  article.blocks.forEach((text, block) => {
    // A heading between paragraphs is short and ends without a full stop
    if ((block === 0 || (text.length < 160 && !/[.!?:"”’]\s*$/u.test(text))) && isTitleCase(text)) return;
    const known = article.known[block] ?? [];
    const sentences = splitSentences(text);
    const sentenceAt = (offset: number) => {
      const span = sentences.find((s) => s.start <= offset && offset < s.end);
      return span ? text.slice(span.start, span.end) : text;
    };
    const here: NameOccurrence[] = [];
    for (const found of splitAfterHead(text, joinSplitNames(text, findNames(text)))) {
      for (const name of trimToUnknown(text, found, known)) {
        const occurrence = readOccurrence(text, name, context, knownWords, sentenceAt(name.start));
        if (occurrence) here.push({ ...occurrence, block });
      }
    }
    shareListVotes(text, here, known, context);
    out.push(...here);
  });
  resolveShortForms(out);
  resolveAcronyms(article, out);
  return out;
}

const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/u;

/**
 * Names in one list ("Mastung, Zhob, Bolan and Turbat areas", "Quetta, Zhob and Bolan") are of one kind:
 * each gets a vote for the kind the list's cues and known members show.
 */
function shareListVotes(
  text: string,
  here: NameOccurrence[],
  known: readonly KnownSpan[],
  context: CandidateContext,
): void {
  const members: { start: number; end: number; occurrence: NameOccurrence | null; type: ProposedType | null }[] = [
    ...here.map((o) => ({ start: o.start, end: o.end, occurrence: o, type: null })),
    ...known.map((k) => ({ start: k.start, end: k.end, occurrence: null, type: context.typeOfEntity(k.entity) })),
  ].sort((a, b) => a.start - b.start);
  let run: typeof members = [];
  const flush = () => {
    if (run.length > 1) {
      const votes: TypeVotes = { person: 0, group: 0, place: 0 };
      for (const m of run) {
        if (m.type) votes[m.type] += 2;
        if (m.occurrence)
          for (const t of ['person', 'group', 'place'] as const) votes[t] += Math.min(m.occurrence.votes[t], 2);
      }
      const best = votes.place >= votes.person ? 'place' : 'person';
      if (votes[best] > 0) for (const m of run) if (m.occurrence) m.occurrence.votes[best] += 1;
    }
    run = [];
  };
  for (const m of members) {
    const last = run[run.length - 1];
    if (last && !LIST_GAP.test(text.slice(last.end, m.start))) flush();
    run.push(m);
  }
  flush();
}
