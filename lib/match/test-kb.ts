/** A small knowledge base for the matcher's unit tests, in the registry's own words. */
import type { MatcherSource } from './compile';

const person = (id: string, name: string, aliases: string[], shortForms: string[] = [], region: string | null = 'PK'): MatcherSource =>
  ({ id: `person/${id}`, name, type: 'person', region, contextual: false, aliases: [name, ...aliases], shortForms });
const group = (id: string, name: string, aliases: string[], region: string | null = 'PK', contextual = false): MatcherSource =>
  ({ id: `group/${id}`, name, type: 'group', region, contextual, aliases: [name, ...aliases], shortForms: [] });
const place = (id: string, name: string, aliases: string[] = [], region: string | null = 'PK'): MatcherSource =>
  ({ id: `place/${id}`, name, type: 'place', region, contextual: false, aliases: [name, ...aliases], shortForms: [] });

export const TEST_KB: MatcherSource[] = [
  person('imran-khan', 'Imran Khan', ['Ian Khan', 'عمران خان'], ['Khan', 'Imran']),
  person('atif-khan', 'Atif Khan', [], ['Khan']),
  person('mahmood-khan-achakzai', 'Mahmood Khan Achakzai', ['محمود خان اچکزئی'], ['Achakzai']),
  person('shehbaz-sharif', 'Shehbaz Sharif', ['Shahbaz Sharif'], ['Sharif']),
  person('khawaja-asif', 'Khawaja Asif', ['خواجہ محمد آصف'], ['Asif']),
  person('zabiullah-mujahid', 'Zabiullah Mujahid', [], ['Mujahid'], 'AF'),
  person('mumtaz-zahra-baloch', 'Mumtaz Zahra Baloch', [], ['Baloch']),
  person('mahrang-baloch', 'Mahrang Baloch', [], ['Baloch']),
  person('jose-marti', 'José Martí', [], [], 'CU'),
  group('pti', 'Pakistan Tehreek-e-Insaf', ['PTI', 'پاکستان تحریک انصاف']),
  group('ttp', 'Tehreek-e-Taliban Pakistan', ['TTP', 'Pakistani Taliban']),
  group('ppp', "Pakistan Peoples Party", ['PPP']),
  group('sco', 'Shanghai Cooperation Organization', ['SCO'], null),
  group('senate-of-pakistan', 'Senate of Pakistan', ['Senate'], 'PK', true),
  group('national-assembly', 'National Assembly of Pakistan', ['National Assembly', 'قومی اسمبلی'], 'PK', true),
  place('pakistan', 'Pakistan', ['پاکستان']),
  place('khyber-pakhtunkhwa', 'Khyber Pakhtunkhwa', ['KP']),
  place('balochistan', 'Balochistan', ['بلوچستان']),
  place('islamabad', 'Islamabad'),
  place('iran', 'Iran', [], 'IR'),
  place('india', 'India', [], 'IN'),
  place('united-states', 'United States', ['US', 'U.S.'], 'US'),
  person('bushra-imran', 'Bushra Imran', ['Bushra Khan']),
  place('kashmir', 'Kashmir'),
  group('pakistan-army', 'Pakistan Army', []),
  group('khabar-pk', 'Khabar PK', []),
  { ...group('afp', 'Agence France-Presse', ['AFP'], null), role: 'international news agency' },
  group('balochistan-levies', 'Balochistan Levies', ['Levies'], 'PK', true),
  person('zulfikar-ali-bhutto', 'Zulfikar Ali Bhutto', ['Bhutto']),
  person('bilawal-bhutto-zardari', 'Bilawal Bhutto Zardari', [], ['Bilawal', 'Bhutto']),
];
