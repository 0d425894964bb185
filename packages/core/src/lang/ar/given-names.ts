/**
 * Common Arabic given names whose holders are, overwhelmingly, women or men, as the Arabic press writes them.
 * Two uses: the entity stage reads such a name and the name-like word after it as a person when its tagger,
 * trained on newswire that quotes few women, leaves them («وزيرة التشغيل نادية بنكيران»); the quote stage gives a
 * verb's agreement something to check («وأضافت» goes on with a woman). Left out: names that are as often a common
 * word («أمل» hope, «نور» light, «حياة» life, «ملك» king, «صباح» morning, «سعيد» happy, «أمين» secretary).
 */
import { normalizeArabic } from '../normalize-arabic.js';

const FEMALE =
  'نادية فاطمة عائشة مريم زينب خديجة سارة ليلى هند سعاد سلمى رنا ريم منى لينا دينا رشا هالة هبة نهى سهى سوسن سميرة سمية سناء سهام لبنى لمياء مها ميساء ميسون نوال نسرين نجلاء نجوى نعيمة هيفاء وداد ياسمين يسرا رانيا رزان روان ريهام زهراء سلوى شيماء عبير علياء غادة فدوى كوثر لطيفة ماجدة منال ناهد نورا هيام حنان أسماء إسراء آمنة إيناس بثينة تغريد جيهان حليمة ديما رحاب رغد ريما زينة سجى شذى عفاف لارا لمى مروة نادين نانسي ندى هدى هناء وئام يارا حسناء خولة سوزان كاترين كاترينا ماريا ماري آنا إلسا هيلين كلير أنجيلا تسيبي كوندوليزا هيلاري أمينة يمينة حواء رقية سكينة حفصة صفية فوزية مليكة كلثوم شيخة موزة لولوة نوف هيا أسيل نورة سلاف خيرة زليخة فتيحة حورية';
const MALE =
  'محمد أحمد علي حسن حسين محمود مصطفى عمر عثمان خالد يوسف إبراهيم إسماعيل يحيى زكريا موسى عيسى سليمان داود طارق زياد وليد هشام هاني سامي سامر ماهر مازن نبيل فيصل فهد سلطان تركي ناصر منصور عادل جمال كمال رياض رائد ماجد باسل بسام أيمن أنس معاذ حمزة بلال جابر جاسم حمد راشد سعود صالح عبدالله عبدالرحمن عبدالعزيز عبدالله عدنان عماد غسان فادي فراس قاسم كريم لؤي مجدي مراد مروان مهدي نزار هيثم ياسر يونس جورج ميشال بيار جون مايكل ديفيد جيمس بيتر إدريس ياسين أنور حميد إلياس أسامة أشرف أكرم أمجد إيهاب بشير توفيق ثامر جلال حاتم حازم حامد حسام حمدي خليل رامي رضا زكي سمير شادي صابر صلاح ضياء طلال عاطف عامر عصام علاء عمار عمرو غازي فؤاد فتحي فواز قيس لطفي محسن مختار مدحت مصعب معتز منير مهند موفق ناجي نادر نضال نعمان هاشم همام وائل وسام وسيم يزن يعقوب';

const table = (names: string, gender: 'm' | 'f') => names.split(' ').map((n) => [normalizeArabic(n), gender] as const);

/** Normalised given name → the gender its holders overwhelmingly have. */
export const AR_GIVEN_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map<string, 'm' | 'f'>([...table(MALE, 'm'), ...table(FEMALE, 'f')]);
