/**
 * The closed word lists behind the builder's proposals: what is never a name
 * (page furniture, months, days), which titles mark a person, which head
 * words end the name of a group or a place, and which neighbouring words tell
 * a place. Lower case throughout; callers fold before asking.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter(Boolean));

/** Page furniture and boilerplate that is capitalised without naming anything. */
export const BOILERPLATE = words(`
  web desk read more source sources also follow share updated published file photo photos screengrab
  advertisement related comments comment subscribe newsletter copyright reporter correspondent editor editorial
  opinion analysis breaking live video watch click here home news latest report agencies staff
  welcome key highlights short url learn like credit credits images
`);

/** Multi-word boilerplate, folded. */
export const BOILERPLATE_PHRASES = new Set([
  'web desk',
  'read more',
  'read also',
  'also read',
  'learn more',
  'short url',
  'key highlights',
  'news desk',
  'staff reporter',
  'our correspondent',
  'news agency',
  'breaking news',
  'top stories',
  'you may like to read',
  'getty images',
  'edited by',
  'updated on',
  'posted on',
  'published on',
]);

/** Lower-case second parts of hyphenated words that make an adjective, not a name ("Norway-based", "Taliban-led"). */
export const COMPOUND_ENDINGS = words(`
  based backed born led run owned linked style like era level wide made bound controlled affiliated allied sponsored
  funded held administered occupied type related speaking majority dominated origin inspired
`);

export const MONTHS_AND_DAYS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Titles that only a person bears ("Senator", "Justice", "Mr"). */
export const PERSON_TITLES = words(`
  mr mrs ms miss dr prof professor sir dame lord lady hon honourable excellency
  president vice premier prime minister ministers deputy chief justice judge secretary governor
  ambassador envoy consul spokesperson spokesman spokeswoman commissioner inspector superintendent officer
  general gen lt lieutenant maj major col colonel brig brigadier marshal field captain capt commander admiral
  senator leader chairman chairperson chairwoman speaker mayor adviser advisor aide assistant
  founder patron co-founder head coach skipper director attorney barrister advocate lawyer
  king queen prince princess emir sheikh pope cardinal bishop imam cleric chancellor maulana mufti allama
  syed pm cm fm coas cjp mna mpa mp whip rep sen gov
  justices judges senators ministers leaders generals lawyers barristers advocates spokesmen
`);

/** Titles that may open the name of an institution ("Federal Constitutional Court", "National Finance Commission"). */
export const INSTITUTION_ADJECTIVES = words(`
  federal national provincial state foreign interior defence defense finance information law home religious
  railways planning commerce water power energy health education human rights petroleum climate security
  army special supreme high
`);

/** Last words that make a group's name. */
export const GROUP_HEADS = words(`
  party league council commission ministry department directorate division authority board bureau
  agency assembly senate parliament university institute committee alliance front movement organisation
  organization association federation union society trust foundation company corporation airlines airways
  secretariat regiment brigade battalion tehreek tehrik jamaat jamiat army court bank college school
  academy cabinet embassy consulate mission fund police force corps group network news times post
  tribune today television tv radio channel agency shura council relations services centre center
  constabulary rangers scouts guard guards
`);

/** Last words that make a place's name. */
export const PLACE_HEADS = words(`
  jail prison road highway motorway bridge dam district tehsil province city valley square chowk market mosque
  masjid airport stadium hospital fort river mills mountains hills pass lake sea ocean island islands town
  village cantt cantonment colony house khaas republic kingdom emirate emirates avenue street interchange park
  gate bazaar plaza hotel range
`);

/** Lower-case words right after a name that make it a place ("Qila Abdullah district", "Torkham border crossing"). */
export const PLACE_AFTER = words(`
  district districts province provinces area areas city town village tehsil valley region border crossing
  division agency sector cantonment suburb outskirts
`);

/** Words right before a name that make it a place ("in Zhob", "near Kakul"). */
export const PLACE_BEFORE = words('in at near from across outside inside into via towards toward');

/** Lower-case words after a name that speak of a person ("Hamal said", "Hakeem, who"). */
export const PERSON_AFTER = words(
  'said says told added stated claimed urged warned alleged argued wrote tweeted posted, who',
);

/** Role nouns of an appositive ("Hakeem Baloch, a spokesman for…"). */
export const ROLE_NOUNS = words(`
  spokesman spokesperson spokeswoman leader chief minister senator judge justice lawyer counsel advocate
  president chairman chairperson head founder commander officer official secretary governor ambassador
  activist journalist reporter correspondent analyst researcher member sister brother son daughter wife husband
  mother father cousin nephew niece uncle aunt general adviser advisor aide director editor prosecutor
  militant founder-leader mp mna mpa legislator lawmaker politician cleric scholar vice-president deputy
  convener coordinator
`);

/** Demonym endings: a single capitalised word so ending, before a lower-case noun, is an adjective ("Afghan officials"). */
export const DEMONYM = /(?:ian|ean|ese|ish|ic|i|an|un)$/u;

/** Peoples named as adjectives ("Pashtun tribal leader", "Baloch activists"). */
export const PEOPLES = words(
  'afghan pashtun pakhtun baloch sindhi punjabi pathan muhajir kashmiri uyghur hazara arab persian',
);

/** Lower-case words after a name that do not make it an adjective: "Bolan and Turbat", "Karachi on Monday". */
export const NOT_A_NOUN_AFTER = words(`
  and or of on in at to for with from by as after before during since than that which who where when said says
  told added was is has had were are will would could can may might area areas district districts province city
  town border region valley tehsil division village
`);

/** Last words of laws, events, prizes and documents, not of entities ("27th Constitutional Amendment", "Indus Waters Treaty"). */
export const THING_HEADS = words(`
  amendment amendments bill act acts ordinance code procedure prize award awards war treaty corridor list declaration
  charter constitution case cases reference verdict judgment judgement ruling agreement accord deal resolution report
  statement budget policy visit talks process issue crisis conflict debate question dispute operation summit
  conference day week month year order rules article section clause schedule women men levy tax scheme initiative plan
`);

/** Religious and calendar words that are capitalised without naming an entity. */
export const CALENDAR = words(
  'ramadan ramazan iftar sehri eid muharram ashura christmas diwali easter hajj umrah holy quran koran bible torah hadith',
);

/** Honorifics that stand before a person's name without being part of it for the knowledge base. */
export const HONORIFICS = words('syed sayed maulana allama hafiz mufti begum whip haji');

/** Honorifics that are often part of the name a person goes by ("Sheikh Rashid", "Qazi Faez Isa"): kept in the name, left out of a role. */
export const NAME_HONORIFICS = words('sheikh shaikh qazi pir makhdoom sardar nawabzada sahibzada mian chaudhry');

/** Acronyms of offices and of time zones and currencies: never an entity of their own. */
export const NOT_ENTITY_ACRONYMS = words(`
  pm cm fm coas cjp cdf igp dig dpo sho ssp dc mna mpa mp mps mnas mpas ceo coo cfo
  ist pkt gmt utc pst est cet bst aest cdt edt mdt pdt cst mst pkr usd inr rs eur gbp am pm
  fir firs ibo ibos ied ieds aqi
`);

/** First words that open the name of a group ("Jamaat-e-Islami", "Fitna al-Hindustan", "Jaish Al-Fursan"). */
export const GROUP_OPENERS = words(
  'jamaat jamiat jamiat-e majlis tehreek tehrik jaish lashkar sipah harkat ittehad anjuman tanzeem fitna hizb inter-services',
);

/** First words that open the name of a place ("Dera Ismail Khan", "South Waziristan", "Qila Abdullah"). */
export const PLACE_OPENERS = words(
  'dera qila kot pind chak mandi bandar north south east west upper lower central greater new port mount lake cape fort',
);

/** Lower-case ranks and jobs written right before a name ("sepoy Ibrahim", "constable Akram"). */
export const RANKS = words(
  'sepoy constable soldier sergeant havildar naik subedar inspector sub-inspector cop policeman driver worker student teacher doctor',
);

/**
 * Common English words that a heading, a widget or a sentence start may capitalise: never a name on their own
 * or together, even before the articles have shown them in lower case.
 */
export const COMMON_WORDS = words(`
  very poor good bad new old big small great high low latest top best more most less many much all some every
  our your their my his her its we you they us them this that these those here there now today tonight
  update updates news story stories video videos photo photos live watch read more share comment comments
  miss missed full world national local international breaking exclusive special report reports opinion
  supreme command lower upper armed forces member members states state federal government
`);
