/**
 * Common English words for the synthetic news pages. None of them is a name
 * part of the synthetic knowledge base (synthetic.ts drops any name part that
 * is also in this list), so a page built from these words alone names no one.
 */
export const WORDS: readonly string[] = `
the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she
there been one all we their has would when who will more no if out so said what up its about into than them can only other new
some could time these two may then do first any my now such like our over man me even most made after also did many before must
through back years where much your way well down should because each just those people how too little state good very make world
still own see men work long get here between both life being under never day same another know while last might us great old year
off come since against go came right used take three states himself few house use during without again place around however home
small found thought went say part once general high upon school every does got united left number course war until always away
something fact though water less public put think almost hand enough far took head yet government system better set told nothing
night end why called did find going look asked later knew point next program city business give group toward young days let room
president side social given present several order national possible rather second face per among form important often things
early within free problem best large four big public level area kind open country large help power family court money office city
minister ministry army police border province district capital election elections vote votes voters party parties leader leaders
official officials spokesman spokeswoman statement statements report reports reported reporter news press agency agencies
security military forces force attack attacks attacked killed wounded injured soldiers troops officers operation operations
talks meeting meetings met visit visited trip talks deal agreement agreements treaty peace ceasefire truce conflict crisis
economy economic budget tax taxes trade market markets prices inflation growth bank banks loan loans debt fund funds fiscal
democratic people islamic federal provincial regional local foreign domestic international global western eastern northern southern
committee council assembly senate parliament cabinet commission authority authorities judge judges justice courts law laws legal
case cases hearing hearings petition ruling verdict appeal appeals trial bail arrest arrested detained released release prison jail
protest protests protesters rally rallies march marched crowd crowds demand demands demanded strike strikes workers union unions
water power electricity gas fuel oil energy supply supplies shortage shortages flood floods rain rains drought heat weather storm
school schools students teachers university universities college education health hospital hospitals doctors patients disease
road roads highway bridge railway train trains airport flights flight airline port ports ship ships border crossing crossings
village villages town towns valley valleys mountain mountains river rivers coast desert region regions area areas zone zones
week weeks month months today yesterday tomorrow morning evening afternoon night weekend monday tuesday wednesday thursday friday
saturday sunday january february march april june july august september october november december spring summer autumn winter
said says added noted stressed urged warned claimed denied confirmed announced declared insisted argued explained described
believed expected planned proposed approved rejected accepted signed launched opened closed started ended continued remained
became seemed appeared showed shown seen heard felt held kept brought sent spent paid lost won built grown drawn given taken
million billion thousand hundred percent dozen dozens half quarter third fourth fifth sixth seventh eighth ninth tenth
new old young senior junior former current recent previous future next past final major minor key main chief top leading
strong weak large small long short high low full empty early late quick slow easy hard clear certain likely unlikely serious
political politics policy policies plan plans reform reforms change changes issue issues question questions answer answers
support supported supporters opposition opponent opponents critics critic criticism concern concerns fear fears hope hopes
move moves step steps effort efforts action actions measure measures decision decisions response responses result results
rise rose fall fell increase increased decrease decreased cut cuts boost boosted drop dropped gain gains loss losses
media television radio newspaper newspapers website online social video videos photo photos interview interviews speech
region border neighbour neighbours ally allies partner partners relations ties cooperation dispute disputes tension tensions
aid help relief rescue emergency disaster victims families children women men citizens residents refugees migrants
campaign campaigns candidate candidates seat seats result count counting turnout ballot ballots poll polls survey surveys
source sources document documents data figures record records history story stories event events incident incidents
according despite although whether however meanwhile moreover instead perhaps already recently finally nearly largely
morning statement spokesperson officer commander commanders general generals colonel captain inspector governor mayor
councillor councillors lawmaker lawmakers senator senators deputy deputies secretary secretaries adviser advisers envoy
ambassador ambassadors diplomat diplomats delegation delegations mission missions team teams panel panels body bodies
`.trim().split(/\s+/);
