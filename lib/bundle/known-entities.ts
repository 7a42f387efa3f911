/**
 * The registry's entities as the proposal code looks them up: by every form of
 * their names, by spelling keys (skeleton, looser key, one letter blanked), by
 * acronym and by consonants across scripts. Tells when a name an article writes
 * is another way of naming a known entity, and why.
 */
import { crossScriptKey } from '../match/cross-script';
import { nameSkeleton, nameWords } from '../match/variants';
import { foldName, type NameOccurrence, type ProposedType } from './candidate-types';
import type { Registry } from './registry';
import { blankedKeys, isOneEditApart, looseKey } from './spelling-keys';

const FORMAL_STATE =
  /^(?:(?:Islamic|People['’]s|Federal|Democratic|United|Arab|Socialist)\s+)*(?:Republic|Kingdom|Sultanate|State|Emirates?|Federation|Commonwealth)\s+of\s+(?:the\s+)?(.+)$/u;

interface KnownEntity {
  id: string;
  type: ProposedType;
  forms: Set<string>;
  words: string[];
}

/** A name that is another way of naming a known entity, with how sure that is and why. */
export interface KnownAlias {
  entity: number;
  confidence: number;
  reason: string;
}

/** The registry's entities, by index, with the keys that find them. */
export class KnownEntities {
  /** Folded names that the registry lists as no entity, and every known name, alias and short form. */
  readonly ignored = new Set<string>();
  private readonly known: KnownEntity[];
  private readonly byForm = new Map<string, number>();
  private readonly bySkeleton = new Map<string, number>();
  private readonly byLooseKey = new Map<string, number>();
  private readonly byBlanked = new Map<string, { entity: number; word: string }[]>();
  /** Known one-word names of places, folded, for clipped forms ("Pak" for "Pakistan"). */
  private readonly placeWords: [string, number][] = [];
  /** Known acronyms without a hyphenated suffix ("PML-N" -> "pml"), to their entity. */
  private readonly byAcronymBase = new Map<string, number>();
  /** The consonant key of every Latin name of two words or more, to its entity ("Imran Khan" -> "mrnkn"). */
  private readonly byCrossScriptKey = new Map<string, number>();

  constructor(registry: Registry) {
    this.known = registry.entities.map((e) => {
      const forms = new Set([e.name, ...e.aliases, ...(e.nativeName ? [e.nativeName] : [])].map(foldName));
      const words = new Set<string>();
      for (const f of [...forms, ...e.shortForms.map(foldName)])
        for (const w of f.split(/[\s-]+/u)) if (w.length > 2) words.add(w);
      return { id: e.id, type: e.type, forms, words: [...words] };
    });
    for (const n of registry.notEntities) this.ignored.add(foldName(n));
    this.known.forEach((k, index) => {
      for (const f of k.forms) {
        this.ignored.add(f);
        this.claim(this.byForm, f, index);
      }
    });
    registry.entities.forEach((e, index) => {
      for (const s of e.shortForms) this.ignored.add(foldName(s));
      for (const alias of [e.name, ...e.aliases]) {
        const words = nameWords(alias);
        const skeleton = nameSkeleton(words);
        if (skeleton) this.claim(this.bySkeleton, skeleton, index);
        if (e.type === 'person' && words.length >= 3)
          this.claim(this.bySkeleton, nameSkeleton([words[0]!, words[words.length - 1]!])!, index);
        const loose = looseKey(alias);
        if (loose) this.claim(this.byLooseKey, loose, index);
        for (const { key, word } of blankedKeys(alias))
          if (word.length >= 4) this.byBlanked.set(key, [...(this.byBlanked.get(key) ?? []), { entity: index, word }]);
        if (/^\p{Lu}{2,}(?:-\p{Lu}{1,2})?$/u.test(alias))
          this.claim(this.byAcronymBase, alias.replace(/-\p{Lu}{1,2}$/u, '').toLowerCase(), index);
        if (e.type === 'place' && /^\p{Lu}\p{Ll}{5,}$/u.test(alias)) this.placeWords.push([foldName(alias), index]);
        if (/^[\p{Script=Latin}\s.'’-]+$/u.test(alias) && alias.trim().includes(' '))
          this.claim(this.byCrossScriptKey, crossScriptKey(alias), index);
      }
    });
  }

  /** A key shared by two entities names neither. */
  private claim(map: Map<string, number>, key: string, entity: number): void {
    const owner = map.get(key);
    map.set(key, owner === undefined || owner === entity ? entity : -1);
  }

  idOf(entity: number): string {
    return this.known[entity]!.id;
  }

  typeOf(entity: number): ProposedType {
    return this.known[entity]!.type;
  }

  /** Folded words of the entity's names (longer than two letters); none for an unknown index. */
  wordsOf(entity: number): readonly string[] {
    return this.known[entity]?.words ?? [];
  }

  /** True when `text` is already one of the entity's names. */
  hasForm(entity: number, text: string): boolean {
    return this.known[entity]!.forms.has(foldName(text));
  }

  /** The one entity that `text` names in full, or -1. */
  entityOfForm(text: string): number {
    return this.byForm.get(foldName(text)) ?? -1;
  }

  isKnownForm(text: string): boolean {
    return this.entityOfForm(text) >= 0;
  }

  /** The one entity with a Latin name of the same consonants as `written` (in any script), or -1. */
  entityOfConsonants(written: string): number {
    return this.byCrossScriptKey.get(crossScriptKey(written)) ?? -1;
  }

  /** The known entity that an occurrence names another way, or null. */
  aliasOf(o: NameOccurrence): KnownAlias | null {
    if (o.acronym && o.fullName) {
      const entity = this.byForm.get(foldName(o.fullName)) ?? -1;
      if (entity >= 0) return { entity, confidence: 0.9, reason: `acronym defined as "${o.fullName}"` };
    }
    if (o.acronym) {
      // "JUI" for a known "JUI-F", "PML-N" for a known "PML": a longer or shorter form of a known acronym
      const base = this.byAcronymBase.get(o.text.replace(/-\p{Lu}{1,2}$/u, '').toLowerCase()) ?? -1;
      return base >= 0
        ? { entity: base, confidence: 0.6, reason: 'a longer or shorter form of a known acronym' }
        : null;
    }
    // "Islamic Republic of Iran", "Kingdom of Saudi Arabia": a country's formal name
    const formal = FORMAL_STATE.exec(o.text);
    const country = formal ? (this.byForm.get(foldName(formal[1]!)) ?? -1) : -1;
    if (country >= 0 && this.known[country]!.type === 'place')
      return { entity: country, confidence: 0.8, reason: "the country's formal name" };
    // "Pak's Khyber Pakhtunkhwa": a known place's name clipped to its first letters
    if (/^\p{Lu}\p{Ll}{2,3}$/u.test(o.text)) {
      const clipped = foldName(o.text);
      const owners = new Set(
        this.placeWords.filter(([w]) => w.startsWith(clipped) && w.length >= clipped.length + 3).map(([, e]) => e),
      );
      if (owners.size === 1)
        return { entity: [...owners][0]!, confidence: 0.4, reason: "a known place's name clipped" };
    }
    const words = nameWords(o.text);
    const skeleton = nameSkeleton(words);
    const bySkeleton = skeleton ? (this.bySkeleton.get(skeleton) ?? -1) : -1;
    if (bySkeleton >= 0) return { entity: bySkeleton, confidence: 0.8, reason: 'another spelling of a known name' };
    // "Ayesha A. Malik", "Jamal Khan Mandokhail" for a known "Ayesha Malik", "Jamal Mandokhail": a middle name or an initial added
    if (words.length >= 3) {
      const plain = words.filter((w) => w.replace(/\./gu, '').length > 1);
      const keys = [nameSkeleton(plain), nameSkeleton([words[0]!, words[words.length - 1]!])];
      const owners = new Set(
        keys
          .map((k) => (k ? (this.bySkeleton.get(k) ?? -1) : -1))
          .filter((e) => e >= 0 && this.known[e]!.type === 'person'),
      );
      if (owners.size === 1)
        return { entity: [...owners][0]!, confidence: 0.7, reason: 'a known name with a middle name or an initial' };
    }
    const loose = looseKey(o.text);
    const byLoose = loose ? (this.byLooseKey.get(loose) ?? -1) : -1;
    if (byLoose >= 0) return { entity: byLoose, confidence: 0.6, reason: 'a looser spelling of a known name' };
    // "Irman Khan": one word of a known name with a letter dropped, added, changed or swapped
    const typo = new Set<number>();
    for (const { key, word } of blankedKeys(o.text)) {
      for (const known of this.byBlanked.get(key) ?? [])
        if (word.length >= 4 && isOneEditApart(word, known.word)) typo.add(known.entity);
    }
    if (typo.size === 1) return { entity: [...typo][0]!, confidence: 0.5, reason: 'one letter away from a known name' };
    return null;
  }
}
