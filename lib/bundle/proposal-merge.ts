/**
 * From tallies of names to proposals: one proposal per entity (spellings,
 * suffixed names, acronyms and short forms merged), its type from the votes of
 * its occurrences, and the form a curator reads.
 */
import { nameSkeleton, nameWords } from '../match/variants';
import { spellsAcronym } from './acronym-spelling';
import { foldName, type ProposedType, type TypeVotes } from './candidate-types';
import type { NewEntityProposal } from './proposal-file';

export const MAX_EXAMPLES = 3;

/** Acronyms of countries: an acronym is a group unless it is one of these. */
const PLACE_ACRONYMS = new Set(['uk', 'us', 'usa', 'uae', 'ksa', 'drc', 'prc', 'ajk', 'gb', 'kp', 'fata', 'ict']);

export interface Example {
  articleId: string;
  sentence: string;
}

export interface NameTally {
  /** The text the tally was opened with (the expansion, for a tally opened by a defined acronym). */
  display: string;
  forms: Map<string, number>;
  mentions: number;
  articles: number;
  votes: TypeVotes;
  roles: Map<string, number>;
  examples: Example[];
  shortForms: Map<string, number>;
  acronyms: Map<string, number>;
  acronym: boolean;
  /** Occurrences not at a sentence start. */
  inside: number;
  /** Lower-case head words seen right after the name ("Adiala jail"). */
  headsAfter: Set<string>;
  lastArticle: string;
}

/**
 * One proposal per entity: spellings with the same skeleton (or the same words in another order) are one
 * name; an acronym defined for a full name, or spelling its initials, and a lone word that is the first or
 * last word of one full name join that name. A lone word shared by several full names is a short form
 * of one of them, not an entity of its own.
 */
export function mergeTallies(entries: readonly [string, NameTally][]): NameTally[] {
  const groups = new Map<string, NameTally[]>();
  const alone: NameTally[] = [];
  for (const [key, tally] of entries) {
    const words = nameWords(key);
    const skeleton = tally.acronym ? null : nameSkeleton([...words].sort());
    if (!skeleton) alone.push(tally);
    else groups.set(skeleton, [...(groups.get(skeleton) ?? []), tally]);
  }
  let full: NameTally[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => b.mentions - a.mentions);
    const [head, ...rest] = group;
    for (const other of rest) absorb(head!, other, true);
    full.push(head!);
  }
  // "Ziaul Haq" and "Zia-ul-Haq": the same letters; "Pakistan Muslim League" and "Pakistan Muslim League-Nawaz": one group
  const byLetters = new Map<string, NameTally>();
  for (const t of [...full].sort((a, b) => nameOf(b).length - nameOf(a).length)) {
    const letters = foldName(nameOf(t)).replace(/[^\p{L}]/gu, '');
    const owner = byLetters.get(letters);
    if (owner) {
      absorb(owner, t, true);
      full = full.filter((f) => f !== t);
    } else byLetters.set(letters, t);
  }
  const byName = new Map(full.map((t) => [foldName(nameOf(t)), t]));
  for (const t of [...full]) {
    const name = foldName(nameOf(t));
    const suffixed = /^(.+)-\p{L}+$/u.exec(name);
    const shorter = suffixed ? byName.get(suffixed[1]!) : undefined;
    if (shorter && shorter !== t && typeOf(t) !== 'person') {
      absorb(t, shorter, true);
      full = full.filter((f) => f !== shorter);
    }
  }
  const byWord = new Map<string, NameTally[]>();
  const byHeadedWord = new Map<string, NameTally[]>();
  const push = (map: Map<string, NameTally[]>, key: string, t: NameTally) => map.set(key, [...(map.get(key) ?? []), t]);
  for (const t of full) {
    const parts = foldName(nameOf(t)).split(/\s+/u);
    if (typeOf(t) === 'person')
      for (const word of new Set([parts[0]!, parts[parts.length - 1]!])) push(byWord, word, t);
    else if (parts.length === 2) push(byHeadedWord, parts.join(' '), t);
  }
  const out = [...full];
  for (const t of alone) {
    const key = foldName(nameOf(t));
    if (t.acronym) {
      // "JUI-F" spells "Jamiat Ulema-e-Islam" with its faction's letter
      const letters = key.replace(/-\p{L}{1,2}$/u, '').replace(/[^\p{L}]/gu, '');
      // A person's name rarely gives an acronym: only one the articles defined for it.
      let owners = full.filter(
        (f) =>
          f.acronyms.has(nameOf(t)) ||
          (typeOf(f) !== 'person' && [nameOf(f), ...f.forms.keys()].some((form) => spellsAcronym(letters, form))),
      );
      // "DIK": "Dera Ismail Khan" spells it one letter a word, "Diwan-e-Khaas" only with a second letter: the first wins
      if (owners.length > 1)
        owners = owners.filter((f) => [nameOf(f), ...f.forms.keys()].some((form) => initialsOf(form) === letters));
      if (owners.length === 1) absorb(owners[0]!, t, false);
      else out.push(t);
      continue;
    }
    // "Adiala jail" alone elsewhere is "Adiala Jail"
    const headed = [...t.headsAfter].flatMap((h) => byHeadedWord.get(`${key} ${h}`) ?? []);
    if (headed.length === 1) {
      absorb(headed[0]!, t, false);
      continue;
    }
    const owners = byWord.get(key) ?? [];
    if (owners.length === 1) absorb(owners[0]!, t, false);
    else if (owners.length === 0) out.push(t);
  }
  return out;
}

/** The first letters of a name's words and hyphenated parts, particles and connectors left out. */
function initialsOf(name: string): string {
  return foldName(name)
    .split(/[\s-]+/u)
    .filter((w) => w.length > 0 && !['of', 'the', 'for', 'and', 'e', 'i', 'ul', 'al', 'el', 'ud', 'de'].includes(w))
    .map((w) => w[0])
    .join('');
}

function absorb(into: NameTally, other: NameTally, asAlias: boolean): void {
  into.mentions += other.mentions;
  into.articles += other.articles;
  into.inside += other.inside;
  addVotes(into.votes, other.votes);
  for (const [form, n] of other.forms) {
    const target = asAlias ? into.forms : other.acronym ? into.acronyms : into.shortForms;
    target.set(form, (target.get(form) ?? 0) + n);
  }
  for (const [k, n] of other.shortForms) into.shortForms.set(k, (into.shortForms.get(k) ?? 0) + n);
  for (const [k, n] of other.acronyms) into.acronyms.set(k, (into.acronyms.get(k) ?? 0) + n);
  for (const [k, n] of other.roles) into.roles.set(k, (into.roles.get(k) ?? 0) + n);
  for (const e of other.examples) if (into.examples.length < MAX_EXAMPLES) into.examples.push(e);
}

function nameOf(t: NameTally): string {
  const forms = [...t.forms.entries()];
  if (forms.length === 0)
    return t.acronym ? ([...t.acronyms.keys(), ...t.shortForms.keys()][0] ?? t.display) : t.display;
  // The most used spelling, preferring one that is not all capitals (a dateline).
  forms.sort((a, b) => Number(isShouted(a[0])) - Number(isShouted(b[0])) || b[1] - a[1] || b[0].length - a[0].length);
  return forms[0]![0];
}

export const isShouted = (form: string) => form.includes(' ') && form === form.toUpperCase();

/** The type the evidence votes for; without any, an acronym is a group, a lone word a place, a longer name a person. */
function typeOf(t: Pick<NameTally, 'votes' | 'acronym' | 'forms' | 'acronyms' | 'shortForms'>): ProposedType {
  const { person, group, place } = t.votes;
  const best = Math.max(person, group, place);
  if (best > 0) return group === best ? 'group' : place === best ? 'place' : 'person';
  if (t.acronym) return PLACE_ACRONYMS.has(([...t.forms.keys()][0] ?? '').toLowerCase()) ? 'place' : 'group';
  const name = [...t.forms.keys()][0] ?? '';
  return name.includes(' ') || t.shortForms.size > 0 ? 'person' : 'place';
}

/** "RAWALPINDI" from a dateline, "DERA ISMAIL KHAN": written in capitals only, shown the way running text writes it. */
function titleCased(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

export function toProposal(t: NameTally): NewEntityProposal {
  const written = nameOf(t);
  const name = !t.acronym && written.length > 3 && written === written.toUpperCase() ? titleCased(written) : written;
  const folded = foldName(name);
  const others = (map: Map<string, number>) => [...new Set([...map.keys()].filter((f) => foldName(f) !== folded))];
  const role = [...t.roles.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? '';
  return {
    name,
    type: typeOf(t),
    // A short form of two words or more ("Karim Kundi") names the entity on its own: an alias.
    aliases: [
      ...others(t.forms).filter((f) => !isShouted(f)),
      ...others(t.acronyms),
      ...others(t.shortForms).filter((f) => /\s/u.test(f)),
    ],
    shortForms: others(t.shortForms).filter((f) => !/\s/u.test(f)),
    role,
    mentions: t.mentions,
    examples: t.examples,
  };
}

export function addVotes(into: TypeVotes, from: TypeVotes): void {
  into.person += from.person;
  into.group += from.group;
  into.place += from.place;
}
