import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptProposals, formatRegistry, parseProposals, ProposalsError, slug, type RegistryJson } from './accept';
import { formatProposals, type Proposals } from './proposal-file';

const seedText = readFileSync(join(import.meta.dirname, '../../seeds/registry.json'), 'utf8');
const seed = (): RegistryJson => JSON.parse(seedText) as RegistryJson;

const proposals: Proposals = {
  format: 'backstory.proposals',
  version: 1,
  newEntities: [
    {
      name: 'Salman Akram Raja',
      type: 'person',
      aliases: [],
      shortForms: ['Raja'],
      role: 'lawyer of Imran Khan',
      mentions: 4,
      examples: [{ articleId: 'a-1', sentence: 'Salman Akram Raja argued.' }],
    },
    {
      name: 'Baloch Yakjehti Committee',
      type: 'group',
      aliases: ['BYC'],
      shortForms: [],
      role: '',
      mentions: 3,
      examples: [],
    },
  ],
  newAliases: [{ id: 'person/mahmood-khan-achakzai', alias: 'Mehmood Khan Achakzai', mentions: 1, examples: [] }],
};

describe('acceptProposals', () => {
  it('writes the seed registry back byte for byte when nothing is accepted', () => {
    const empty: Proposals = { ...proposals, newEntities: [], newAliases: [] };
    expect(formatRegistry(acceptProposals(seed(), empty).json)).toBe(seedText);
  });

  it('adds new entities after the existing ones and aliases to their entity, leaving every other line as it was', () => {
    const result = acceptProposals(seed(), proposals);
    expect(result.addedEntities).toEqual(['person/salman-akram-raja', 'group/baloch-yakjehti-committee']);
    expect(result.addedAliases).toEqual([{ id: 'person/mahmood-khan-achakzai', alias: 'Mehmood Khan Achakzai' }]);
    const text = formatRegistry(result.json);
    // Only lines are added (a comma may be added to the line before): the old ones keep their order and indentation
    const before = seedText.split('\n').map((l) => l.replace(/,$/u, ''));
    const after = text.split('\n').map((l) => l.replace(/,$/u, ''));
    let at = 0;
    for (const line of after) if (line === before[at]) at++;
    expect(at).toBe(before.length);
    const raja = result.json.entities.find((e) => e.id === 'person/salman-akram-raja')!;
    expect(Object.keys(raja)).toEqual(['id', 'name', 'type', 'role', 'aliases', 'shortForms']);
    expect(raja.aliases).toEqual(['Salman Akram Raja']);
    const byc = result.registry.entities.find((e) => e.id === 'group/baloch-yakjehti-committee')!;
    expect(byc.aliases).toEqual(['Baloch Yakjehti Committee', 'BYC']);
    expect(byc.role).toBe('Group named in the articles');
    expect(result.registry.entities.find((e) => e.id === 'person/mahmood-khan-achakzai')!.aliases).toContain(
      'Mehmood Khan Achakzai',
    );
  });

  it('leaves out a proposal whose name the registry already has, and an alias of an unknown id', () => {
    const result = acceptProposals(seed(), {
      ...proposals,
      newEntities: [
        { name: 'Imran Khan', type: 'person', aliases: [], shortForms: [], role: '', mentions: 1, examples: [] },
      ],
      newAliases: [{ id: 'person/nobody', alias: 'Nobody', mentions: 1, examples: [] }],
    });
    expect(result.addedEntities).toEqual([]);
    expect(result.skipped).toHaveLength(2);
  });
});

describe('parseProposals', () => {
  it('reads a file a curator edited by deleting lines, trailing comma included', () => {
    const lines = formatProposals(proposals).split('\n');
    const withoutLast = lines.filter((l) => !l.includes('Baloch Yakjehti'));
    expect(parseProposals(withoutLast.join('\n')).newEntities.map((e) => e.name)).toEqual(['Salman Akram Raja']);
  });

  it('refuses another format with the path of the problem', () => {
    expect(() => parseProposals('{"format":"backstory.bundle","version":1,"newEntities":[],"newAliases":[]}')).toThrow(
      ProposalsError,
    );
    expect(() => parseProposals('{ not json')).toThrow(/not JSON/);
  });
});

describe('slug', () => {
  it('makes ids of Latin letters and digits', () => {
    expect(slug('Zia-ul-Haq')).toBe('zia-ul-haq');
    expect(slug('Majlis-e Wahdatul Muslimeen')).toBe('majlis-e-wahdatul-muslimeen');
    expect(slug('Ayşe Çelik')).toBe('ayse-celik');
    expect(slug('عمران')).toBe('entity');
  });
});
