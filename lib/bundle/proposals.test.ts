import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, toRuntime } from '../match';
import { LinkKind } from '../match/linker';
import type { NewEntityProposal, Proposals } from './proposal-file';
import { ProposalCollector, spellsAcronym } from './proposals';
import * as v from 'valibot';
import { RegistrySchema, type Registry } from './registry';

/** A small registry: two people, a party, a province and a city. */
const registry: Registry = v.parse(RegistrySchema, {
  entities: [
    {
      id: 'person/imran-khan',
      name: 'Imran Khan',
      type: 'person',
      role: 'Founder of PTI',
      aliases: ['Imran Khan'],
      shortForms: ['Khan', 'Imran'],
      contextual: false,
      region: 'PK',
    },
    {
      id: 'person/mahmood-khan-achakzai',
      name: 'Mahmood Khan Achakzai',
      type: 'person',
      role: 'Opposition leader',
      aliases: ['Mahmood Khan Achakzai'],
      shortForms: ['Achakzai'],
      contextual: false,
      region: 'PK',
    },
    {
      id: 'group/pakistan-tehreek-e-insaf',
      name: 'Pakistan Tehreek-e-Insaf',
      type: 'group',
      role: 'Party',
      aliases: ['Pakistan Tehreek-e-Insaf', 'PTI'],
      shortForms: [],
      contextual: false,
      region: 'PK',
    },
    {
      id: 'group/frontier-corps',
      name: 'Frontier Corps',
      type: 'group',
      role: 'Paramilitary force',
      aliases: ['Frontier Corps'],
      shortForms: [],
      contextual: false,
      region: 'PK',
    },
    {
      id: 'place/balochistan',
      name: 'Balochistan',
      type: 'place',
      role: 'Province',
      aliases: ['Balochistan'],
      shortForms: [],
      contextual: false,
      region: 'PK',
    },
    {
      id: 'place/quetta',
      name: 'Quetta',
      type: 'place',
      role: 'City',
      aliases: ['Quetta'],
      shortForms: [],
      contextual: false,
      region: 'PK',
    },
    {
      id: 'place/pakistan',
      name: 'Pakistan',
      type: 'place',
      role: 'Country',
      aliases: ['Pakistan'],
      shortForms: [],
      contextual: false,
      region: 'PK',
    },
  ],
  notEntities: ['Afghan', 'Pakistani'],
});

const matcher = toRuntime(compileMatcher(registry.entities.map((e) => ({ ...e, region: e.region ?? null }))).matcher);

/** Proposals for some articles, each given as its paragraphs (the first is the headline). */
function propose(...articles: string[][]): Proposals {
  const collector = new ProposalCollector(registry);
  articles.forEach((blocks, index) => {
    const mentions = findMentions(matcher, blocks);
    const linked = blocks.map((_, block) =>
      mentions
        .filter((m) => m.block === block)
        .map((m) => ({ start: m.start, end: m.end, entity: m.entity, variant: m.kind === LinkKind.Variant })),
    );
    collector.addArticle(`a-${index}`, blocks, linked);
  });
  return collector.finish();
}

const names = (p: Proposals) => p.newEntities.map((e) => e.name).sort();
const find = (p: Proposals, name: string): NewEntityProposal => {
  const found = p.newEntities.find((e) => e.name === name);
  if (!found) throw new Error(`no proposal "${name}" among ${names(p).join(', ')}`);
  return found;
};

describe('new entities', () => {
  it('proposes a person the registry lacks, with the surname and "Mr" surname as one proposal', () => {
    const p = propose([
      'Court hears bail plea',
      'The lawyer Salman Akram Raja argued the case for Imran Khan in Islamabad.',
      'Mr Raja said the hearing was adjourned. Raja left the court.',
    ]);
    const raja = find(p, 'Salman Akram Raja');
    expect(raja.type).toBe('person');
    expect(raja.shortForms).toEqual(['Raja']);
    expect(raja.mentions).toBe(3);
    expect(names(p)).not.toContain('Raja');
  });

  it('makes a defined acronym an alias of its full name, also where the acronym stands alone in another article', () => {
    const p = propose(
      ['Rally in Quetta', 'The Baloch Yakjehti Committee (BYC) held a rally in Quetta on Monday.'],
      ['Arrests in Quetta', 'Police arrested five BYC workers in Quetta, officials said.'],
    );
    const byc = find(p, 'Baloch Yakjehti Committee');
    expect(byc.aliases).toContain('BYC');
    expect(byc.type).toBe('group');
    expect(byc.mentions).toBe(3);
    expect(names(p)).not.toContain('BYC');
  });

  it('splits two names joined by "and"', () => {
    const p = propose(['Leaders meet', 'Senator Faisal Javed and Senator Shibli Faraz met in Quetta on Tuesday.']);
    expect(names(p)).toEqual(['Faisal Javed', 'Shibli Faraz']);
  });

  it('keeps titles out of the name but lets them make the type and the role', () => {
    const p = propose([
      'Order issued',
      'Chief Justice Miangul Hassan Aurangzeb issued the order in the case of Imran Khan.',
    ]);
    const judge = find(p, 'Miangul Hassan Aurangzeb');
    expect(judge.type).toBe('person');
    expect(judge.role).toBe('Chief Justice');
  });

  it('reads a role from an appositive in the article', () => {
    const p = propose([
      'Statement issued',
      'The attack was condemned by Hakeem Baloch, a spokesman for the Baloch National Movement, in Quetta.',
    ]);
    expect(find(p, 'Hakeem Baloch').role).toBe('spokesman for the Baloch National Movement');
  });

  it('types groups by their head word and places by their cues', () => {
    const p = propose([
      'Attack foiled',
      'The Election Commission of Pakistan met as the National Finance Commission waited.',
      'Firing was reported in Mastung, Zhob and Turbat areas of Balochistan, while the Qila Abdullah district was calm.',
    ]);
    expect(find(p, 'Election Commission of Pakistan').type).toBe('group');
    expect(find(p, 'National Finance Commission').type).toBe('group');
    for (const place of ['Mastung', 'Zhob', 'Turbat', 'Qila Abdullah']) expect(find(p, place).type).toBe('place');
  });

  it('keeps a longer name that holds a known one ("Quetta District Jail")', () => {
    const p = propose(['Hearing moved', 'The activists were moved to Quetta District Jail on Sunday.']);
    expect(find(p, 'Quetta District Jail').type).toBe('place');
  });

  it('joins what a title word split: "Balochistan National Party"', () => {
    const p = propose(['Alliance formed', 'Leaders of the Balochistan National Party joined the alliance in Quetta.']);
    expect(names(p)).toContain('Balochistan National Party');
    expect(names(p)).not.toContain('National Party');
  });

  it('strips honorifics and a known place after "of"', () => {
    const p = propose(['Army chief', 'Field Marshal Syed Asim Munir met Akhtar Mengal of Balochistan in Quetta.']);
    expect(names(p)).toEqual(['Akhtar Mengal', 'Asim Munir']);
  });

  it('proposes nothing for names the registry already has', () => {
    const p = propose([
      'PTI chief speaks',
      'Imran Khan and Mahmood Khan Achakzai spoke in Quetta. Khan said the Frontier Corps (FC) should leave Balochistan.',
    ]);
    expect(p.newEntities).toEqual([]);
  });
});

describe('noise', () => {
  it('drops words that only open a sentence, months and days, and page furniture', () => {
    const p = propose([
      'Update',
      'Yesterday the talks failed. However, talks resumed on Monday in March.',
      'Read more',
      'Web Desk',
      'Meanwhile nobody came. Nobody knew why.',
    ]);
    expect(p.newEntities).toEqual([]);
  });

  it('drops demonyms used as adjectives, but not a place before "and"', () => {
    const p = propose([
      'Border',
      'Afghan officials and Pakistani troops met Iranian diplomats near Chaman and Torkham.',
    ]);
    expect(names(p)).not.toContain('Afghan');
    expect(names(p)).not.toContain('Iranian');
    expect(names(p)).toContain('Chaman');
  });

  it('drops a title alone ("Prime Minister") and laws, articles and amendments', () => {
    const p = propose([
      'Parliament votes',
      'The Prime Minister spoke. The 27th Constitutional Amendment changes Article 243 of the Constitution, and Section 144 was imposed in Quetta.',
    ]);
    expect(p.newEntities).toEqual([]);
  });

  it('drops a headline in Title Case and a lower-case acronym expansion', () => {
    const p = propose([
      'Sisters Denied Meeting At Adiala Jail Again',
      'The anti-terrorism court (ATC) adjourned the hearing in Quetta.',
    ]);
    expect(p.newEntities).toEqual([]);
  });

  it('reads no name from a heading in Title Case, but does from a byline', () => {
    const p = propose([
      'Talks',
      'Addressing Afghan Migration and Security Cooperation',
      'By Asif Shahzad and Ariba Shahid',
      'Talks went on in Quetta.',
    ]);
    expect(names(p)).toEqual(['Ariba Shahid', 'Asif Shahzad']);
  });

  it('drops a credit in a dateline', () => {
    const p = propose(['Attack', 'QUETTA (Dunya News) – Security forces killed two attackers in Quetta.']);
    expect(p.newEntities).toEqual([]);
  });
});

describe('aliases of known entities', () => {
  it('proposes another spelling of a known name as an alias, not as a new entity', () => {
    const p = propose(['Opposition', 'Mehmood Khan Achakzai said the opposition would meet in Quetta.']);
    expect(p.newEntities).toEqual([]);
    expect(p.newAliases.map((a) => [a.id, a.alias])).toEqual([
      ['person/mahmood-khan-achakzai', 'Mehmood Khan Achakzai'],
    ]);
    expect(p.newAliases[0]!.examples[0]!.sentence).toContain('Mehmood Khan Achakzai');
  });

  it('proposes a defined acronym of a known name as its alias', () => {
    const p = propose(['Corps', 'The Frontier Corps (FC) patrolled Quetta. The FC said two attackers were killed.']);
    expect(p.newEntities).toEqual([]);
    expect(p.newAliases.map((a) => [a.id, a.alias, a.mentions])).toEqual([['group/frontier-corps', 'FC', 2]]);
  });

  it('proposes a looser spelling (hyphens, s for z, particles) with a lower confidence', () => {
    const reg: Registry = v.parse(RegistrySchema, {
      ...registry,
      entities: [
        ...registry.entities,
        { id: 'group/sco', name: 'Shanghai Cooperation Organization', type: 'group', role: 'Bloc', aliases: [] },
      ],
    });
    const collector = new ProposalCollector(reg);
    const text = 'The Shanghai Co-operation Organisation met in Tianjin.';
    collector.addArticle('a', ['Summit', text], [[], []]);
    const p = collector.finish();
    expect(p.newAliases.map((a) => [a.id, a.alias])).toEqual([['group/sco', 'Shanghai Co-operation Organisation']]);
    expect(p.newAliases[0]!.confidence).toBeLessThan(0.8);
  });
});

describe('spellsAcronym', () => {
  it('matches initials, with one more letter of a word allowed', () => {
    expect(spellsAcronym('byc', 'Baloch Yakjehti Committee')).toBe(true);
    expect(spellsAcronym('ponam', 'Pakistan Oppressed Nations Movement')).toBe(true);
    expect(spellsAcronym('pkmap', 'Pakhtunkhwa Milli Awami Party')).toBe(true);
    expect(spellsAcronym('ispr', 'Inter-Services Public Relations')).toBe(true);
    expect(spellsAcronym('mwm', 'Majlis-e Wahdatul Muslimeen')).toBe(true);
    expect(spellsAcronym('pti', 'Baloch Yakjehti Committee')).toBe(false);
    expect(spellsAcronym('bycx', 'Baloch Yakjehti Committee')).toBe(false);
  });
});

describe('merging spellings and forms of one entity', () => {
  it('merges spellings that differ only by hyphens and spaces, and a group with its suffixed name', () => {
    const p = propose(
      ['Dictator', 'General Zia-ul-Haq ruled Pakistan. Later the Pakistan Muslim League met in Quetta.'],
      ['Dictator again', 'Under Ziaul Haq, the Pakistan Muslim League-Nawaz did not exist in Quetta.'],
    );
    expect(names(p)).toEqual(['Pakistan Muslim League-Nawaz', 'Zia-ul-Haq']);
    expect(find(p, 'Zia-ul-Haq').aliases).toEqual(['Ziaul Haq']);
  });

  it('joins initials to the surname after them', () => {
    const p = propose(['Photo', 'A picture by K.M. Chaudary shows the crowd in Quetta.']);
    expect(names(p)).toEqual(['K.M. Chaudary']);
  });

  it('joins an undefined acronym to the one full name its letters spell', () => {
    const p = propose(
      ['Blast', 'A blast hit Dera Ismail Khan on Sunday.'],
      ['DIK blast toll rises', 'Four men died in the DIK blast, police in Quetta said.'],
    );
    expect(names(p)).toEqual(['Dera Ismail Khan']);
    expect(find(p, 'Dera Ismail Khan').aliases).toEqual(['DIK']);
  });

  it('takes a defined acronym expansion as the name even when the name finder splits it at "and"', () => {
    const p = propose(['Report', 'The Centre for Research and Security Studies (CRSS) counted the attacks in Quetta.']);
    expect(names(p)).toEqual(['Centre for Research and Security Studies']);
    expect(find(p, 'Centre for Research and Security Studies').type).toBe('group');
  });
});

describe('more noise', () => {
  it('drops a word cut off at the end of a paragraph, and credits after a date or before a handle', () => {
    const p = propose([
      'Bail',
      'The judge rejected the plea while his spouse Bus',
      'London, March 22 (ANI): officials in Quetta spoke.',
      'A post by — ANI (@ANI) was shared.',
    ]);
    expect(p.newEntities).toEqual([]);
  });

  it('drops the acronym of a project or a law', () => {
    const p = propose([
      'Corridor',
      'Attacks threaten the China and Pakistan Economic Corridor (CPEC) near Quetta. The CPEC is vital.',
    ]);
    expect(names(p)).toEqual(['China']);
  });
});

describe('typos of known names', () => {
  it('proposes a name one letter away from a known one as an alias with a low confidence', () => {
    const p = propose(['Sisters', 'Aleema Khanum, one of Irman Khan’s sisters, spoke in Quetta.']);
    expect(p.newAliases.map((a) => [a.id, a.alias])).toEqual([['person/imran-khan', 'Irman Khan']]);
    expect(p.newAliases[0]!.confidence).toBeLessThanOrEqual(0.5);
    expect(names(p)).toEqual(['Aleema Khanum']);
  });
});

describe('names from other newsrooms', () => {
  it('keeps the lower-case part after a hyphen of a two-word name, and a middle initial', () => {
    const p = propose(['Vote', 'The lawmakers Ahn Cheol-soo and Kim Yea-ji met Charles E. Schumer in Quetta.']);
    expect(names(p)).toEqual(['Ahn Cheol-soo', 'Charles E. Schumer', 'Kim Yea-ji']);
  });

  it('does not take an adjective compound ("Norway-based") into a name', () => {
    const p = propose(['Nomination', 'The news was revealed by Norway-based journalist Kiyya Baloch in Quetta.']);
    expect(names(p)).not.toContain('Norway-based');
    expect(names(p)).toContain('Kiyya Baloch');
  });

  it('drops plural demonyms and the plural of an office', () => {
    const p = propose(['Finance bill', 'Kenyans protested as MLAs and Americans watched in Quetta.']);
    expect(p.newEntities).toEqual([]);
  });

  it('reads a name at the start of a sentence when a possessive follows it', () => {
    const p = propose(['Truce', "Qatar's foreign ministry confirmed the truce in Quetta."]);
    expect(names(p)).toEqual(['Qatar']);
  });

  it('drops a menu in capitals and keeps a longer name joined to a known one by an izafat', () => {
    const p = propose([
      'Rally',
      'HOME NEWS BUSINESS MOVIES CRICKET SPORTS',
      'He flew from Quetta to Minar-e-Pakistan by helicopter, and the news spread to business, sports and cricket movies.',
    ]);
    expect(names(p)).toEqual(['Minar-e-Pakistan']);
  });
});

describe('names a known entity goes by', () => {
  it('proposes the name an article gives a known group right after naming it, not a new entity', () => {
    const p = propose(['Militants', 'The Frontier Corps, locally known as the Sarhad Scouts, patrolled Quetta.']);
    expect(p.newAliases.map((a) => [a.id, a.alias])).toEqual([['group/frontier-corps', 'Sarhad Scouts']]);
    expect(p.newEntities).toEqual([]);
  });

  it('does not read "called" as a name given ("Imran Khan called Salman Akram Raja")', () => {
    const p = propose(['Call', 'Imran Khan called Salman Akram Raja from Quetta.']);
    expect(p.newAliases).toEqual([]);
    expect(names(p)).toEqual(['Salman Akram Raja']);
  });

  it('proposes a longer or shorter form of a known acronym as its alias', () => {
    const reg: Registry = v.parse(RegistrySchema, {
      ...registry,
      entities: [
        ...registry.entities,
        { id: 'group/jui-f', name: 'Jamiat Ulema-e-Islam (F)', type: 'group', role: 'Party', aliases: ['JUI-F'] },
      ],
    });
    const collector = new ProposalCollector(reg);
    collector.addArticle('a', ['Talks', 'Leaders of the JUI met the PTI on Monday.'], [[], []]);
    const p = collector.finish();
    expect(p.newAliases.map((a) => [a.id, a.alias])).toEqual([['group/jui-f', 'JUI']]);
    expect(p.newEntities).toEqual([]);
  });
});

describe('types of acronyms and publications', () => {
  it('does not give a person an acronym the articles never defined for them, and types a country acronym as a place', () => {
    const p = propose([
      'Case',
      'Lawyer Israr Baloch said the IBC would hear the case.',
      'He then flew to the UK from Quetta.',
    ]);
    expect(find(p, 'Israr Baloch').aliases).toEqual([]);
    expect(find(p, 'IBC').type).toBe('group');
    expect(find(p, 'UK').type).toBe('place');
  });

  it('types a name opening with "The" in mid-sentence as a group, and an expansion by its own opening word', () => {
    const p = propose([
      'Report',
      'According to The Print, the Majlis-e Wahdatul Muslimeen (MWM) met in Quetta. Later the MWM left.',
    ]);
    expect(find(p, 'The Print').type).toBe('group');
    expect(find(p, 'Majlis-e Wahdatul Muslimeen').type).toBe('group');
  });
});

describe('datelines, forces and documents', () => {
  it('reads a dateline in capitals as a place, shown as running text writes it', () => {
    const p = propose(['Attack', 'RAWALPINDI: Security forces killed six militants near Quetta.']);
    expect(find(p, 'Rawalpindi').type).toBe('place');
  });

  it('types a constabulary as a group, keeps an honorific out of the role, and drops a police report (FIR)', () => {
    const p = propose([
      'Attack',
      'Militants attacked a Frontier Constabulary camp near Quetta. Interior Minister Sheikh Rashid Ahmed condemned it, and the police filed an FIR.',
    ]);
    expect(find(p, 'Frontier Constabulary').type).toBe('group');
    expect(find(p, 'Rashid Ahmed').role).toBe('Interior Minister');
    expect(names(p)).not.toContain('FIR');
  });
});

describe('court reporting', () => {
  it('strips a plural title before a list of judges, keeps a name-like honorific, joins an acronym and its faction', () => {
    const p = propose([
      'Bench',
      'The bench of Justices Jamal Khan Mandokhail and Ayesha A. Malik met in Quetta. Senior counsel Makhdoom Ali Khan appeared for the PML-N, and the Practice and Procedure Committee met.',
      'EPA',
      'The prime minister attends the summit in Quetta. AFP',
    ]);
    expect(names(p)).toEqual([
      'Ayesha A. Malik',
      'Jamal Khan Mandokhail',
      'Makhdoom Ali Khan',
      'PML-N',
      'Practice and Procedure Committee',
    ]);
  });
});

describe('shorter names of one person', () => {
  it('makes the last words of a longer name in the same article an alias, and an acronym after "in" no place', () => {
    const p = propose([
      'Governor',
      'Governor Faisal Karim Kundi spoke in Quetta. Karim Kundi said the PTM camp was removed, and PTM workers were held in the PTM offices.',
    ]);
    expect(find(p, 'Faisal Karim Kundi').aliases).toEqual(['Karim Kundi']);
    expect(names(p)).toEqual(['Faisal Karim Kundi', 'PTM']);
    expect(find(p, 'PTM').type).toBe('group');
  });
});

describe('middle names and initials', () => {
  it('proposes a known person written with a middle name or an initial as an alias', () => {
    const reg: Registry = v.parse(RegistrySchema, {
      ...registry,
      entities: [
        ...registry.entities,
        { id: 'person/ayesha-malik', name: 'Ayesha Malik', type: 'person', role: 'Judge', aliases: [] },
      ],
    });
    const collector = new ProposalCollector(reg);
    collector.addArticle('a', ['Bench', 'Justice Ayesha A. Malik dismissed the petition.'], [[], []]);
    const p = collector.finish();
    expect(p.newAliases.map((a) => [a.id, a.alias])).toEqual([['person/ayesha-malik', 'Ayesha A. Malik']]);
    expect(p.newEntities).toEqual([]);
  });
});

describe('police reporting', () => {
  it('reads a person after a lower-case rank, a place before a title, and drops desk codes in capitals', () => {
    const p = propose([
      'Attack',
      'The martyred include sepoy Ibrahim, and Punjab Opposition Leader Moin Khan condemned the attack in Quetta. PTI AYZ SKS GSP',
    ]);
    expect(find(p, 'Ibrahim').type).toBe('person');
    expect(find(p, 'Punjab').type).toBe('place');
    expect(find(p, 'Moin Khan').role).toBe('Punjab Opposition Leader');
    expect(names(p).some((n) => n.includes('Gsp') || n.includes('GSP'))).toBe(false);
  });
});

describe("a country's formal name", () => {
  it('proposes "Islamic Republic of Pakistan" as an alias of Pakistan', () => {
    const p = propose(['Statement', 'The Islamic Republic of Pakistan condemned the attack in Quetta.']);
    expect(p.newAliases.map((a) => [a.id, a.alias])).toEqual([['place/pakistan', 'Islamic Republic of Pakistan']]);
    expect(p.newEntities).toEqual([]);
  });
});

describe('titles in quotes and operations', () => {
  it('drops a title or slogan in quotes and an operation, but not a quoted name with a possessive', () => {
    const p = propose([
      'Films',
      'He starred in ‘Funny Girl’ and Operation Zarb-e-Azb began in Quetta. “Hamid Khan’s case is weak,” he said.',
    ]);
    expect(names(p)).toEqual(['Hamid Khan']);
  });
});

describe('surnames the name finder reads as titles', () => {
  it('keeps "Sheikh" at the end of a name when no name follows it', () => {
    const p = propose([
      'Visit',
      'Her daughter Mubashra Sheikh, and Interior Minister Sheikh Rashid Ahmed, met in Quetta.',
    ]);
    expect(names(p)).toEqual(['Mubashra Sheikh', 'Rashid Ahmed']);
  });
});

describe('page widgets', () => {
  it('drops contractions, weather widgets, plural days and holy books', () => {
    const p = propose([
      'Sit-in',
      '📍 Lahore | AQI: 5 (Very Poor)',
      'Meetings are allowed on Tuesdays and Thursdays in Quetta, and workers recited the Holy Quran.',
      'Don’t Miss Our Latest Updates',
    ]);
    expect(names(p)).toEqual(['Lahore']);
  });
});

describe('clipped names', () => {
  it('proposes "Pak" as a clipped alias of Pakistan, with a low confidence', () => {
    const p = propose(['Attack', "Two soldiers were killed in Pak's Balochistan near Quetta."]);
    expect(p.newAliases.map((a) => [a.id, a.alias])).toEqual([['place/pakistan', 'Pak']]);
    expect(p.newAliases[0]!.confidence).toBeLessThan(0.5);
    expect(p.newEntities).toEqual([]);
  });
});

describe('Urdu-script names', () => {
  it('takes an Urdu name in parentheses after a new name as its alias, and after a known name as an alias proposal', () => {
    const p = propose(['Court', 'Senator Faisal Javed (فیصل جاوید) met Imran Khan (عمران نیازی) in Quetta.']);
    expect(find(p, 'Faisal Javed').aliases).toEqual(['فیصل جاوید']);
    expect(p.newAliases.map((a) => [a.id, a.alias])).toEqual([['person/imran-khan', 'عمران نیازی']]);
  });
});

describe('acronyms two names could spell', () => {
  it('gives an undefined acronym to the name that spells it one letter a word', () => {
    const p = propose(
      ['Blast', 'A blast hit Dera Ismail Khan on Sunday, and the Diwan-e-Khaas in Quetta was closed.'],
      ['DIK blast toll rises', 'Four men died in the DIK blast, police in Quetta said.'],
    );
    expect(find(p, 'Dera Ismail Khan').aliases).toEqual(['DIK']);
    expect(names(p)).not.toContain('DIK');
  });
});

describe('generic capitalised phrases', () => {
  it('drops phrases made only of common words ("Supreme Command", "Armed Forces", "Member States")', () => {
    const p = propose([
      'Amendment',
      'The Supreme Command of the Armed Forces was given to the army chief, and the Member States agreed in Quetta.',
    ]);
    expect(p.newEntities).toEqual([]);
  });
});

describe('a group followed by a person', () => {
  it("splits a group head word followed by a person's name", () => {
    const p = propose(['Operation', 'Commander of XII Corps Asif Ghafoor supervised the operation near Quetta.']);
    expect(names(p)).toEqual(['Asif Ghafoor']);
    expect(find(p, 'Asif Ghafoor').type).toBe('person');
  });
});
