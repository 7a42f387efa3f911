import { describe, expect, it } from 'vitest';
import { seedRegistry as registry } from '../../tests/fixtures/seeds';
import { urduKey } from '../match/cross-script';
const ARABIC_SCRIPT_ONLY = /^[\p{Script=Arabic}\p{M}\u200c\s]+$/u;
const isUrdu = (form: string) => ARABIC_SCRIPT_ONLY.test(form);

describe('the seed registry in Urdu', () => {
  it('gives every entity an Urdu-script name, among its aliases', () => {
    const without = registry.entities.filter(
      (e) => !e.nativeName || !isUrdu(e.nativeName) || !e.aliases.includes(e.nativeName),
    );
    expect(without.map((e) => e.id)).toEqual([]);
  });

  it('folds no Urdu name of one entity to the key of another entity’s Urdu name', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entity of registry.entities) {
      for (const form of new Set(entity.aliases.filter(isUrdu).map(urduKey))) {
        const other = owner.get(form);
        if (other && other !== entity.id) clashes.push(`${form}: ${other} and ${entity.id}`);
        owner.set(form, entity.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps Urdu short forms out that are everyday words (a fighter, a Baloch, a pearl)', () => {
    const shortForms = new Set(registry.entities.flatMap((e) => e.shortForms));
    for (const word of ['مجاہد', 'بلوچ', 'گوہر', 'اکبر', 'صادق']) expect(shortForms.has(word), word).toBe(false);
  });
});
