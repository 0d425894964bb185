/**
 * Common given names whose holders are, overwhelmingly, women or men: a pronoun ("she said") then
 * goes on with a speaker of that gender, not with the last speaker heard. Only names read one way
 * (not Jordan, Taylor, Alex, Jean); lower-cased, as the quote stage's keys are.
 */
const FEMALE =
  'mary marta paula gabriela valentina camila daniela fernanda beatriz ines patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia dorothy amy kathleen angela shirley brenda emma anna pamela nicole samantha katherine christine helen debra rachel carolyn janet maria catherine heather diane olivia julie joyce victoria ruth virginia lauren kelly christina joan evelyn judith andrea hannah megan cheryl jacqueline martha madison teresa gloria sara janice ann kathryn abigail sophia frances alice judy isabella julia grace amber denise danielle marilyn beverly charlotte natalie theresa diana brittany doris kayla alexis lori marie ava mia chloe ella zoe lucy nadia fatima aisha leila layla yasmin mariam miriam sofia elena irina olga natalia tatiana svetlana ekaterina anastasia ingrid astrid greta hanna ursula angelika claudia monika petra sabine francesca giulia chiara ana lucia carmen rosa isabel pilar priya anjali sunita meera kavita yuki keiko mei nancy hillary kamala theresa ursula marine ilhan alexandria nikki condoleezza madeleine angela jacinda sanna kristi gretchen elise tulsi'.split(
    ' ',
  );
const MALE =
  'james tomas diego alejandro javier andres rafael fernando ricardo eduardo sergio manuel antonio francisco robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe bruce billy albert willie gabriel logan ralph roy eugene russell bobby mason philip louis vincent bernie mike tom bill jim bob dan steve chris tim ben sam nick tony joe mohammed muhammad mohamed ahmed ahmad ali omar hassan hussein khalid mahmoud mustafa ibrahim youssef yusuf abdullah tariq karim hamid vladimir sergei dmitry alexei ivan nikolai mikhail boris igor oleg viktor hans klaus jurgen wolfgang heinrich friedrich giuseppe giovanni marco luca francesco carlos juan luis miguel pedro jorge pablo rahul amit vijay sanjay raj hiroshi takeshi kenji wei jian xi emmanuel mitch rudy rand ted marco rex jared kurt gordon'.split(
    ' ',
  );

export const GIVEN_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map<string, 'm' | 'f'>([
  ...MALE.map((n) => [n, 'm'] as const),
  ...FEMALE.map((n) => [n, 'f'] as const),
]);
