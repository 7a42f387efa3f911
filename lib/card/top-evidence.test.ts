import { describe, expect, it } from 'vitest';
import { topEvidence, type EvidenceCandidate } from './top-evidence';

const ev = (articleId: string, date: string, sentence: string, mention = 'Imran Khan'): EvidenceCandidate => {
  const start = sentence.indexOf(mention);
  return { articleId, date, sentence, start, end: start + mention.length };
};
const names = new Set(['imran khan']);

describe('topEvidence', () => {
  it('quotes one sentence per article, newest first, before a second from the same article', () => {
    const picked = topEvidence(
      [
        ev('a1', '2025-01-01', 'Imran Khan spoke at length to the assembled crowd of supporters in Peshawar.'),
        ev(
          'a2',
          '2026-02-01',
          'The alliance demanded that Imran Khan be moved to a hospital for specialist treatment.',
        ),
        ev('a2', '2026-02-01', 'Opposition leaders said Imran Khan must be given access to his personal doctors.'),
        ev('a3', '2025-06-01', 'A resolution called Imran Khan a national hero and demanded his prompt release.'),
      ],
      names,
    );
    expect(picked.map((p) => p.articleId)).toEqual(['a2', 'a3', 'a1']);
  });

  it('prefers a full name over a short form and a sentence over a link line', () => {
    const picked = topEvidence(
      [
        ev('a1', '2026-01-01', 'Khan said the talks would go on and that his party supported dialogue.', 'Khan'),
        ev('a1', '2026-01-01', 'Imran Khan said the talks would go on and that his party supported dialogue.'),
        ev('a2', '2026-02-01', 'Read also: Imran Khan admitted to hospital'),
        ev('a3', '2025-02-01', 'A resolution called Imran Khan a national hero and demanded his prompt release.'),
      ],
      names,
      2,
    );
    expect(picked.map((p) => p.sentence.slice(0, 10))).toEqual(['Imran Khan', 'A resoluti']);
  });

  it('quotes an Urdu sentence too where the articles have one, in the last place', () => {
    const urdu = ev('u1', '2024-01-01', 'سابق وزیراعظم عمران خان کی صحت پر تشویش کا اظہار کیا گیا۔', 'عمران خان');
    const english = [
      ev('a1', '2026-01-01', 'Imran Khan spoke at length to the assembled crowd of supporters in Peshawar.'),
      ev('a2', '2026-02-01', 'The alliance demanded that Imran Khan be moved to a hospital for specialist treatment.'),
      ev('a3', '2025-06-01', 'A resolution called Imran Khan a national hero and demanded his prompt release.'),
    ];
    expect(topEvidence([...english, urdu], names).map((p) => p.articleId)).toEqual(['a2', 'a1', 'u1']);
    expect(topEvidence([english[0]!, urdu], names).map((p) => p.articleId)).toEqual(['a1', 'u1']);
    // Not when only one sentence is quoted, nor when there is no Urdu sentence.
    expect(topEvidence([...english, urdu], names, 1).map((p) => p.articleId)).toEqual(['a2']);
    expect(topEvidence(english, names).map((p) => p.articleId)).toEqual(['a2', 'a1', 'a3']);
  });

  it('returns what there is when there are fewer sentences than asked', () => {
    expect(topEvidence([ev('a1', '2026-01-01', 'Imran Khan.')], names)).toHaveLength(1);
    expect(topEvidence([], names)).toEqual([]);
  });
});
