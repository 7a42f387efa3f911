/**
 * Picks the few evidence sentences a card quotes: readable length, one per
 * article before a second from the same one, newest articles first, and a
 * sentence that names the entity in full over one that uses a short form.
 * Where the articles quote the entity in Urdu too, one of the sentences is
 * Urdu, so that a reader of either language finds one in their own.
 */
import { startsArabicScript } from '../match/urdu-words';

export interface EvidenceCandidate {
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  /** Publication date of the article (ISO), if known. */
  date: string | null;
}

const IDEAL_MIN = 50;
const IDEAL_MAX = 260;
const LINK_LINE = /^(read|read also|read more|learn more|you may like to read)\s*:/iu;

function quality(e: EvidenceCandidate, fullNames: ReadonlySet<string>): number {
  const length = e.sentence.length;
  let score = 0;
  if (length < IDEAL_MIN) score -= (IDEAL_MIN - length) / IDEAL_MIN;
  if (length > IDEAL_MAX) score -= (length - IDEAL_MAX) / IDEAL_MAX;
  if (fullNames.has(e.sentence.slice(e.start, e.end).toLowerCase())) score += 0.5;
  return score;
}

/**
 * @param fullNames - the entity's name and aliases, lower-cased
 * @returns at most `count` sentences, best first
 */
export function topEvidence<E extends EvidenceCandidate>(
  evidence: readonly E[],
  fullNames: ReadonlySet<string>,
  count = 3,
): E[] {
  // Links to other stories ("Read also: …") are quoted only when nothing else mentions the entity.
  const prose = evidence.filter((e) => !LINK_LINE.test(e.sentence));
  const ranked = (prose.length > 0 ? prose : evidence)
    .map((e, order) => ({ e, order, q: quality(e, fullNames) }))
    .sort((a, b) => (b.e.date ?? '').localeCompare(a.e.date ?? '') || b.q - a.q || a.order - b.order);
  const picked: E[] = [];
  // First pass: the best sentence of each article, newest article first; then fill up.
  const bestPerArticle = new Map<string, (typeof ranked)[number]>();
  for (const r of ranked) {
    const seen = bestPerArticle.get(r.e.articleId);
    if (!seen || r.q > seen.q) bestPerArticle.set(r.e.articleId, r);
  }
  for (const r of [...bestPerArticle.values()].sort(
    (a, b) => (b.e.date ?? '').localeCompare(a.e.date ?? '') || b.q - a.q,
  )) {
    if (picked.length >= count) break;
    picked.push(r.e);
  }
  for (const r of [...ranked].sort((a, b) => b.q - a.q)) {
    if (picked.length >= count) break;
    if (!picked.includes(r.e)) picked.push(r.e);
  }
  if (count >= 2 && picked.length > 0 && !picked.some(isUrdu)) {
    const urdu = [...ranked].sort((a, b) => b.q - a.q).find((r) => isUrdu(r.e));
    if (urdu) picked.splice(Math.min(picked.length, count - 1), 1, urdu.e);
  }
  return picked;
}

/** A sentence whose mention is written in Arabic script. */
function isUrdu(e: EvidenceCandidate): boolean {
  return startsArabicScript(e.sentence.slice(e.start, e.end));
}
