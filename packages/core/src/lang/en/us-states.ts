/**
 * US states as political copy writes them after a party letter ("Sen. Lindsey Graham, R-S.C.", "Rep. Garrett Hensley,
 * R-Ky.", "D-Texas"): AP abbreviations, postal codes and names, each to the words of the state's name, so that a
 * later "the Kentucky Republican" finds whom the tag described.
 */
const STATES: readonly [string, string, string][] = [
  ['Ala.', 'AL', 'Alabama'],
  ['Alaska', 'AK', 'Alaska'],
  ['Ariz.', 'AZ', 'Arizona'],
  ['Ark.', 'AR', 'Arkansas'],
  ['Calif.', 'CA', 'California'],
  ['Colo.', 'CO', 'Colorado'],
  ['Conn.', 'CT', 'Connecticut'],
  ['Del.', 'DE', 'Delaware'],
  ['Fla.', 'FL', 'Florida'],
  ['Ga.', 'GA', 'Georgia'],
  ['Hawaii', 'HI', 'Hawaii'],
  ['Idaho', 'ID', 'Idaho'],
  ['Ill.', 'IL', 'Illinois'],
  ['Ind.', 'IN', 'Indiana'],
  ['Iowa', 'IA', 'Iowa'],
  ['Kan.', 'KS', 'Kansas'],
  ['Ky.', 'KY', 'Kentucky'],
  ['La.', 'LA', 'Louisiana'],
  ['Maine', 'ME', 'Maine'],
  ['Md.', 'MD', 'Maryland'],
  ['Mass.', 'MA', 'Massachusetts'],
  ['Mich.', 'MI', 'Michigan'],
  ['Minn.', 'MN', 'Minnesota'],
  ['Miss.', 'MS', 'Mississippi'],
  ['Mo.', 'MO', 'Missouri'],
  ['Mont.', 'MT', 'Montana'],
  ['Neb.', 'NE', 'Nebraska'],
  ['Nev.', 'NV', 'Nevada'],
  ['N.H.', 'NH', 'New Hampshire'],
  ['N.J.', 'NJ', 'New Jersey'],
  ['N.M.', 'NM', 'New Mexico'],
  ['N.Y.', 'NY', 'New York'],
  ['N.C.', 'NC', 'North Carolina'],
  ['N.D.', 'ND', 'North Dakota'],
  ['Ohio', 'OH', 'Ohio'],
  ['Okla.', 'OK', 'Oklahoma'],
  ['Ore.', 'OR', 'Oregon'],
  ['Pa.', 'PA', 'Pennsylvania'],
  ['R.I.', 'RI', 'Rhode Island'],
  ['S.C.', 'SC', 'South Carolina'],
  ['S.D.', 'SD', 'South Dakota'],
  ['Tenn.', 'TN', 'Tennessee'],
  ['Texas', 'TX', 'Texas'],
  ['Utah', 'UT', 'Utah'],
  ['Vt.', 'VT', 'Vermont'],
  ['Va.', 'VA', 'Virginia'],
  ['Wash.', 'WA', 'Washington'],
  ['W.Va.', 'WV', 'West Virginia'],
  ['Wis.', 'WI', 'Wisconsin'],
  ['Wyo.', 'WY', 'Wyoming'],
];

/** State written after the party letter (its stops dropped) → the lower-case words of its name. */
const STATE_WORDS = new Map<string, string[]>();
for (const [ap, postal, name] of STATES) {
  const words = name.toLowerCase().split(' ');
  for (const form of [ap, postal, name]) STATE_WORDS.set(form.replace(/\./g, ''), words);
}

const PARTIES = new Map<string, string[]>([
  ['R', ['republican']],
  ['D', ['democrat', 'democratic']],
  ['I', ['independent']],
]);

/** "R-Ky." → ["republican", "kentucky"]; undefined for anything that is no party tag. */
export function partyTagWords(word: string): string[] | undefined {
  const m = /^\(?([RDI])-([A-Z][A-Za-z.]*?)\.?\)?,?$/.exec(word);
  if (!m) return undefined;
  const party = PARTIES.get(m[1] as string);
  const place = (m[2] as string).replace(/\./g, '');
  // ("Rep. Wade Kessler, R-Yuma": a state legislator's tag names the district's town.)
  const state = STATE_WORDS.get(place) ?? [place.toLowerCase()];
  return party ? [...party, ...state] : undefined;
}
