// English attributions as Wikinews and wire copy write them: a negated verb reports nothing, a
// capitalised cue word inside a sentence is part of a name ("Secretary of State"), a person named
// after a long title is the speaker, and "according to" a description takes the name in apposition.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('English attribution phrases', () => {
  it('reads nothing said after a negation, and goes on to the next attribution', () => {
    const quotes = quotesOf(
      'Title\n\nCiting privacy rules, U.S. officials have not said why the team was denied visas, but Ambassador Hamdullah Mohib says there were concerns.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['there were concerns']);
    expect(quotesOf('Title\n\nHe didn’t say that the plan was ready.')).toHaveLength(0);
  });

  it('reads a capitalised cue word inside a sentence as part of a name, not a verb', () => {
    const quotes = quotesOf('Title\n\nThe ministry said John Kerry, the Secretary of State, contacted the minister.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('The ministry');
    expect(quotes[0]?.text).toBe('John Kerry, the Secretary of State, contacted the minister');
  });

  it('names the person after a long title, the words before being the role', () => {
    const [quote] = quotesOf('Title\n\nAccording to Afghan Ambassador to the United States Hamdullah Mohib, the participation of this team shows progress.');
    expect(quote?.speaker).toMatchObject({ name: 'Hamdullah Mohib', role: 'Afghan Ambassador to the United States' });
  });

  it('takes the name in apposition after "according to" a description', () => {
    const [quote] = quotesOf('Title\n\nAccording to the Afghan team’s coach, Alireza Mehraban, in their first match the robot scored one or two points.');
    expect(quote?.speaker).toMatchObject({ name: 'Alireza Mehraban', role: 'the Afghan team’s coach' });
    expect(quote?.text).toBe('in their first match the robot scored one or two points');
  });

  it('lets a weak cue reach "that" past the outlet it spoke to', () => {
    const [quote] = quotesOf('Title\n\nWhitmore stated to LA Weekly that the alleged crime involved five hard drives.');
    expect(quote?.speaker?.name).toBe('Whitmore');
    expect(quote?.text).toBe('the alleged crime involved five hard drives');
  });

  it('reads a name then an auxiliary after a weak cue as its clause ("reported WeWork is …"), a name then "as" as its object', () => {
    const quotes = quotesOf(
      'Title\n\nThis comes less than a week after Bloomberg reported WeWork is the subject of a federal inquiry.\n\nThe board confirmed Adams as its chair on Monday.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Bloomberg', 'WeWork is the subject of a federal inquiry']]);
  });

  it('ends an "according to" name at a determiner that opens the content', () => {
    const [quote] = quotesOf('Title\n\nAccording to Rathbun the property in question was returned by mail.');
    expect(quote?.speaker?.name).toBe('Rathbun');
    expect(quote?.text).toBe('the property in question was returned by mail');
  });

  it('narrows a run of capitals to the person it ends with', () => {
    const [quote] = quotesOf(
      'Title\n\nExecutive director of the Dallas chapter of the Council on American-Islamic Relations Alia Salem said Mohamed wishes to use his fame.',
    );
    expect(quote?.speaker?.name).toBe('Alia Salem');
  });

  it('reads a name with two appositions joined by "and" before the verb', () => {
    const [quote] = quotesOf(
      'Title\n\nProfessor Cres Eastman, Director of the National Iodine Nutrition study, and Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, says it is crucial that children get iodine.',
    );
    expect(quote?.speaker?.name).toBe('Cres Eastman');
  });

  it('reads a full name opening the sentence, a comma, then the verb', () => {
    const [quote] = quotesOf('Title\n\nLydia Buchtmann for Food Standards Australia New Zealand, says they are looking at mandatory guidelines.');
    expect(quote?.speaker?.name).toBe('Lydia Buchtmann');
    expect(quote?.text).toBe('they are looking at mandatory guidelines');
    expect(quotesOf('Title\n\nYesterday in Paris, said the minister, the talks failed.')[0]?.speaker?.name).toBe('the minister');
  });

  it('starts the content after a comma that follows "that"', () => {
    const [quote] = quotesOf('Title\n\nTom Molomby said that, as the parents came from India, they should be declared not guilty.');
    expect(quote?.text).toBe('as the parents came from India, they should be declared not guilty');
  });

  it('gives relayed speech to the one quoted, not to the outlet that relays it', () => {
    const [quote] = quotesOf(
      'Title\n\nAccording to the New Zealand Herald, Professor John Burrows, the chairman of the panel, said the flag has never been open to public choice.',
    );
    expect(quote?.speaker?.name).toBe('John Burrows');
    expect(quote?.text).toBe('the flag has never been open to public choice');
    expect(quotesOf('عنوان\n\nوفقا للصحيفة، قال الوزير إن الخطة جاهزة.')[0]?.speaker?.name).toBe('الوزير');
  });

  it('ends a sentence-opening "according to" name without a comma at a preposition or a number', () => {
    const [quote] = quotesOf('Title\n\nAccording to the Saudi Interior Ministry over 345 pilgrims have been killed in a stampede.');
    expect(quote?.speaker?.name).toBe('Saudi Interior Ministry');
    expect(quote?.text).toBe('over 345 pilgrims have been killed in a stampede');
  });

  it('reads "reasoned" with a quotation as speech', () => {
    const [quote] = quotesOf('Title\n\nThe city reasoned, "because the users pay a fee, this activity is commercial."');
    expect(quote?.speaker?.name).toBe('The city');
  });

  it('reads "As X told Y," as an attribution of the clause after the comma', () => {
    const [quote] = quotesOf('Title\n\nAs Heald told The Huffington Post, US surface ozone has dropped partly due to the Clean Air Act.');
    expect(quote?.speaker?.name).toBe('Heald');
    expect(quote?.text).toBe('US surface ozone has dropped partly due to the Clean Air Act');
  });

  it('reads "said although …" as a clause, and "with X stating" as X speaking', () => {
    const [mixed] = quotesOf('Title\n\nHeald said although heat and ozone are known to hurt crops, "nobody has looked at these together".');
    expect(mixed?.kind).toBe('mixed');
    expect(mixed?.speaker?.name).toBe('Heald');
    const [direct] = quotesOf(
      'Title\n\nIt quoted critics like barrister Colin Yeo, and campaigner Caitlin Boswell, with Boswell stating: "People need quicker decisions."',
    );
    expect(direct?.speaker?.name).toBe('Caitlin Boswell');
  });

  it('gives a whole sentence in marks after reported speech in its paragraph to the same speaker', () => {
    const quotes = quotesOf('Title\n\nHeald said the findings show pollution reduction is important. "An air-quality cleanup would improve crop yields."');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Heald', 'Heald']);
  });

  it('ends a sentence after a quotation closing on a full stop when a capital follows, unless a bare attribution does', () => {
    const quotes = quotesOf('Title\n\nBatjer said that “lack of service endangers lives.” She said residents have no luxury of failed connections.');
    expect(quotes.map((q) => q.text)).toEqual(['lack of service endangers lives.', 'residents have no luxury of failed connections']);
    expect(quotesOf('Title\n\n“We lost everything.” Smith said. He left.').map((q) => q.speaker?.name)).toEqual(['Smith']);
  });

  it('reads a participle, a comma and a quotation as speech', () => {
    const quotes = quotesOf('Title\n\nOne campaign video featured a series of South Dakotans, declaring, “I’m on meth.” The video drew criticism.');
    expect(quotes.map((q) => q.text)).toEqual(['I’m on meth.']);
  });

  it('names the body an acronym abbreviates, once the article has spelled it out', () => {
    const quotes = quotesOf(
      'Title\n\nThe California Public Utilities Commission holds a hearing on Wednesday.\n\nThe CPUC said it would act, and the EU said it would watch.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['California Public Utilities Commission', 'EU']);
  });

  it('reads no speech in "tells the truth"', () => {
    expect(quotesOf('Title\n\nA White House that lies as easily as it tells the truth creates major problems for the media.')).toHaveLength(0);
  });

  it('reads a web address as one word, not a sentence end', () => {
    const quotes = quotesOf('Title\n\nHe said that Amazon.com was down and wrote that the Scientology.org site was not loading at all.');
    expect(quotes.map((q) => q.text)).toEqual(['Amazon.com was down', 'the Scientology.org site was not loading at all']);
  });

  it("takes the next paragraph's quotation as said when a paragraph ends on a cue and a comma", () => {
    const [quote] = quotesOf('Title\n\nMark Rathbun stated,\n\n"Daniel was picked up by an investigator in a black car."');
    expect(quote?.speaker?.name).toBe('Mark Rathbun');
    expect(quote?.text).toBe('Daniel was picked up by an investigator in a black car.');
  });

  it('reads a weak cue past a setting to a colon ending the paragraph', () => {
    const [quote] = quotesOf('Title\n\nThe mayor posted using her official account:\n\n"We will rebuild the bridge."');
    expect(quote?.speaker?.name).toBe('The mayor');
  });

  it('reads a lower-case title inside the subject of a second, coordinated verb', () => {
    const [quote] = quotesOf('Title\n\nFacebook co-founder Mark Zuckerberg tweeted to Mohamed and said the boy was welcome to come.');
    expect(quote?.speaker?.name).toBe('Mark Zuckerberg');
  });

  it("takes a quotation set off by a comma after a describing verb's object", () => {
    const [quote] = quotesOf('Title\n\nMark Rathbun wrote on his blog.\n\nHe described Montalvo as an individual, "facing the penitentiary for his sins."');
    expect(quote?.text).toBe('facing the penitentiary for his sins.');
    expect(quote?.speaker?.name).toBe('Mark Rathbun');
  });

  it('gives a relative clause closing the sentence to the name before "who"', () => {
    const [quote] = quotesOf('Title\n\nHe flew to Florida to meet with Tom Devocht, who had told Montalvo he would assist him.');
    expect(quote?.speaker?.name).toBe('Tom Devocht');
    expect(quote?.text).toBe('he would assist him');
    expect(quotesOf('Title\n\nThe lawyer, who told reporters that he would appeal, left the court.').map((q) => q.speaker?.name)).not.toContain('The lawyer');
  });

  it('credits a quotation to the person named after a dash closing its paragraph', () => {
    const [quote] = quotesOf('Title\n\nThe site went down.\n\n"So far, it\'s the Internet: 1, Scientology: 0. But it\'s a long game." - Matthew Ingram');
    expect(quote?.speaker?.name).toBe('Matthew Ingram');
    expect(quote?.speaker?.inferred).toBe(false);
  });

  it('reads the words between "with" and a participle of writing as its subject', () => {
    const [quote] = quotesOf('Title\n\nCritics were unhappy, with one poster writing "How can people look at both sides if one side is gone?"');
    expect(quote?.speaker?.name).toBe('one poster');
  });

  it('finds the name "who" points at past a place, an age and a nickname', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(speakers('Title\n\nThe seat was opened by Sen. Harold Weiss of Rhode Island, who announced that he would retire.')).toEqual(['Harold Weiss']);
    expect(speakers('Title\n\nThe suit names three voters, including Edna Marsh, 84, of Sheboygan, who testified that she was turned away.')).toEqual([
      'Edna Marsh',
    ]);
    const [nick] = speakers('Title\n\nShe joined the band of the trumpeter Clifford “Boots” Marlowe, who said that she played every night.');
    expect(nick).toMatch(/Marlowe$/);
  });

  it('names the person in an apposition with an article when a possessive description opens the sentence', () => {
    const quotes = quotesOf(
      'Title\n\nHer grandson, the saxophonist Julián Ferrer-Watts, said she had continued to compose.\n\n“She would call me at two in the morning,” he said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Julián Ferrer-Watts', 'Julián Ferrer-Watts']);
    // (Not names after a preposition in the apposition: "a protégé of John Bolton and Dick Cheney".)
    const protege = quotesOf('Title\n\nThe Bush-era whistleblower, a protégé of John Bolton and Dick Cheney, said that he was told by an anonymous leaker.');
    expect(protege.map((q) => q.speaker?.name)).toEqual(['The Bush-era whistleblower']);
  });

  it('reads an acronym spelt like a function word as a name ("according to the WHO", "US officials")', () => {
    expect(quotesOf('Title\n\nIts fatality rate has ranged from 24% to 88% in past outbreaks, according to the WHO.')[0]?.speaker?.name).toBe('WHO');
    expect(quotesOf('Title\n\nUS officials said the talks would resume on Monday.')[0]?.speaker?.name).toBe('US officials');
  });

  it('gives "the agency" and "the department" to the body heard last, and keeps a possessive inside a body\'s name', () => {
    const who = quotesOf(
      'Title\n\nThe World Health Organization estimates that 57 million people live with dementia. The agency has said the number could double.',
    );
    expect(who.map((q) => q.speaker?.name)).toEqual(['World Health Organization', 'World Health Organization']);
    const office = quotesOf(
      'Title\n\nThe Serrano County Sheriff\'s Office said that evacuation orders now cover all homes. "If you are in this zone, leave now," the department wrote on X.',
    );
    expect(office.map((q) => q.speaker?.name)).toEqual(["Serrano County Sheriff's Office", "Serrano County Sheriff's Office"]);
  });

  it("gives a participle the body a wire dateline's sentence opens with", () => {
    const [quote] = quotesOf(
      'Title\n\nWELLINGTON, Feb 19 (Reuters) - The Reserve Bank of New Zealand cut its benchmark rate on Wednesday, saying inflation was now within its target band.',
    );
    expect(quote?.speaker?.name).toBe('Reserve Bank of New Zealand');
  });

  it('reads past a dateline in capitals with no credit to the subject a coordinated verb shares', () => {
    const [quote] = quotesOf(
      'Title\n\nMANCHESTER, N.H. — Brenda Calloway stood on a folding chair on Saturday night and told voters that the race was "far from over," despite trailing.',
    );
    expect(quote?.speaker?.name).toBe('Brenda Calloway');
  });

  it('takes the name in apposition after a description that names no one, for a coordinated verb too', () => {
    const quotes = quotesOf('Title\n\nHallam’s manager, Steve Dalton, called the defeat “the cruellest night of my career” and said his players were tired.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Steve Dalton', 'Steve Dalton']);
  });

  it('reads a nickname in marks as part of a name, never as a quotation', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => [q.speaker?.name, q.text]);
    expect(speakers('Title\n\nSen. Thomas "Tad" Brennan of Montana said he would push for more patrols.')).toEqual([
      ['Thomas "Tad" Brennan', 'he would push for more patrols'],
    ]);
    expect(speakers('Title\n\nCity Councilmember Aurelio "Rey" Benavides, whose district includes the station, said he would act.')).toEqual([
      ['Aurelio "Rey" Benavides', 'he would act'],
    ]);
  });

  it('reads "according to" after a link word at the head of its sentence ("But according to …, …")', () => {
    const [quote] = quotesOf('Title\n\nBut according to the council, only about one in five eligible households is signed up.');
    expect([quote?.speaker?.name, quote?.text]).toEqual(['the council', 'only about one in five eligible households is signed up']);
  });

  it('finds the subject before a long participial aside, and leaves a subordinate clause after an attribution to the narrator', () => {
    const [aides] = quotesOf(
      'Title\n\nTwo House Republican aides, speaking on condition of anonymity because they were not authorized to discuss private talks, said Achterberg was leaning toward a vote.',
    );
    expect([aides?.speaker?.name, aides?.text]).toEqual(['Two House Republican aides', 'Achterberg was leaning toward a vote']);
    const quotes = quotesOf('Title\n\nFighting spread to two more towns on Tuesday, local officials said, as a push for a ceasefire appeared to stall.');
    expect(quotes.map((q) => q.text)).toEqual(['Fighting spread to two more towns on Tuesday']);
  });

  it('reads "reminded them that" and "accused X of "…"" as speech', () => {
    expect(quotesOf('Title\n\nJudge Alvin Moreau reminded jurors that they must not read news coverage of the case.')[0]?.speaker?.name).toBe('Alvin Moreau');
    const [accused] = quotesOf('Title\n\nJustice Harold Lindqvist accused the majority of "legislating from the bench" in his dissent.');
    expect([accused?.speaker?.name, accused?.text]).toEqual(['Harold Lindqvist', 'legislating from the bench']);
  });

  it('reads no subject in a phrase a preposition opens, and a capitalised cue word opening a sentence as a noun', () => {
    const quotes = quotesOf(
      'Title\n\nPop singer Lina Novak canceled her tour, accusing her promoter of "bullying my crew and lying to my fans" in a lengthy statement posted to Instagram.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Lina Novak', 'bullying my crew and lying to my fans']]);
    const [posts] = quotesOf('Title\n\nPosts on the message board from Friday theorized that a denial-of-service attack had occurred.');
    expect(posts?.speaker?.name).toBe('Posts on the message board from Friday');
  });

  it('starts a new quote, same speaker, at a participle with "that" after a comma ("…, adding that …")', () => {
    const quotes = quotesOf('Title\n\nDempsey said the illness is rare, adding that it can be difficult to diagnose.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Dempsey', 'the illness is rare'],
      ['Dempsey', 'it can be difficult to diagnose'],
    ]);
  });

  it('gives a quotation after a colon to the person a sentence names past its opening adverbial', () => {
    const [quote] = quotesOf(
      'Title\n\nDuring Prime Minister\'s Questions Wednesday, Rishi Sunak defended the government\'s record: "We want a system whereby they will not be able to stay."',
    );
    expect(quote?.speaker?.name).toBe('Rishi Sunak');
  });

  it('reads a handle as one word and "the letter reads" as a cue', () => {
    expect(
      quotesOf('Title\n\nUS President Barack Obama tweeted using his @POTUS account:\n\n"Cool clock, Ahmed. Want to bring it to the White House?"')[0]?.speaker
        ?.name,
    ).toBe('Barack Obama');
    expect(quotesOf('Title\n\nThe Home Office letter reads "we may extend the use of the questionnaire to other claimants".')[0]?.text).toBe(
      'we may extend the use of the questionnaire to other claimants',
    );
  });

  it('reads past a party tag in apposition, a description\'s lower-case words and a name\'s "of"', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(speakers('Title\n\nSen. Eleanor Vossberg, R-Maine, the chair of the Senate Appropriations Committee, said a shutdown would be a gift.')).toEqual([
      'Eleanor Vossberg',
    ]);
    expect(
      speakers('Title\n\nRussia’s foreign ministry spokeswoman, Irina Volkova, called the sanctions “illegitimate” and said they would only raise prices.'),
    ).toEqual(['Irina Volkova']);
    expect(speakers('Title\n\nU.S. Secretary of State Margaret Ellison-Ruiz welcomed the agreement but warned that allies would face consequences.')).toEqual([
      'Margaret Ellison-Ruiz',
    ]);
  });

  it('reads a name and its apposition before a describing verb ("X, a lawyer … who argued the case, called …")', () => {
    const quotes = quotesOf(
      'Title\n\nJanelle Okafor-Whitby, a lawyer with the Legal Defense Fund who argued the case, called the decision “a green light for every legislature.” “We will be back in court,” she told reporters.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Janelle Okafor-Whitby', 'Janelle Okafor-Whitby']);
  });

  it('finds "the Kentucky Republican" by the party tag written after a name ("R-Ky.", "(R-S.C.)")', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(
      speakers(
        'Title\n\nRep. Garrett Hensley, R-Ky., the committee chairman, said the witness had ignored three letters.\n\nRep. Dale Kimbrough, R-Tenn., accused Democrats of "running interference for a cover-up."\n\n"Nobody is above the law," the Kentucky Republican said.',
      ),
    ).toEqual(['Garrett Hensley', 'Dale Kimbrough', 'Garrett Hensley']);
    expect(
      speakers('Title\n\nSen. Lindsey Graham (R-S.C.) met the delegation.\n\n"We will not accept this deal," the South Carolina Republican said.'),
    ).toEqual(['Lindsey Graham']);
  });

  it('reads "telling reporters that …" past whom it was told, and "X, who …, dismissed Y as "…""', () => {
    const [told] = quotesOf('Title\n\nAaliyah Brooks-Denton rejected the plan, telling reporters that a delay was “not on the table” this week.');
    expect(told?.speaker?.name).toBe('Aaliyah Brooks-Denton');
    expect(told?.text.startsWith('a delay was')).toBe(true);
    const [dismissed] = quotesOf(
      'Title\n\nOchoa-Thompson, who voted for the bill, dismissed the ad as "the kind of garbage you get when a candidate can\'t win on his own record."',
    );
    expect(dismissed?.speaker?.name).toBe('Ochoa-Thompson');
  });

  it('reads a compound description opening the sentence whole for its participle ("The press secretary …, telling")', () => {
    const [quote] = quotesOf('Title\n\nThe press secretary ruled out pausing the tariffs, telling reporters that a delay was not on the table.');
    expect(quote?.speaker?.name).toBe('The press secretary');
  });

  it('reads "shot back" as a cue, and "Fire" inside a name as no verb', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(
      speakers(
        'Title\n\n"Ms. Ashby, does the executive branch have to do it?" Sen. Naomi Castellanos asked.\n\n"This isn\'t a matter," the senator shot back.',
      ),
    ).toEqual(['Naomi Castellanos', 'Naomi Castellanos']);
    expect(speakers('Title\n\n"Carbon monoxide is silent, and it kills," said Tulsa Fire Department Capt. Marisol Quintero.')).toEqual(['Marisol Quintero']);
  });

  it('reads "the Conservative leader" as the "Tory leader" named before, not a body named after him', () => {
    const quotes = quotesOf(
      'Title\n\nPrime Minister Daniel Hartley clashed with Tory leader Oliver Penrose over NHS waiting lists.\n\n"The prime minister promised the country he would get waiting lists down," the Conservative leader told MPs.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Oliver Penrose']);
  });

  it('knows "Treasurer", "Shadow treasurer" and "Senior advocate" as titles, and a dateline in capitals as no name', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(speakers('Title\n\nTreasurer Nick Pellegrino said the cut was welcome news for millions of Australians.')).toEqual(['Nick Pellegrino']);
    expect(speakers('Title\n\nShadow treasurer Bridget Ormsby said the government was taking credit for the bank.')).toEqual(['Bridget Ormsby']);
    expect(
      speakers(
        'Title\n\nCAPE TOWN, March 12 (Reuters) - South Africa’s Democratic Alliance, the second-largest party in the coalition, said on Wednesday it would vote against the budget.',
      ),
    ).not.toContain('CAPE TOWN');
  });

  it('reads no name in a participial phrase opening the sentence before two appositions', () => {
    const [quote] = quotesOf(
      'Title\n\nSpeaking from a trailer parked at the end of Whitehall, the president of the National Farmers’ Union, Gwen Aldersey-Pryce, told the crowd that the policy would hurt farmers.',
    );
    expect(quote?.speaker?.name).toBe('Gwen Aldersey-Pryce');
  });

  it('ends a sentence at a quotation\'s stop when a quotation opens the next, and reads "said little" as no speech', () => {
    const quotes = quotesOf(
      'Title\n\nThe prime minister said he remained opposed to what he called "eurobonds through the back door." "Dutch taxpayers are not a credit card," he told reporters.',
    );
    expect(quotes.map((q) => q.text)).toEqual([
      'he remained opposed to what he called "eurobonds through the back door."',
      'Dutch taxpayers are not a credit card,',
    ]);
    expect(quotesOf('Title\n\nThe chancellor said little on his way into the building.')).toHaveLength(0);
  });

  it('reads the name after "from" before ", who" as the speaker unless a title holds it as a place', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(speakers('Title\n\nThe remark drew a response from Chiara Rosso, who said Europe could not defend itself.')).toEqual(['Chiara Rosso']);
    expect(speakers('Title\n\nThat was a jab at a state senator from Arlington, who shot back that he had a record of winning.')).not.toContain('Arlington');
  });

  it("reads past a wire dateline for a coordinated verb, and past a party in parentheses before an apposition's comma", () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(speakers('Title\n\nTOKYO, Jan 24 (Reuters) - The Bank of Japan raised rates on Friday and said it would keep tightening.')).toEqual([
      'Bank of Japan',
    ]);
    const [quote] = quotesOf('Title\n\nThe committee’s chairman, Rep. Dale Hofstetter (R-Kan.), said any deal must include spending cuts.');
    expect([quote?.speaker?.name, quote?.text]).toEqual(['Dale Hofstetter', 'any deal must include spending cuts']);
  });

  it('reads a description then a name in apposition after a quotation, and a word before a title in the opening subject', () => {
    const [quote] = quotesOf(
      'Title\n\n“This was not a case about politics,” the acting United States attorney for the Eastern District of Louisiana, Marguerite Fontenot-Shaw, said at a news conference.',
    );
    expect(quote?.speaker?.name).toBe('Marguerite Fontenot-Shaw');
    const quotes = quotesOf('Title\n\nBJP state president Vijaya Lakshmi Nadagouda said the mandate was fractured and claimed that the vote share had risen.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Vijaya Lakshmi Nadagouda', 'Vijaya Lakshmi Nadagouda']);
  });

  it('reads a noun phrase right after "in which" as the relative clause\'s own subject', () => {
    const [quote] = quotesOf(
      'Title\n\nThe chair pressed her on an email in which a senior civil servant told colleagues the bid should be "expedited on ministerial instruction".',
    );
    expect(quote?.speaker?.name).toBe('a senior civil servant');
    const [analysts] = quotesOf('Title\n\nWashington-based analysts who have done the calculations said they have difficulty figuring it out.');
    expect(analysts?.speaker?.name).toBe('Washington-based analysts');
  });

  it('reads a clause without "that" after a weak cue when a noun phrase and an auxiliary open it, not an object and a second verb', () => {
    const texts = (t: string) => quotesOf(t).map((q) => q.text);
    expect(texts('Title\n\nThe European Commission noted the plan would hurt farmers in the south.')).toEqual(['the plan would hurt farmers in the south']);
    expect(texts('Title\n\nMayor Jane Holloway confirmed the owner of the mill had agreed to sell.')).toEqual(['the owner of the mill had agreed to sell']);
    expect(texts('Title\n\nThe minister announced the deal on Tuesday and would not take questions.')).toEqual([]);
  });

  it('gives the quotation opening a paragraph to the person opening the paragraph before when it closes on a colon without a cue', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(speakers('Title\n\nCoach Maria Lopez was blunt:\n\n"We were not good enough tonight, and everybody in that room knows it."')).toEqual([
      'Maria Lopez',
    ]);
    expect(
      speakers('Title\n\nIn a statement, the company\'s chief executive, Tom Ward, offered an apology:\n\n"We let our customers down and we will fix it."'),
    ).toEqual(['Tom Ward']);
    expect(speakers('Title\n\nThe report lists three causes:\n\n"Poor maintenance, bad weather and a lack of training at the depot."')).toEqual([null]);
  });

  it('reads past an opening participle, a body noun before a firm, and an apposition with a place before "who"', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'T\n\nSpeaking at a packed event in Santa Monica, chief executive Isabela Moreira held up the glasses and called them "the first computer you will forget you are wearing."',
      ),
    ).toEqual(['Isabela Moreira']);
    expect(
      speakers('T\n\nTheir lawyer, Catalina Ruiz of the firm Whitford Abrams, told reporters outside the courthouse that the case was about consent.'),
    ).toEqual(['Catalina Ruiz']);
    expect(
      speakers('T\n\nAmong them was Teresa Mbatha, a retired school librarian in Fort Lauderdale, who said she had put nearly $90,000 into the platform.'),
    ).toEqual(['Teresa Mbatha']);
    expect(speakers('T\n\nHe traveled to Florida to meet with Devocht, who had told him he would help him find housing.')).toEqual(['Devocht']);
  });

  it('reads no attribution after a comma when the words after the verb hold a finite verb, nor a title in marks as what was said', () => {
    const quotes = (t: string) => quotesOf(t).map((q) => [q.speaker?.name ?? null, q.text]);
    expect(quotes('T\n\nVoice actor Sung-min Park, who has voiced characters in two franchises, said the strike had cost her half her income.')).toEqual([
      ['Sung-min Park', 'the strike had cost her half her income'],
    ]);
    for (const q of quotes('T\n\nVoice actor Sung-min Park, who starred in "Ember Knights," said the strike had cost her half her income.'))
      expect(q[1]).not.toContain('Ember Knights');
  });

  it("reads the answers after an interview's questions, not the paragraphs under an explainer's question subheads", () => {
    const interview = quotesOf(
      'Q&A\n\nIn an interview, the director, Samia Taib, spoke about her hospital.\n\nHow do you describe the situation today?\n\nWe receive 200 patients a day, many with shrapnel wounds.\n\nAre medicines still arriving?\n\nSome shipments arrive, but they cover less than half of what we need.',
    );
    expect(interview.map((q) => q.speaker?.name)).toEqual(['Samia Taib', 'Samia Taib']);
    const explainer = quotesOf(
      'Tariffs explained\n\nTariffs have risen sharply, economist Dana Ruiz said.\n\nHow much have tariffs raised?\n\nRevenues have totaled about $70 billion since 2018.\n\nWho pays them?\n\nImporters pay the duties at the border.',
    );
    expect(explainer.map((q) => q.text)).toEqual(['Tariffs have risen sharply']);
  });

  it('reads a name after a preposition in a description as whom it is about, not who speaks', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null]);
    const lead = 'Lawsuit\n\nGovernor Ann Reilly faces a lawsuit over the new map.\n\n';
    // A title after the preposition heads the complement; the name in apposition speaks.
    expect(speakers(`${lead}The spokesman for Governor Ann Reilly, James Cole, said the state would fight it.`)).toEqual([
      ['James Cole', 'The spokesman for Governor Ann Reilly'],
    ]);
    // The person the entity stage found after "for" is whom the spokesman speaks for.
    expect(speakers(`${lead}A spokesman for Reilly said the lawsuit would be answered within a week.`)).toEqual([['A spokesman for Reilly', null]]);
  });

  it('does not carry a pronoun to a person of the other gender named earlier in its sentence', () => {
    const quotes = quotesOf(
      'Budget\n\nSenator Maria Delgado spoke on Monday.\n\nAsked about Speaker Tom Walsh, she said he had lost the room over the budget.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Maria Delgado']);
  });

  it('does not take a person a preposition governs for the antecedent of a subject pronoun, but does after "according to"', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'Inquiry\n\nSenator Maria Delgado has pressed for hearings.\n\nIn a letter to House Speaker Nancy Pelosi, she wrote that the inquiry should move faster.',
      ),
    ).toEqual(['Maria Delgado']);
    expect(
      speakers('Inquiry\n\nSenator Maria Delgado has pressed for hearings.\n\nAccording to Nancy Pelosi, she told aides that the inquiry should move faster.'),
    ).toContain('Nancy Pelosi');
  });

  it('does not resolve an institution described by its head noun to a news outlet', () => {
    const quote = quotesOf(
      'Subpoenas\n\nSenator Maria Delgado spoke to Fox News on Sunday.\n\nPressed by Fox News host Chris Wallace, she said she had not read the transcript.\n\nCiting her remarks, the committee said it would issue subpoenas.',
    ).at(-1);
    expect(quote?.text).toBe('it would issue subpoenas');
    expect(quote?.speaker?.name).not.toBe('Fox News');
  });

  it('reads "put it" as a cue, and "as" between a quotation and its attribution as pointing back at it', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => [q.speaker?.name ?? null, q.text]);
    const lead = 'Shutdown\n\nVice President Mike Pence met congressional leaders on Monday.\n\n';
    expect(speakers(`${lead}As one federal worker put it: "We are the ones paying for this fight."`)).toEqual([
      ['one federal worker', 'We are the ones paying for this fight.'],
    ]);
    expect(speakers(`${lead}"We are the ones paying for this fight," as Maria Lopez, a federal worker, put it.`)[0]?.[0]).toBe('Maria Lopez');
    expect(speakers(`${lead}"We are the ones paying for this fight," as one federal worker said.`)[0]?.[0]).toBe('one federal worker');
    // "put" without "it", or "put it" with no quotation, colon or clause after it, reports nothing.
    expect(speakers(`${lead}He put the letter on the table and left the room.`)).toEqual([]);
    expect(speakers(`${lead}She put it on the table and left the room.`)).toEqual([]);
  });

  it('lets a weak cue closing its sentence after a setting attribute the words before it', () => {
    const quotes = (t: string) => quotesOf(t).map((q) => [q.speaker?.name ?? null, q.text]);
    expect(quotes('Europa\n\nAstronomers have found new evidence of water vapour on Europa, NASA announced on Monday.')).toEqual([
      ['NASA', 'Astronomers have found new evidence of water vapour on Europa'],
    ]);
    // An object after the verb, or no words before it, attributes nothing.
    expect(quotes('Jobs\n\nThe company confirmed the cuts on Tuesday.')).toEqual([]);
    expect(quotes('Jobs\n\nThe company announced on Tuesday.')).toEqual([]);
  });

  it('carries a plural pronoun opening its sentence to the group the sentence before opens on', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(speakers('Town hall\n\nThe mayor spoke on Monday.\n\nResidents of the town are angry. They say the council ignored their complaints.')).toEqual([
      'Residents',
    ]);
    // After someone spoke in the paragraph, "they" goes on with them.
    expect(
      speakers(
        'Leak\n\nThe app maker paused the feature.\n\nTwo engineers at the firm, Haddad and Amsel, said they found the flaw. Reporters asked for details. They said the clips included street names.',
      ),
    ).toEqual(['Haddad and Amsel', 'Haddad and Amsel']);
  });

  it('reads a description opening on a number as a group, which "they" goes on with, and names joined in apposition as the speakers', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers('Leak\n\nThe app maker paused the feature.\n\nTwo engineers at the firm said they found the flaw. They said the clips included street names.'),
    ).toEqual(['Two engineers at the firm', 'Two engineers at the firm']);
    expect(speakers('Talks\n\nThe two countries, Russia and China, said the sanctions were illegal.')).toEqual(['Russia and China']);
  });

  it('does not read the description of one person as the next name after its verb', () => {
    const lead = 'Talks\n\nThe minister, Ana Ruiz, met Senator Tom Reyes and Senator Maria Delgado on Monday.\n\n';
    for (const line of [
      'In response to a question from Senator Tom Reyes, the minister said the plan was sound.',
      'Speaking after a meeting with Reyes, the minister said the plan was sound.',
    ])
      expect(quotesOf(lead + line).map((q) => q.speaker?.name)).toEqual(['Ana Ruiz']);
  });

  it('reads a bare verb form before a title as a word of the description ("state Sen."), not an inverted attribution', () => {
    const quotes = quotesOf("Ruling\n\nThe law's author, state Sen. Bryan Hughes, said he was confident the ruling would be overturned.");
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Bryan Hughes', 'he was confident the ruling would be overturned']]);
    // Plural subjects after a bare form still invert.
    expect(quotesOf('Prices\n\nPrices will rise next year, say economists.').map((q) => q.speaker?.name)).toEqual(['economists']);
  });

  it("reads a body's kind after what it said as the body its sentence opens on", () => {
    const speaker = (t: string) => quotesOf(`Business\n\n${t}`).map((q) => q.speaker?.name);
    expect(speaker('Boeing Co will slow production of its 737 jets, the planemaker said on Wednesday.')).toEqual(['Boeing']);
    expect(speaker('Tesco will close 20 stores next year, the supermarket chain said on Monday.')).toEqual(['Tesco']);
    // A rival is another body.
    expect(speaker('Tesco will close 20 stores next year, the rival chain said on Monday.')).toEqual(['the rival chain']);
  });

  it('reads a title the speaker just quoted holds, with a nationality no role states, as that speaker', () => {
    const quotes = quotesOf(
      'Cattle\n\nIn Canberra, Agriculture Minister Graham Ashby said he was "surprised and disappointed" by the decision.\n\n"We had officials in Jakarta only last week," the Australian minister told ABC radio.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Graham Ashby', 'Graham Ashby']);
    // "Justice" is the judge a later sentence describes.
    const court = quotesOf(
      'Ruling\n\nIn a 64-page decision released Monday, Justice Catherine Moreau wrote that the claims raised common issues.\n\n"The plaintiffs do not have to prove their case at this stage," the judge wrote.',
    );
    expect(court.map((q) => q.speaker?.name)).toEqual(['Catherine Moreau', 'Catherine Moreau']);
  });

  it('does not take a longer description for an unnamed speaker described by fewer words, nor a modifier for the head', () => {
    const quotes = quotesOf(
      "Minister: 'We will not back down' on buyback cap\n\nThe NSW Minister for Disaster Recovery, Tom Galloway, said the cap had left families stranded.\n\nIn a letter sent last week, the state minister wrote that at least 340 properties were valued above the threshold.",
    );
    expect(quotes.at(-1)?.speaker?.name).not.toBe('Minister');
    const council = quotesOf(
      'Libraries\n\n"More than 6,000 people told the council not to do this," the former council leader said.\n\nThe council said it would offer the buildings to community groups.',
    );
    expect(council.map((q) => q.speaker?.name)).toEqual(['the former council leader', 'The council']);
  });

  it("starts what a sentence-final attribution says past the dateline's credit and dash", () => {
    const [quote] = quotesOf(
      'Coach fired\n\nSTILLWELL, Neb. (AP) — Central Plains State fired football coach Mike Dorsey on Sunday, the university announced.',
    );
    expect(quote?.text).toBe('Central Plains State fired football coach Mike Dorsey on Sunday');
    expect(quote?.speaker?.name).not.toBe('STILLWELL');
  });

  it('reads past a name in marks that a word introduces inside the apposition before the verb', () => {
    const quotes = quotesOf(
      'Overdoses\n\nAdvocates say the numbers show the need for a safe supply. Jenna Whitehorse, co-founder of a volunteer-run site called "The Tent", said her volunteers had reversed more than 600 overdoses.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Advocates', 'the numbers show the need for a safe supply'],
      ['Jenna Whitehorse', 'her volunteers had reversed more than 600 overdoses'],
    ]);
  });
  it('reads a reporting word after a possessive as a noun, not as the verb whose subject a participle shares', () => {
    const quotes = quotesOf(
      'Strike costs mount\n\nDETROIT (Reuters) - Ford Motor Co on Thursday withdrew its full-year profit forecast, saying that the six-week strike by the United Auto Workers union cost it about $1.7 billion.\n\nThe company said the new labor contract would add $8.8 billion in costs.',
    );
    // (The union a preposition governs is not the body the narration before "The company said" is about.)
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role ?? null])).toEqual([
      ['Ford Motor Co', null],
      ['Ford Motor Co', null],
    ]);
  });
  it('leaves when it was said out of who said it before the verb ("A federal judge on Tuesday ruled that")', () => {
    const speakers = (t: string) => quotesOf(`Ruling\n\n${t}`).map((q) => q.speaker?.name);
    expect(speakers('SAN FRANCISCO, June 4 (Reuters) - A federal judge on Tuesday ruled that StageLine illegally monopolized the market.')).toEqual([
      'A federal judge',
    ]);
    expect(speakers('The agency Tuesday said that prices rose.')).toEqual(['The agency']);
  });

  it('reads a reporting word inside "according to …" as its noun, and the source as attributing only the clause before it', () => {
    const quotes = quotesOf(
      'Haiti\n\nGangs now control about 85% of the capital, Port-au-Prince, according to UN estimates, and more than 700,000 Haitians have been displaced by the violence.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['UN estimates', 'Gangs now control about 85% of the capital, Port-au-Prince']]);
  });
  it('reads "the health system" as a body\'s kind, the one that just spoke', () => {
    const quotes = quotesOf(
      [
        'Nurses strike',
        '"We value our nurses deeply," Cascade Health said in a statement.',
        'The health system said it had hired about 1,100 replacement nurses.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Cascade Health', 'Cascade Health']);
  });

  it('reads "indicated", "underscored" and their like as cues only before "that"', () => {
    const said = (t: string) => quotesOf(`Title\n\n${t}`).map((q) => [q.speaker?.name ?? null, q.text]);
    expect(said('Taylor Swift has indicated that she will re-record her biggest hits.')).toEqual([['Taylor Swift', 'she will re-record her biggest hits']]);
    expect(said('The minister underscored that the talks would go on.')).toEqual([['The minister', 'the talks would go on']]);
    // An object is no speech, nor is a headline's second verb an attribution of the first clause.
    expect(said('The driver indicated the route he would take to the border.')).toEqual([]);
    expect(quotesOf('Central bank holds rates, signals cuts later this year\n\nThe bank held rates on Thursday.')).toEqual([]);
  });

  it('carries "they" to names joined at the opening of the sentence before, and to no one person', () => {
    const speakers = (t: string) => quotesOf(`Title\n\n${t}`).map((q) => q.speaker?.name ?? null);
    expect(speakers('Smith and Jones visited the site on Monday. They said the water was clean.')).toEqual(['Smith and Jones']);
    expect(speakers('Meanwhile, Pluznick and her colleagues kept studying the receptor. They said in 2013 that it responded to molecules.')).toEqual([
      'Pluznick and her colleagues',
    ]);
    expect(speakers('Smith toured the plant with two engineers on Monday, and the tour ran late. They said the line would reopen.')).toEqual([null]);
  });
});

describe('English names in marks after a naming word', () => {
  it('reads "called the building "the Old Lady of Pine Street"" as a name, and "called the bill "a surrender …"" as speech', () => {
    const quotes = quotesOf(
      'Title\n\nDirector Keith Baumann said sirens sounded early. "That warning time made all the difference," Baumann said.\n\nFirst Baptist Church had stood on Pine Street since 1911. Members had long called the building "the Old Lady of Pine Street". Pastor Ronnie Tibbs stood in what used to be the sanctuary.\n\n"I married my wife right here," he told KCBN.\n\nRep. Carla Vance called the bill "a surrender dressed up as a strategy."',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Keith Baumann', 'sirens sounded early'],
      ['Keith Baumann', 'That warning time made all the difference,'],
      ['Ronnie Tibbs', 'I married my wife right here,'],
      ['Carla Vance', 'a surrender dressed up as a strategy.'],
    ]);
  });
});

describe('A percent sign closing what was said', () => {
  it('keeps "10%" and «12٪» whole at the end of a reported clause, where the sign was cut as punctuation', () => {
    const en = quotesOf('Title\n\nTwo suppliers said Apple had cut its orders by 10%.');
    expect(en.map((q) => q.text)).toEqual(['Apple had cut its orders by 10%']);
    const ar = quotesOf('عنوان\n\nوقال الوزير إن الأسعار ارتفعت بنسبة 12٪.');
    expect(ar.map((q) => q.text)).toEqual(['الأسعار ارتفعت بنسبة 12٪']);
  });
});

describe('Words in marks after an attribution and a conjunction', () => {
  it('reads ", Cook said, but instead "…"" as a second quote of the same speaker, not ", and the crowd cheered "…""', () => {
    const quotes = quotesOf('Title\n\nSecurity, like design, is not "an add-on," Cook said, but instead "part of who we are."');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Cook', 'Security, like design, is not "an add-on,"'],
      ['Cook', 'instead "part of who we are."'],
    ]);
    const narrated = quotesOf('Title\n\n"We will fight this," Smith said, and the crowd cheered "Smith! Smith!"');
    expect(narrated.map((q) => q.text)).toEqual(['We will fight this,']);
  });
});

describe('"According to" an outlet before an attribution of its own', () => {
  it('gives the words to whom the outlet quotes, past a relative clause, with a weak verb before a colon', () => {
    const quotes = quotesOf(
      'Title\n\nAccording to Reuters, one user on Weibo, which is widely used in China, posted: “Why was nobody told about this for a week?”',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', 'one user on Weibo']]);
    const minister = quotesOf('Title\n\nAccording to Reuters, the minister posted: “We will not resign.”');
    expect(minister.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', 'the minister']]);
  });
});

describe('An absolute participle with its own subject after "with"', () => {
  it('ends the clause before ", with the Times reporting …" and gives the clause after it to the Times, "no one" opening it', () => {
    const quotes = quotesOf(
      'Title\n\nOfficials told reporters every case would be reviewed quickly, with the Times reporting no one would be turned away "without a hearing".',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Officials', 'every case would be reviewed quickly'],
      ['Times', 'no one would be turned away "without a hearing"'],
    ]);
  });

  it('reads no subject in "with tariffs and suggesting …": a conjunction joins two participles of the same speaker', () => {
    const quotes = quotesOf('Title\n\nMr. Trump has pressed Canada, publicly threatening it with tariffs and suggesting he might walk away from the talks.');
    expect(quotes.map((q) => q.speaker?.name)).not.toContain('tariffs and');
  });
});

describe('A word or two in marks modifying the object of a weak verb', () => {
  it("reads \"denied 'sensational' claims made in a post that said …\" as the post's words, with no quote of the denial", () => {
    const quotes = quotesOf(
      "Title\n\nCompany leaders have denied 'sensational' claims made in a viral online post that said the retailer misreported its holiday sales.",
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([['indirect', 'a viral online post', 'the retailer misreported its holiday sales']]);
  });

  it('keeps an exclamation in marks before a conjunction as what was shouted', () => {
    const quotes = quotesOf('Title\n\nOne resident shouted "Shame!" as council members filed out of the chamber.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['One resident', 'Shame!']]);
  });
});

describe('A verb of explaining before a question word', () => {
  it('reads "explained why …" and "explaining how …" as what was explained, not "explained how to …", an instruction', () => {
    const quotes = quotesOf(
      'Title\n\nThe coach explained why the team had struggled after the break. Rivera spent a minute explaining how she could not have known.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['The coach', 'why the team had struggled after the break'],
      ['Rivera', 'how she could not have known'],
    ]);
    expect(quotesOf('Title\n\nThe engineer explained how to restart the pump after a power cut.').map((q) => q.text)).toEqual([]);
  });
});

describe('A clause of saying inside a subordinate clause that opens the sentence', () => {
  it('takes the subject past "When" and after "and", and ends what was said at the comma before the main clause', () => {
    const quotes = quotesOf(
      'Title\n\nWhen Senator Dana Whitfield looks into the cameras and swears she has never met the donor, it is time to ask harder questions.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Dana Whitfield', 'she has never met the donor']]);
  });

  it('reads "swears he …", "indicated she would …" without "that" as clauses said', () => {
    const quotes = quotesOf('Title\n\nThe mayor swears he knew nothing about the contract. The senator indicated she would run again.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['The mayor', 'he knew nothing about the contract'],
      ['The senator', 'she would run again'],
    ]);
  });
});

describe('A pronoun and a verb of saying alone', () => {
  it('reads the subheading "He said, she said" as no quote, and keeps "We said" inside a longer quotation', () => {
    const quotes = quotesOf('Title\n\nHe said, she said\n\n"We said it would be hard, and it was," the coach said.');
    expect(quotes.map((q) => q.text)).toEqual(['We said it would be hard, and it was,']);
  });
});

describe("The plural of a body's noun as the subject of a weak verb", () => {
  it('reads "The neo-banks have promised that …" as the banks speaking, and no verb-shaped noun after a plural of people', () => {
    const quotes = quotesOf('Title\n\nThe neo-banks have promised that they will ease your pain.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['The neo-banks', 'they will ease your pain']]);
    const match = quotesOf('Title\n\nOkonjo rose above two defenders to meet the cross at the far post.');
    expect(match).toEqual([]);
  });
});

describe('A concession after an attribution', () => {
  it('goes on with the speaker after ", he said, although …", and leaves ", she said, as the crowd cheered" narration', () => {
    const quotes = quotesOf('Title\n\n"I do not see a role for the station in the program," Tom Young said, although it could later support missions to Mars.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Tom Young', 'I do not see a role for the station in the program,'],
      ['Tom Young', 'although it could later support missions to Mars'],
    ]);
    expect(quotesOf('Title\n\n"We will win," Maria Lopez said, as the crowd cheered.').map((q) => q.text)).toEqual(['We will win,']);
  });
});
