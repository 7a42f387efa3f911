import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, toRuntime } from '../match';
import { LinkKind } from '../match/linker';
import type { Proposals } from './proposal-file';
import { ProposalCollector } from './proposals';
import { RegistrySchema, type Registry } from './registry';

/** Known in Latin script only. */
const registry: Registry = v.parse(RegistrySchema, {
  entities: [
    {
      id: 'person/shehbaz-sharif',
      name: 'Shehbaz Sharif',
      type: 'person',
      role: 'Prime Minister',
      aliases: ['Shehbaz Sharif'],
      shortForms: ['Sharif'],
      region: 'PK',
    },
    {
      id: 'person/khawaja-asif',
      name: 'Khawaja Asif',
      type: 'person',
      role: 'Defence Minister',
      aliases: ['Khawaja Asif'],
      shortForms: ['Asif'],
      region: 'PK',
    },
    {
      id: 'place/pakistan',
      name: 'Pakistan',
      type: 'place',
      role: 'Country',
      aliases: ['Pakistan', 'پاکستان'],
      region: 'PK',
    },
  ],
  notEntities: [],
});
const matcher = toRuntime(compileMatcher(registry.entities.map((e) => ({ ...e, region: e.region ?? null }))).matcher);

function propose(...blocks: string[]): Proposals {
  const collector = new ProposalCollector(registry);
  const mentions = findMentions(matcher, blocks);
  const linked = blocks.map((_, block) =>
    mentions
      .filter((m) => m.block === block)
      .map((m) => ({ start: m.start, end: m.end, entity: m.entity, variant: m.kind === LinkKind.Variant })),
  );
  collector.addArticle('a-0', blocks, linked);
  return collector.finish();
}

describe('the Urdu form of a known entity, proposed from an Urdu article', () => {
  it('proposes an Urdu name with the consonants of a known Latin name as its alias', () => {
    const proposals = propose(
      'وزیراعظم شہباز شریف نے پاکستان کے دورے پر گفتگو کی۔',
      'وزیر دفاع خواجہ آصف نے کہا کہ مذاکرات جاری رہیں گے۔',
    );
    expect(proposals.newAliases.map((a) => [a.id, a.alias])).toEqual(
      expect.arrayContaining([
        ['person/shehbaz-sharif', 'شہباز شریف'],
        ['person/khawaja-asif', 'خواجہ آصف'],
      ]),
    );
  });

  it('proposes nothing for an Urdu name whose consonants match no known name', () => {
    const proposals = propose('وزیراعظم نواز شریف نے گفتگو کی۔');
    expect(proposals.newAliases.filter((a) => a.alias === 'نواز شریف')).toEqual([]);
  });
});
