/** The small closed word lists that tell a name's edges in Latin-script news text: titles, head nouns, connectors. */
const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter(Boolean));

/**
 * Titles, ranks and the words of office that stand before a name or after a
 * place without being part of either: "Prime Minister Shehbaz Sharif",
 * "Pakistan Foreign Minister", "PTI Chairman Gohar".
 */
export const TITLE_WORDS = words(`
  mr mrs ms miss dr prof professor sir dame lord lady hon honourable excellency
  president vice premier prime minister ministers deputy chief justice judge secretary undersecretary governor
  ambassador envoy consul spokesperson spokesman spokeswoman commissioner inspector superintendent officer
  general gen lt lieutenant maj major col colonel brig brigadier marshal field captain capt commander admiral air
  senator senators leader leaders chairman chairperson chairwoman chair speaker mayor adviser advisor aide
  special assistant senior junior former ex acting caretaker interim federal provincial state
  foreign interior defence defense finance information law home religious railways planning commerce
  water power energy health education human rights petroleum climate national security
  army opposition founder patron co-founder head coach skipper coo ceo cfo director attorney barrister advocate
  king queen prince princess crown emir sheikh pope cardinal bishop imam cleric chancellor heads
  pm cm fm coas cjp mna mpa mp mps mnas mpas
`);

/**
 * Words that only end the names of organisations: a known name right before one
 * is part of a longer name ("Pakistan Air Force", "Balochistan Liberation Front"),
 * even in a headline in Title Case.
 */
export const ORGANISATION_HEADS = words(`
  party parties league council councils force forces corps commission ministry department directorate division
  authority board bureau agency assembly assemblies senate parliament university institute committee alliance front
  movement organisation organization association federation union society trust foundation company corporation
  airlines airways secretariat regiment brigade battalion tehreek tehrik jamaat jamiat
`);

/**
 * Common nouns that also end names ("Balochistan University", "Islamabad High Court"): in running
 * text they make a longer name, since a common noun would be written in lower case; in a headline in
 * Title Case every word is capitalised, so there they do not ("Altaf Hussain Admitted to London Hospital").
 */
export const COMMON_HEADS = words(`
  army court courts bank college school hospital jail prison police group express airport stadium club network news
  times post tribune today television tv radio channel station road highway motorway bridge dam district tehsil
  province city valley square chowk market mosque masjid academy cabinet embassy consulate mission exchange fund
  programme program project summit conference forum cup series trophy republic state order prize award medal
`);

/**
 * Words after a name that speak of something of the named entity, not of a longer name: "the United
 * Nations Charter", "the Bhutto Case", "the Doha Agreement".
 */
export const BELONGING_WORDS = words(`
  charter constitution case cases reference verdict judgment judgement ruling agreement accord deal treaty declaration
  resolution report statement budget policy visit talks process issue crisis conflict war debate question dispute
`);

/** Small words that hold the parts of a longer name together ("Election Commission of Pakistan", "Tehreek-e-Insaf"). */
export const CONNECTOR_WORDS = words('of the de da del di du la le al el bin ibn bint ul ud e i van von der');

/** Izafat and Arabic particles: between hyphens they join two words into one name. */
export const JOINING_PARTICLES = words('e i ul ud al el');

/**
 * Capitalised words that open sentences without naming anything: a name right
 * after one is not part of a longer name ("Yesterday Imran Khan said").
 */
export const SENTENCE_WORDS = words(`
  a an the this that these those it its he she they we i you his her their our my your there here
  in on at by for from to of with without within into onto upon over under after before during since until till
  amid amidst among despite unlike like following regarding about against between through throughout
  and but or nor so yet if when while whereas as though although because unless once whether
  yesterday today tonight tomorrow meanwhile however earlier later also both either neither then now still even only
  speaking addressing talking according asked meeting separately besides moreover furthermore additionally
  last next first second third several many some all no not every each most more other another such what who whom
  whose why how where which
  sources officials police reports report residents witnesses critics analysts supporters protesters
  mr mrs ms dr
  one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands scores
`);
