// Wire-copy conventions around an English attribution: a company suffix with its full stop before
// the verb ("Acme Corp. said"), a party and state between commas ("Warren, D-Mass., said"), and a
// weekday with no preposition after the verb ("said Tuesday it would …").
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';
import { quotesOf } from './helpers.js';

describe('English wire-copy attributions', () => {
  it('reads a company suffix and its full stop as part of the subject before a lowercase verb', () => {
    const quotes = quotesOf(
      'Jobs\n\nHalvard Chip Corp. said it would hire 400 workers next year.\n\nLoren Foods Inc. said: "We are not hiring."\n\nThe plan was backed by Tasker Co. Officials said it was welcome.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Halvard Chip Corp.', 'it would hire 400 workers next year'],
      ['Loren Foods Inc.', 'We are not hiring.'],
      ['Officials', 'it was welcome'],
    ]);
  });

  it('reads a party and state between commas as an apposition of the name before them', () => {
    const quotes = quotesOf(
      'Budget\n\nSen. Maria Lopez, D-Mass., said the bill was a disgrace.\n\nRep. Tom Hale, R-Calif., told reporters that he would vote for it.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Maria Lopez', 'the bill was a disgrace'],
      ['Tom Hale', 'he would vote for it'],
    ]);
  });

  it('skips a weekday without a preposition after the verb, keeping the clause whole', () => {
    const quotes = quotesOf(
      'Earnings\n\nThe retailer said Tuesday it would close 20 stores.\n\nIts chief executive, Ana Ruiz, said Monday night that sales had slowed.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['it would close 20 stores', 'sales had slowed']);
    expect(quotes[1]?.speaker?.name).toBe('Ana Ruiz');
  });

  it('skips a date written short after the verb, but not one that is the subject of the clause', () => {
    const quotes = quotesOf('Moon\n\nThe agency announced Nov. 18 that it was adding five companies.\n\nThe agency said Sept. 3 was the deadline.');
    expect(quotes.map((q) => q.text)).toEqual(['it was adding five companies', 'Sept. 3 was the deadline']);
  });

  it('reads a relative clause or an age between commas as neither the name nor the role', () => {
    const quotes = quotesOf(
      'Growth\n\nThe report, which was released Monday, said that growth slowed.\n\nThe study, which was published in Nature, found that the drug reduced deaths.\n\nJohnson, 54, told the BBC he was confident.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role, q.text])).toEqual([
      ['The report', undefined, 'growth slowed'],
      ['The study', undefined, 'the drug reduced deaths'],
      ['Johnson', undefined, 'he was confident'],
    ]);
  });

  it('starts a new quote at a verb of saying conjoined with its own complementiser, the same speaker going on', () => {
    const quotes = quotesOf(
      'Season\n\nJohnson said the team played well and added that it would improve.\n\nThe minister said the talks went well and that a deal was close.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Johnson', 'the team played well'],
      ['Johnson', 'it would improve'],
      ['The minister', 'the talks went well and that a deal was close'],
    ]);
  });

  it('reads "pointed out" as a verb of saying, and "pointed to" as none', () => {
    const quotes = quotesOf(
      'Data\n\nIan Hale, a lecturer, pointed out that the data were incomplete.\n\nHale pointed to the data as evidence.\n\nHowever, he pointed out it is difficult to draw firm conclusions.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Ian Hale', 'the data were incomplete'],
      ['Ian Hale', 'it is difficult to draw firm conclusions'],
    ]);
  });

  it('reads past an age to the name and the apposition after it, and takes no participle as a role', () => {
    const quotes = quotesOf(
      'Ambush\n\n"We lost," Tom Reyes, 34, a former Marine, said on Friday.\n\nReyes, 34, a former Marine, said the unit was ambushed.\n\n"This," said Reyes, pointing to the map, "is where it happened."',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Tom Reyes', 'a former Marine'],
      ['Tom Reyes', 'a former Marine'],
      ['Tom Reyes', 'a former Marine'],
      ['Tom Reyes', 'a former Marine'],
    ]);
  });

  it('gives a quotation after a colon closing narration that opens with a person to that person', () => {
    const quotes = quotesOf(
      'Final\n\nTom Reyes was blunt: "We lost."\n\nThe sign read: "No entry."\n\nReyes’s message was clear: "We lost."\n\nReyes’s lawyer was blunter: "No comment."',
    );
    // (A name in the possessive on a noun for what is said, "Reyes’s message", is the speaker too: `possessorOpening`.)
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.inferred, q.text])).toEqual([
      ['Tom Reyes', false, 'We lost.'],
      ['Tom Reyes', false, 'We lost.'],
    ]);
    expect(quotes[0]?.speakerSpan?.text).toBe('Tom Reyes');
  });

  it('reads a person named after a preposition and a title ("aide to Missouri Attorney General Craig Holloway") as no name of the phrase', () => {
    const quotes = quotesOf(
      [
        'Title',
        'A former top aide to Missouri Attorney General Craig Holloway testified Wednesday that Holloway ordered staff to bury a complaint.',
        "China's ambassador to Britain Liu Xiaming has said that China has the power to end the unrest.",
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['A former top aide to Missouri Attorney General Craig Holloway', 'Liu Xiaming']);
  });

  it('reads names that open on a capital outside ASCII or on a lower-case Arabic article as names in apposition', () => {
    const quotes = quotesOf(
      [
        'Title',
        'A Houthi military spokesman, Abdulmalik al-Hamdani, said in a televised statement that the strikes had killed two people.',
        'A club spokesman, Álvaro Núñez, said the coach would stay.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Abdulmalik al-Hamdani', 'A Houthi military spokesman'],
      ['Álvaro Núñez', 'A club spokesman'],
    ]);
  });

  it('gives a quotation after a colon to the person named right before it, past a long opening clause', () => {
    const quotes = quotesOf(
      [
        'Final',
        'The draw leaves Villa fifth. Asked whether he expected to be charged by the Football Association for his comments, Ocampo smiled: “If they fine me, they fine me.”',
        'The report noted a rise in complaints from Tom Reyes’s staff: “We were not told.”',
      ].join('\n\n'),
    );
    expect(quotes[0]?.speaker?.name).toBe('Ocampo');
    expect(quotes.slice(1).every((q) => q.speaker?.name !== 'Tom Reyes')).toBe(true);
  });

  it('makes no quote of words with no letter or digit ("declined to publicly confirm that.)")', () => {
    const quotes = quotesOf('Title\n\n(SpaceX is widely believed to have submitted a proposal, but the company has declined to publicly confirm that.)');
    expect(quotes.every((q) => /\p{L}/u.test(q.text))).toBe(true);
  });

  it('reads "…, said Amnesty International on Tuesday, November 19." as an inverted attribution past the date', () => {
    const quotes = quotesOf(
      'Title\n\nVideo footage and testimony reveal a pattern of unlawful killings by security forces, which have used lethal force in more than 100 cities, said Amnesty International on Tuesday, November 19.\n\nThe complaint, filed in federal court in San Francisco, says Tallyo enrolled users in a $9.99 monthly plan.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Amnesty International', 'The complaint']);
    expect(quotes[0]?.text.startsWith('Video footage')).toBe(true);
  });

  it('closes a curly opening mark with a straight one glued to the words, and reads a list of titles before a name as one role', () => {
    const quotes = quotesOf(
      'Title\n\n“Our third quarter results reflected broad-based growth across our business," chairman, CEO and president Craig Menear said in the earnings release.\n\n“He told me "no" twice,” said Ana Ruiz, founder and chief executive of the firm.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role, q.text, q.kind])).toEqual([
      ['Craig Menear', 'chairman, CEO and president', 'Our third quarter results reflected broad-based growth across our business,', 'direct'],
      ['Ana Ruiz', 'founder and chief executive of the firm', 'He told me "no" twice,', 'direct'],
    ]);
  });

  it("gives a quotation after a colon to a body the sentence opens on, not to a body naming a person's employer", () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'T\n\nHome Secretary Suella Braverman said the plan would work.\n\nAmnesty International published a list of demands, including: "Release every prisoner held without charge and open the camps to inspectors."',
      ),
    ).toEqual(['Suella Braverman', 'Amnesty International']);
    expect(speakers('Halvorsen CEO apologizes to families: "We failed you and we will not forget it"\n\nThe hearing lasted four hours.')).not.toContain(
      'Halvorsen',
    );
  });

  it('reads a cue in an infinitive carried by a verb ("continues to insist", "went on to say") but not "refused to say"', () => {
    const quotes = quotesOf(
      'Title\n\nMs. Alvarez continues to insist the plan will pay for itself within a decade.\n\nThe governor went on to say that the budget would be balanced by June.\n\nThe senator refused to say whether the bill would pass.',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['the plan will pay for itself within a decade', 'Alvarez'],
      ['the budget would be balanced by June', 'The governor'],
    ]);
  });

  it('reads the subject across "has since said" and keeps a courtesy title out of the role', () => {
    const quotes = quotesOf('Title\n\nMr. Okafor has since said that the merger would close by spring.');
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.role])).toEqual([['the merger would close by spring', 'Okafor', undefined]]);
  });

  it('gives a participle the phrase opening its sentence, and ends a bare clause at the comma before it', () => {
    const quotes = quotesOf(
      'Title\n\nMayor Lena Ortiz said the road would reopen.\n\nThe utility issued a statement, saying it would appeal the fine.\n\nOfficials warned residents, adding that more storms were likely.',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['the road would reopen', 'Lena Ortiz'],
      ['it would appeal the fine', 'The utility'],
      ['more storms were likely', 'Officials'],
    ]);
  });

  it('closes an attribution with a time clause of its own ("said while visiting …") and reads "weighed in"', () => {
    const quotes = quotesOf(
      'Title\n\nSales of the new model doubled in the spring, Diaz said while visiting the plant in Ohio.\n\n"We all miss her so much," Patel weighed in.\n\nThe board weighed the options for a week.',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['Sales of the new model doubled in the spring', 'Diaz'],
      ['We all miss her so much,', 'Patel'],
    ]);
  });

  it('reads a quotation after "calling itself" as a name, not as speech', () => {
    const quotes = quotesOf('Title\n\nThe offer drew a mixed response online, where a group calling itself "Runners for Safe Races" collected signatures.');
    expect(quotes).toEqual([]);
  });

  it('reads "on Thursday" as the whole setting before a bare clause that has a comma later', () => {
    const quotes = quotesOf(
      'Title\n\nMicrosoft said on Thursday it would cut 10,000 jobs, about 5 percent of its workforce.\n\nPolice said on Sunday night the suspect had been released, and an inquiry continued.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text.split(',')[0]])).toEqual([
      ['Microsoft', 'it would cut 10'],
      ['Police', 'the suspect had been released'],
    ]);
  });

  it('does not read "In an interview with CNN, the senator said" as CNN described as the senator', () => {
    const quotes = quotesOf('Title\n\nIn an interview with CNN, the senator said he had no regrets about the vote.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['the senator']);
  });

  it('reads "the billionaire", "the West Virginia Democrat" and "the senator" as the person named before', () => {
    const quotes = quotesOf(
      'Title\n\nElon Musk sold $4 billion of stock on Friday. The billionaire said on Twitter that he had no further plans to sell.\n\nSen. Joe Manchin met with union leaders on Monday. The West Virginia Democrat said he would not support the bill.\n\n"I cannot vote for this," the senator told reporters.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Elon Musk', 'Joe Manchin', 'Joe Manchin']);
  });

  it('reads "said the actor" as the person the article is about, but not "the victim\'s mother"', () => {
    const quotes = quotesOf(
      'Title\n\nJames Van Der Beek has been eliminated from the show. Van Der Beek was eliminated on Monday. Fans cheered Van Der Beek anyway.\n\n"It was the hardest verdict so far," host Tom Bergeron said.\n\n"You never know why these things happen," said the actor.\n\n"She is brave and strong," the victim\'s mother said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tom Bergeron', 'James Van Der Beek', "the victim's mother"]);
  });

  it('reads an attribution with a setting after a quotation that ends on a question or exclamation mark', () => {
    const quotes = quotesOf(
      'Title\n\n“Can I give it to James?” Brooke tearfully asked before apologizing to the actor.\n\n“We won!” Maria Lopez said on Monday.\n\n“It is over.” Police said on Monday that two men were arrested.',
    );
    // The third quotation is too short to stand alone; the sentence after it has a "that" clause of its own.
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['Can I give it to James?', 'Brooke'],
      ['We won!', 'Maria Lopez'],
      ['two men were arrested', 'Police'],
    ]);
  });

  it('reads a clause opened by "there" after a verb that also takes objects', () => {
    const quotes = quotesOf('Title\n\nThe mayor noted there should be no shame in asking for help. The council noted the report.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['there should be no shame in asking for help', 'The mayor']]);
  });

  it('reads the subject after an adverbial that opens the sentence, not its preposition', () => {
    const quotes = quotesOf('Title\n\nIn his first interview since the vote, Governor Tom Reid defended the plan and noted it was popular.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['it was popular', 'Tom Reid']]);
  });

  it('reads a title in quotation marks after the preposition of a setting as no speech', () => {
    const quotes = quotesOf('Title\n\n"We will build it again," the actor said on "Good Morning America."');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We will build it again,', 'the actor']]);
  });

  it('reads "introduced X as "…"" and "hailed X as "…"" as the subject describing with a quotation', () => {
    const quotes = quotesOf(
      'Title\n\n"We took that challenge to heart," Cook said.\n\nBenioff introduced Cook to the audience as "someone who has redefined what it means to lead." Mayor Jane Ortiz hailed the vote as "a historic day for the city."',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Cook', 'Benioff', 'Jane Ortiz']);
  });

  it('goes on with the speaker after "…," X said, in a clause of its own, but not after a conjunction', () => {
    const quotes = quotesOf(
      'Title\n\nSome people carry two phones, and "we love you for that," Cook said, most do their work on the same device.\n\n"We will be back next year," Smith said, as the crowd cheered loudly.',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['Some people carry two phones, and "we love you for that,"', 'Cook'],
      ['most do their work on the same device', 'Cook'],
      ['We will be back next year,', 'Smith'],
    ]);
  });

  it('reads "the president" as whom the article titles so before a name, not a speaker whose role only opens with the title', () => {
    const quotes = quotesOf(
      'Title\n\nPresident Trump met farmers on Monday.\n\n"Uncertainty is weighing on growth," John Williams, the president of the Federal Reserve Bank of New York, said in a speech.\n\nThe president says his approach has created leverage.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['John Williams', 'Trump']);
  });

  it('reads a name and its apposition after a quotation ending on "?" as its attribution, and a long setting as no clause', () => {
    const quotes = quotesOf(
      'Title\n\n“What is the incentive to sign this deal?” Li Wei, the former executive director for China at the International Monetary Fund, said at a Nov. 6 event at the Peterson Institute in Washington.\n\nLi Wei spoke at a Nov. 6 event at the Peterson Institute in Washington. He said at a Nov. 7 event at the Brookings Institution in Washington.',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.role])).toEqual([
      ['What is the incentive to sign this deal?', 'Li Wei', 'the former executive director for China at the International Monetary Fund'],
    ]);
  });

  it('reads "The 56-year-old said" as the person the story names first when two are named as often', () => {
    const quotes = quotesOf(
      'Title\n\nJose Mourinho has agreed a deal to replace Mauricio Pochettino as the club\'s manager.\n\nPochettino was sacked last night. Talks with Mourinho intensified this week.\n\nThe 56-year-old said after his appointment: "I am excited to be joining a club with such a great heritage."',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jose Mourinho']);
  });

  it('reads a name in apposition before an auxiliary and its verb ("…, Makan Delrahim, has said")', () => {
    const quotes = quotesOf("Title\n\nThe Justice Department's antitrust chief, Makan Delrahim, has said he is looking at the industry.");
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([['Makan Delrahim', "The Justice Department's antitrust chief"]]);
  });

  it('reads "the company said" as the company that spoke before, not the news agency or the White House', () => {
    const quotes = quotesOf(
      'Title\n\nWASHINGTON (AP) — The White House said on Sunday it was monitoring the storm.\n\nThe company, which operates 40 plants in the region, said in a statement that it would close until Tuesday.\n\nPfizer said Monday its vaccine was 95 percent effective. The drugmaker plans to seek authorization within days, the company said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['White House', 'The company', 'Pfizer', 'Pfizer']);
  });

  it('gives "he said" with nobody named to the title the paragraph opens with', () => {
    const quotes = quotesOf(
      'Title\n\nThe governor, speaking at a news conference in the capital, urged residents to heed evacuation orders. "Do not wait for the water to rise," he said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['The governor']);
  });

  it('reads "Tesla Chief Executive Elon Musk" as a company, a two-word title and a name, and "the billionaire" as him', () => {
    const doc = parseArticle(
      'Title\n\nTesla Chief Executive Elon Musk wrote on Twitter that the factory would open next year. The billionaire added that production would ramp quickly.',
    );
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Elon Musk', 'Tesla Chief Executive'],
      ['Elon Musk', 'Tesla Chief Executive'],
    ]);
    expect(doc.entities.map((e) => `${e.kind}:${e.name}`)).toContain('organization:Tesla');
  });

  it('reads "said about 200 people were …" as a clause, but not "said around the city"', () => {
    const quotes = quotesOf(
      'Title\n\nA spokeswoman for the organization, Karen White, said about 200 people were staying there. Police said around the city, roads were closed.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['about 200 people were staying there']);
  });

  it('names a description by its office once the holder is named ("Austria\'s interior minister" → Interior Minister Wolfgang Peschorn), and reads a long setting after it as no quote', () => {
    const quotes = quotesOf(
      'Title\n\nThe house where Adolf Hitler was born will be turned into a police station, Austria\'s interior minister said on Tuesday, after years of debate over how best to prevent it becoming a pilgrimage site for neo-Nazis.\n\n"The house\'s future use by the police should send an unmistakable signal," Interior Minister Wolfgang Peschorn said in the statement.',
    );
    expect(quotes.map((q) => [q.text.slice(0, 20), q.speaker?.name])).toEqual([
      ['The house where Adol', 'Wolfgang Peschorn'],
      ["The house's future u", 'Wolfgang Peschorn'],
    ]);
  });

  it('reads a description the story keeps using for an unnamed person as that person, and "described" after a quotation', () => {
    const quotes = quotesOf(
      'Title\n\nThe patient went to his doctor. The patient was given steroids.\n\n"Going upstairs to bed was hard," the patient described in the case report.\n\nDr. Owen Dempsey, a pulmonologist, looked at the scan. "It does not affect me at all now," the patient wrote in the case study.\n\nSmith was hurt. "It hurts," the man said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['the patient', 'the patient', 'Smith']);
  });

  it('reads a describing verb\'s word after a fronted "according to" source as a noun ("her former label"), and "worth noting that" as the narrator\'s', () => {
    const quotes = quotesOf(
      'Title\n\nAccording to Swift, her former label Big Machine, which owns her masters, is preventing her from performing her hits.\n\nIt is worth noting that it is not uncommon for artists to give up the rights to their recordings.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Swift', 'her former label Big Machine, which owns her masters, is preventing her from performing her hits'],
    ]);
  });

  it('reads an acronym in parentheses and a place after an "according to" source as part of the source', () => {
    const quotes = quotesOf(
      'Title\n\nAccording to the World Health Organization (WHO), the virus spreads quickly.\n\nAccording to the Centre for Disease Control (CDC) in the US, the plague is treatable with antibiotics.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['World Health Organization', 'the virus spreads quickly'],
      ['Centre for Disease Control', 'the plague is treatable with antibiotics'],
    ]);
  });

  it('reads "has written" after a quotation, and "As we\'ve noted" as the writer\'s aside, not a speaker', () => {
    const quotes = quotesOf(
      'Title\n\n"The Chinese government pays nothing at all," Howard Gleckman, a senior fellow at the Tax Policy Center, has written.\n\nAs we’ve noted, a March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that the tariff falls on consumers.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Howard Gleckman', 'The Chinese government pays nothing at all,'],
      ['Centre for Economic Policy Research', 'the tariff falls on consumers'],
    ]);
  });

  it('reads a cue word after a possessive as a noun, and an article alone as no subject of a conjoined verb', () => {
    const quotes = quotesOf(
      "Title\n\nEditor's note: This story was updated at 5:45 p.m. to include details from the call.\n\nThe agency said Monday that its researchers examined how hibernation would affect a mission and concluded that it could help shrink the spacecraft.",
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text.slice(0, 30)])).toEqual([['The agency', 'its researchers examined how h']]);
  });

  it('reads a name and an apposition with commas of its own after a quotation, and "continued to" as no report', () => {
    const quotes = quotesOf(
      'Title\n\n"Numerical experiments of this kind are particularly successful," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute in Munich, Germany, and co-author of the study, said in a statement.\n\nAs their galaxies continued to flatten, another phenomenon began to emerge.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Dylan Nelson', 'a postdoctoral fellow at the Max Planck Institute in Munich, Germany, and co-author of the study'],
    ]);
  });

  it('reads no one named as a kind or in a comparison as whom the paragraph is about', () => {
    const quotes = quotesOf(
      'Title\n\nMary Steenburgen woke up with music in her head. "It was strange," she said.\n\nFun as that might sound in an Oliver Sacks kind of way, Steenburgen was not thrilled. "I could not focus," she said.\n\nShe was more nervous than Rose-Lynn Harlan has ever been. "It was terrifying," she said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Mary Steenburgen', 'Mary Steenburgen', 'Mary Steenburgen']);
  });

  it('does not take a name given as what something is called ("think of as X") for the subject a pronoun goes on with', () => {
    const quotes = quotesOf(
      'Title\n\nKey events are recounted elliptically, in what I came to think of as Iceberg Passages, after the novelist Jo Walton explained them to me. “You’re only seeing the tenth of the iceberg,” she said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jo Walton']);
  });

  it('reads "That\'s according to X" as X\'s source for the sentence before', () => {
    const quotes = quotesOf(
      "Title\n\nTeens love wireless earbuds, and they are putting them on their holiday wish lists more than ever before. That's according to a new survey from Piper Jaffray.\n\nThis is according to nobody. It rained.",
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['a new survey from Piper Jaffray', 'Teens love wireless earbuds, and they are putting them on their holiday wish lists more than ever before'],
    ]);
  });

  it('reads "hinting that", "denying that" and other participles of saying as going on with the subject', () => {
    const quotes = quotesOf(
      'Title\n\nFrench minister Claire Dubois spoke on Monday, hinting that a deal was close.\n\nThe company issued a statement, denying that it had broken the rules. The mayor left early, hinting at a deal.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Claire Dubois', 'a deal was close'],
      ['The company', 'it had broken the rules'],
    ]);
  });

  it('reads a clause past a duration after the verb ("argued for decades that", "has said for years it would")', () => {
    const quotes = quotesOf(
      'Title\n\nAustria argued for decades that it was the first victim of National Socialism.\n\nSenator Mara Quinn has said for the past two years she would never negotiate.\n\nShe worked for the company for two years before she left.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Austria', 'it was the first victim of National Socialism'],
      ['Mara Quinn', 'she would never negotiate'],
    ]);
  });

  it('reads "that according to X, …" as X\'s words after the source, not the words before it', () => {
    const quotes = quotesOf(
      "Title\n\nWikinews has learned that according to an Internet posting, the Church of Scientology's website is being attacked by hackers.",
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['an Internet posting', "the Church of Scientology's website is being attacked by hackers"]]);
  });

  it('ends a reported clause at "with X reporting that", whose clause is X\'s', () => {
    const quotes = quotesOf(
      'Title\n\nOfficials said every claim will be assessed fairly, with the Guardian reporting that no one will be refused "based solely on the response of the questionnaire".',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Officials', 'every claim will be assessed fairly'],
      ['Guardian', 'no one will be refused "based solely on the response of the questionnaire"'],
    ]);
  });

  it('reads "said" after an infinitive\'s verb as an adjective, and "tells" before an infinitive as a noun', () => {
    const quotes = quotesOf(
      "Title\n\nThe heroes visit an ancient civilisation to obtain its power, only to find said civilisation had issues of its own.\n\nYou'll watch for the trooper's very obvious tells to also get rid of them quickly.\n\nThe mayor went on to say the plan had failed.",
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['The mayor', 'the plan had failed']]);
  });

  it('reads a modal after a determiner as a noun when looking for a bare clause\'s finite verb ("had written a will, it was")', () => {
    const quotes = quotesOf('Title\n\nAlthough he had written a will, it was neither witnessed nor executed.\n\nThe lawyer wrote the will was invalid.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['The lawyer', 'the will was invalid']]);
  });

  it('reads what someone would have said ("would then have claimed that") as no report', () => {
    const quotes = quotesOf(
      'Title\n\nThe whistleblower would then have claimed that he was told by an anonymous leaker about the call.\n\nMayor Ann Lee would later say that she regretted it.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Ann Lee', 'she regretted it']]);
  });

  it('takes no attribution from a term in marks before a subjectless verb, nor from a cue word inside a compound noun', () => {
    const quotes = quotesOf(
      'Title\n\nSchiff has already lied about his prior contacts with the “whistleblower,” read into the record a complete rewriting of the presidential call transcript, and leaked statements.\n\nResidents of the town say warnings came too late.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Residents of the town', 'warnings came too late']]);
  });

  it('ends a reported clause at a colon before a quotation, which is a quote of its own, but not after a word of manner', () => {
    const quotes = quotesOf(
      'Title\n\nRefugee Council chief Enver Solomon told Sky News any process "must be well thought out": "Moves to reduce the backlog are welcome but the answer is not more hurdles."\n\nAsked whether he would run again, Senator Douglas Ashcombe said simply: "Yes, I intend to."',
    );
    expect(quotes.slice(0, 2).map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Enver Solomon', 'must be well thought out'],
      ['Enver Solomon', 'Moves to reduce the backlog are welcome but the answer is not more hurdles.'],
    ]);
    // (One quote for the senator's answer, its word of manner no clause of its own.)
    expect(quotes.slice(2).map((q) => q.speaker?.name)).toEqual(['Douglas Ashcombe']);
    expect(quotes[2]?.text).toContain('Yes, I intend to.');
  });

  it('reads "the automaker" as the company the paragraph before is about, before the one named most', () => {
    const quotes = quotesOf(
      'Title\n\nNissan is hoping a redesign of the Sentra will pull in more buyers. Nissan said the car will offer better mileage. Nissan also said sales were strong.\n\nToyota is showing a new hybrid version of the RAV4 at the show.\n\nThe Japanese automaker, which sells millions of cars, says the hybrid will go 40 miles on battery power.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Nissan', 'Nissan', 'Toyota']);
  });

  it('gives a quotation with no cue, after narration in its paragraph that opens on a person, to that person', () => {
    const quotes = quotesOf(
      'Title\n\nRep. Robert Aderholt pushed for greater use of the rocket.\n\n"We will look at every option," Jim Bridenstine said at the hearing.\n\nAderholt returned to the issue later in the hearing. "What commercial launch vehicles exist today that can launch the lander?"',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jim Bridenstine', 'Robert Aderholt']);
  });

  it('reads "the agency" as the body the article names most, institution or not, when it names one twice', () => {
    const quotes = quotesOf(
      "Title\n\nThe rocket has been a key part of NASA's plans since 2010. NASA has spent billions on it.\n\nThe agency has maintained that the rocket will be essential for flights beyond Earth orbit.",
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['NASA']);
  });

  it('reads what someone might or could say as no report', () => {
    const quotes = quotesOf(
      'Title\n\nOthers, though, might argue that any reassessment should include the rocket itself. Critics could say the plan is too costly. Officials said the plan would go ahead.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Officials', 'the plan would go ahead']]);
  });

  it('reads "…, too, said Mary E. Lovely, a Syracuse University economist" as an inverted attribution, not a lower-case name', () => {
    const quotes = quotesOf(
      'Title\n\nComputers and electronic devices have seen impacts, too, said Mary E. Lovely, a Syracuse University economist.\n\nThe discoveries were momentous, groundbreaking advances, says Jennifer Pluznick, a physiologist.\n\nThe plan, a spokesman for the ministry, said Monday, would go ahead.',
    );
    expect(quotes.map((q) => q.speaker?.name).slice(0, 2)).toEqual(['Mary E. Lovely', 'Jennifer Pluznick']);
    expect(quotes[0]?.text).toBe('Computers and electronic devices have seen impacts, too');
  });

  it('reads a body the entity stage found whole after its article as the speaker, not a role and a name', () => {
    const quotes = quotesOf(
      'Title\n\nIn a statement, the Alzheimer\'s Association called the research "a valuable contribution to the field."\n\nThe National Institutes of Health, which funded the research, said it would expand support for sleep studies.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role ?? null])).toEqual([
      ["Alzheimer's Association", null],
      ['National Institutes of Health', null],
    ]);
  });

  it('reads a full name opening the sentence and an apposition with commas up to a relative clause before the verb', () => {
    const quotes = quotesOf(
      'Title\n\nMatthew Walker, a sleep researcher at the University of California, Berkeley, who was not involved in the study, said the findings were "important but not conclusive."\n\nIn Washington, Berkeley, the capital, was quiet, officials said.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role ?? null])).toEqual([
      ['Matthew Walker', 'a sleep researcher at the University of California, Berkeley'],
      ['officials', null],
    ]);
  });

  it('reads a participle phrase between a full name and its verb as no role', () => {
    const quotes = quotesOf('Title\n\nFormer President Barack Obama, speaking at a rally in Philadelphia on Saturday, said the election was about who we are.');
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([['Barack Obama', 'Former President']]);
  });

  it('keeps a possessive description before a name in apposition as the role ("Her landlord, Peter Hall, said the increase …")', () => {
    const quotes = quotesOf('Title\n\nMaria has a landlord. Her landlord, Peter Hall, said the increase reflected market rates.');
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role, q.text])).toEqual([['Peter Hall', 'Her landlord', 'the increase reflected market rates']]);
  });

  it('reads a relative clause opened by "whose" between a name and its verb as an aside', () => {
    const quotes = quotesOf('Title\n\nTaylor, whose team has won three straight, said the key would be stopping the run.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Taylor', 'the key would be stopping the run']]);
  });

  it('reads an adverb opening the sentence as no name before a description in apposition', () => {
    const quotes = quotesOf(
      'Title\n\nThe crowd cheered. Later, a White House official, speaking on condition of anonymity, said the speech had been in the works for weeks.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['a White House official']);
  });

  it('reads a setting opening the sentence on its preposition as no name before a description and its name', () => {
    const quotes = quotesOf(
      'Title\n\nIn Canberra, the Coalition’s energy spokesperson, Ted Marchetti, said the government had “humiliated itself”.\n\nOutside the courthouse on Washington Street, the couple’s son, Pádraig Cronin, said his parents were “relieved it’s over”.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Ted Marchetti', 'the Coalition’s energy spokesperson'],
      ['Pádraig Cronin', 'the couple’s son'],
    ]);
  });

  it('starts a new quote at "and said" with a bare clause its subject pronoun opens', () => {
    const quotes = quotesOf("Title\n\nRussia's foreign ministry said it viewed the move as a breach of international law and said it would heighten tensions.");
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ["Russia's foreign ministry", 'it viewed the move as a breach of international law'],
      ["Russia's foreign ministry", 'it would heighten tensions'],
    ]);
  });

  it('starts a new quote at a verb of saying conjoined with a bare clause, or after "though he"', () => {
    const quotes = quotesOf(
      'Title\n\nLindqvist said the plan was being reviewed line by line but insisted the automaker was committed to electrification.\n\nHaddad said the groundings would cost the airline $180 million, though he noted the carrier was in talks with the engine maker.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Lindqvist', 'the plan was being reviewed line by line'],
      ['Lindqvist', 'the automaker was committed to electrification'],
      ['Haddad', 'the groundings would cost the airline $180 million'],
      ['Haddad', 'the carrier was in talks with the engine maker'],
    ]);
  });

  it('reads a cue in an infinitive after a verb revising one’s account and its object, but not after "refused"', () => {
    const quotes = quotesOf(
      'Title\n\nVolker shifted his own account of the meeting to say Sondland did discuss investigations.\n\nMorrison amended his testimony to say that he had witnessed the conversation.\n\nThe senator refused to say whether the bill would pass.\n\nThe mayor changed the schedule to say the meeting would start at noon.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Volker', 'Sondland did discuss investigations'],
      ['Morrison', 'he had witnessed the conversation'],
    ]);
  });

  it('reads "A diplomat, Kurt Volker, said …" with the clause after the verb as what was said, not as an inverted speaker', () => {
    const quotes = quotesOf(
      'Title\n\nA diplomat, Kurt Volker, said Sondland did discuss the probe.\n\nA historian, Mary Beard, said Rome discussed it often.\n\nThe gains were momentous, groundbreaking advances, says Jennifer Pluznick, a physiologist.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Kurt Volker', 'Sondland did discuss the probe'],
      ['Mary Beard', 'Rome discussed it often'],
      ['Jennifer Pluznick', 'The gains were momentous, groundbreaking advances'],
    ]);
  });

  it('reads the subject through an apposition before a verb carrying the cue’s infinitive', () => {
    const quotes = quotesOf(
      'Title\n\nKurt Volker, a former envoy, went on to say Sondland did discuss investigations.\n\nMaria Lopez, the city’s budget director, continued to insist the plan was sound.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Kurt Volker', 'Sondland did discuss investigations'],
      ['Maria Lopez', 'the plan was sound'],
    ]);
  });
});
