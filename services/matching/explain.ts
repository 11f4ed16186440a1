// Explanations of a score in the reader's language, rendered from the facts stored with a match
// (scoring.ts), so a match approved in Dutch can be explained later in Arabic. Texts are ICU
// messages (plural rules per language: Arabic has six forms, Ukrainian four); lists use
// Intl.ListFormat, language names Intl.DisplayNames, interest and need labels the taxonomy of the
// default intake forms. Texts exist in the default form languages; other languages get English.
import { IntlMessageFormat } from 'intl-messageformat';
import type { DayPart, Weekday } from '../people/person.repository';
import { interestTaxonomy, needOptions } from '../programmes/default-forms';
import type { Language } from '../shared/validation';
import type { CriterionResult } from './scoring';

type TextLanguage = 'EN' | 'NL' | 'FR' | 'AR' | 'UK';

/** Intl locale per text language: Belgian Dutch and French; Arabic with Latin digits, as in the intake forms. */
const locales: Record<TextLanguage, string> = { EN: 'en-GB', NL: 'nl-BE', FR: 'fr-BE', AR: 'ar-u-nu-latn', UK: 'uk' };

/** French typography: a narrow no-break space before a colon. */
const NNBSP = '\u202F';

type MessageKey =
  | 'interests'
  | 'interestsUnknown'
  | 'more'
  | 'languages'
  | 'languagePractised'
  | 'languageNone'
  | 'languageUnknown'
  | 'needs'
  | 'needsNoneMet'
  | 'needsUnknown'
  | 'availability'
  | 'availabilityNone'
  | 'availabilityUnknown'
  | 'distance'
  | 'distanceUnknown'
  | 'age'
  | 'ageUnknown'
  | 'familyMinded'
  | 'familyNotMinded'
  | 'familyChildren'
  | 'familyNoChildren'
  | 'familyUnknown'
  | 'waitingDays'
  | 'waitingWeeks'
  | 'waitingMonths'
  | 'fewInCommon';

// Arguments: count/list (interests, languages, slots), language, unmet/total (needs), km (formatted
// text), years, days, weeks, months.
const messages: Record<TextLanguage, Record<MessageKey, string>> = {
  EN: {
    interests: '{count, plural, =0 {no shared interests} one {# shared interest: {list}} other {# shared interests: {list}}}',
    interestsUnknown: 'interests unknown',
    more: '{count, plural, other {# more}}',
    languages: 'both speak {list}',
    languagePractised: 'the buddy speaks {language} fluently',
    languageNone: 'no common language',
    languageUnknown: 'languages unknown',
    needs: 'helps with {list}{unmet, plural, =0 {} other { (# of {total} needs not covered)}}',
    needsNoneMet: '{total, plural, one {does not help with the need listed} other {does not help with any of the # needs listed}}',
    needsUnknown: 'no needs listed',
    availability: 'both free on {list}',
    availabilityNone: 'no shared free time',
    availabilityUnknown: 'free time unknown',
    distance: '{km} km apart',
    distanceUnknown: 'distance unknown',
    age: '{years, plural, =0 {same age} one {age difference # year} other {age difference # years}}',
    ageUnknown: 'age unknown',
    familyMinded: 'a family with children and a buddy who likes family outings',
    familyNotMinded: 'a family with children; the buddy does not mention family outings',
    familyChildren: 'a family with children',
    familyNoChildren: 'no children to take into account',
    familyUnknown: 'family situation unknown',
    waitingDays: '{days, plural, =0 {started waiting today} one {waiting # day} other {waiting # days}}',
    waitingWeeks: '{weeks, plural, one {waiting # week} other {waiting # weeks}}',
    waitingMonths: '{months, plural, one {waiting # month} other {waiting # months}}',
    fewInCommon: 'few things in common',
  },
  NL: {
    interests: '{count, plural, =0 {geen gemeenschappelijke interesses} one {# gemeenschappelijke interesse: {list}} other {# gemeenschappelijke interesses: {list}}}',
    interestsUnknown: 'interesses onbekend',
    more: '{count, plural, other {nog #}}',
    languages: 'spreken allebei {list}',
    languagePractised: 'de buddy spreekt vlot {language}',
    languageNone: 'geen gemeenschappelijke taal',
    languageUnknown: 'talen onbekend',
    needs: 'helpt met {list}{unmet, plural, =0 {} other { (# van de {total} hulpvragen niet gedekt)}}',
    needsNoneMet: '{total, plural, one {helpt niet met de hulpvraag} other {helpt met geen van de # hulpvragen}}',
    needsUnknown: 'geen hulpvragen opgegeven',
    availability: 'allebei vrij op {list}',
    availabilityNone: 'geen gemeenschappelijk vrij moment',
    availabilityUnknown: 'vrije momenten onbekend',
    distance: '{km} km van elkaar',
    distanceUnknown: 'afstand onbekend',
    age: '{years, plural, =0 {even oud} other {# jaar leeftijdsverschil}}',
    ageUnknown: 'leeftijd onbekend',
    familyMinded: 'een gezin met kinderen en een buddy die graag uitstappen met het gezin doet',
    familyNotMinded: 'een gezin met kinderen; de buddy vermeldt geen uitstappen met het gezin',
    familyChildren: 'een gezin met kinderen',
    familyNoChildren: 'geen kinderen om rekening mee te houden',
    familyUnknown: 'gezinssituatie onbekend',
    waitingDays: '{days, plural, =0 {wacht sinds vandaag} one {wacht al # dag} other {wacht al # dagen}}',
    waitingWeeks: '{weeks, plural, one {wacht al # week} other {wacht al # weken}}',
    waitingMonths: '{months, plural, one {wacht al # maand} other {wacht al # maanden}}',
    fewInCommon: 'weinig gemeenschappelijk',
  },
  FR: {
    interests: `{count, plural, =0 {aucun centre d’intérêt commun} one {# centre d’intérêt commun${NNBSP}: {list}} other {# centres d’intérêt communs${NNBSP}: {list}}}`,
    interestsUnknown: 'centres d’intérêt inconnus',
    more: '{count, plural, one {# autre} other {# autres}}',
    languages: 'parlent tous les deux {list}',
    languagePractised: 'le buddy parle couramment {language}',
    languageNone: 'aucune langue commune',
    languageUnknown: 'langues inconnues',
    needs: `aide pour${NNBSP}: {list}{unmet, plural, =0 {} one { (# besoin sur {total} non couvert)} other { (# besoins sur {total} non couverts)}}`,
    needsNoneMet: '{total, plural, one {n’aide pas pour le besoin indiqué} other {n’aide pour aucun des # besoins indiqués}}',
    needsUnknown: 'aucun besoin indiqué',
    availability: 'libres tous les deux {list}',
    availabilityNone: 'aucun moment libre en commun',
    availabilityUnknown: 'disponibilités inconnues',
    distance: 'à {km} km l’un de l’autre',
    distanceUnknown: 'distance inconnue',
    age: '{years, plural, =0 {même âge} one {# an d’écart} other {# ans d’écart}}',
    ageUnknown: 'âge inconnu',
    familyMinded: 'une famille avec enfants et un buddy qui aime les sorties en famille',
    familyNotMinded: `une famille avec enfants${NNBSP}; le buddy ne mentionne pas les sorties en famille`,
    familyChildren: 'une famille avec enfants',
    familyNoChildren: 'pas d’enfants à prendre en compte',
    familyUnknown: 'situation familiale inconnue',
    waitingDays: '{days, plural, =0 {en attente depuis aujourd’hui} one {en attente depuis # jour} other {en attente depuis # jours}}',
    waitingWeeks: '{weeks, plural, one {en attente depuis # semaine} other {en attente depuis # semaines}}',
    waitingMonths: '{months, plural, other {en attente depuis # mois}}',
    fewInCommon: 'peu de points communs',
  },
  AR: {
    interests:
      '{count, plural, zero {لا اهتمامات مشتركة} one {اهتمام مشترك واحد: {list}} two {اهتمامان مشتركان: {list}} few {# اهتمامات مشتركة: {list}} many {# اهتمامًا مشتركًا: {list}} other {# اهتمام مشترك: {list}}}',
    interestsUnknown: 'الاهتمامات غير معروفة',
    more: '{count, plural, other {# أخرى}}',
    languages: 'كلاهما يتحدث {list}',
    languagePractised: 'الرفيق يتحدث {language} بطلاقة',
    languageNone: 'لا توجد لغة مشتركة',
    languageUnknown: 'اللغات غير معروفة',
    needs:
      'يساعد في: {list}{unmet, plural, =0 {} one { (حاجة واحدة من {total} غير مغطّاة)} two { (حاجتان من {total} غير مغطّاتين)} few { (# حاجات من {total} غير مغطّاة)} many { (# حاجةً من {total} غير مغطّاة)} other { (# حاجة من {total} غير مغطّاة)}}',
    needsNoneMet: 'لا يساعد في أيٍّ من الحاجات المذكورة',
    needsUnknown: 'لم تُذكر أي حاجات',
    availability: 'كلاهما متفرّغ {list}',
    availabilityNone: 'لا يوجد وقت فراغ مشترك',
    availabilityUnknown: 'أوقات الفراغ غير معروفة',
    distance: 'على بُعد {km} كم',
    distanceUnknown: 'المسافة غير معروفة',
    age: '{years, plural, zero {العمر نفسه} one {فارق السن سنة واحدة} two {فارق السن سنتان} few {فارق السن # سنوات} many {فارق السن # سنةً} other {فارق السن # سنة}}',
    ageUnknown: 'العمر غير معروف',
    familyMinded: 'عائلة لديها أطفال ورفيق يحب النزهات العائلية',
    familyNotMinded: 'عائلة لديها أطفال؛ الرفيق لا يذكر النزهات العائلية',
    familyChildren: 'عائلة لديها أطفال',
    familyNoChildren: 'لا أطفال يجب مراعاتهم',
    familyUnknown: 'الوضع العائلي غير معروف',
    waitingDays: '{days, plural, zero {بدأ الانتظار اليوم} one {ينتظر منذ يوم واحد} two {ينتظر منذ يومين} few {ينتظر منذ # أيام} many {ينتظر منذ # يومًا} other {ينتظر منذ # يوم}}',
    waitingWeeks: '{weeks, plural, one {ينتظر منذ أسبوع واحد} two {ينتظر منذ أسبوعين} few {ينتظر منذ # أسابيع} many {ينتظر منذ # أسبوعًا} other {ينتظر منذ # أسبوع}}',
    waitingMonths: '{months, plural, one {ينتظر منذ شهر واحد} two {ينتظر منذ شهرين} few {ينتظر منذ # أشهر} many {ينتظر منذ # شهرًا} other {ينتظر منذ # شهر}}',
    fewInCommon: 'القليل من القواسم المشتركة',
  },
  UK: {
    interests:
      '{count, plural, =0 {немає спільних інтересів} one {# спільний інтерес: {list}} few {# спільні інтереси: {list}} many {# спільних інтересів: {list}} other {# спільного інтересу: {list}}}',
    interestsUnknown: 'інтереси невідомі',
    more: '{count, plural, other {ще #}}',
    // Language names come in the nominative ("французька"): a label, not "speak ... -ою".
    languages: '{count, plural, one {спільна мова: {list}} other {спільні мови: {list}}}',
    languagePractised: 'бадді вільно володіє мовою: {language}',
    languageNone: 'немає спільної мови',
    languageUnknown: 'мови невідомі',
    needs: 'допомагає з: {list}{unmet, plural, =0 {} other { (не охоплено # з {total})}}',
    needsNoneMet: 'не допомагає з жодною із зазначених потреб',
    needsUnknown: 'потреби не вказані',
    availability: 'обоє вільні {list}',
    availabilityNone: 'немає спільного вільного часу',
    availabilityUnknown: 'вільний час невідомий',
    distance: '{km} км один від одного',
    distanceUnknown: 'відстань невідома',
    age: '{years, plural, =0 {однаковий вік} one {різниця у віці # рік} few {різниця у віці # роки} many {різниця у віці # років} other {різниця у віці # року}}',
    ageUnknown: 'вік невідомий',
    familyMinded: 'родина з дітьми і бадді, який любить прогулянки з родиною',
    familyNotMinded: 'родина з дітьми; бадді не згадує прогулянки з родиною',
    familyChildren: 'родина з дітьми',
    familyNoChildren: 'дітей, яких треба враховувати, немає',
    familyUnknown: 'сімейний стан невідомий',
    waitingDays: '{days, plural, =0 {чекає з сьогодні} one {чекає # день} few {чекає # дні} many {чекає # днів} other {чекає # дня}}',
    waitingWeeks: '{weeks, plural, one {чекає # тиждень} few {чекає # тижні} many {чекає # тижнів} other {чекає # тижня}}',
    waitingMonths: '{months, plural, one {чекає # місяць} few {чекає # місяці} many {чекає # місяців} other {чекає # місяця}}',
    fewInCommon: 'мало спільного',
  },
};

/** A free week slot as it reads inside a sentence ("both free on …"). */
const slotLabels: Record<TextLanguage, (day: Weekday, part: DayPart) => string> = {
  EN: (day, part) =>
    `${{ MON: 'Monday', TUE: 'Tuesday', WED: 'Wednesday', THU: 'Thursday', FRI: 'Friday', SAT: 'Saturday', SUN: 'Sunday' }[day]} ${{ MORNING: 'morning', AFTERNOON: 'afternoon', EVENING: 'evening' }[part]}`,
  // One word in Dutch: dinsdagavond, zaterdagvoormiddag (Flemish: voormiddag, namiddag).
  NL: (day, part) =>
    `${{ MON: 'maandag', TUE: 'dinsdag', WED: 'woensdag', THU: 'donderdag', FRI: 'vrijdag', SAT: 'zaterdag', SUN: 'zondag' }[day]}${{ MORNING: 'voormiddag', AFTERNOON: 'namiddag', EVENING: 'avond' }[part]}`,
  FR: (day, part) =>
    `le ${{ MON: 'lundi', TUE: 'mardi', WED: 'mercredi', THU: 'jeudi', FRI: 'vendredi', SAT: 'samedi', SUN: 'dimanche' }[day]} ${{ MORNING: 'matin', AFTERNOON: 'après-midi', EVENING: 'soir' }[part]}`,
  // "Evening of Tuesday": مساء الثلاثاء.
  AR: (day, part) =>
    `${{ MORNING: 'صباح', AFTERNOON: 'بعد ظهر', EVENING: 'مساء' }[part]} ${{ MON: 'الاثنين', TUE: 'الثلاثاء', WED: 'الأربعاء', THU: 'الخميس', FRI: 'الجمعة', SAT: 'السبت', SUN: 'الأحد' }[day]}`,
  // Accusative after "у": у вівторок увечері.
  UK: (day, part) =>
    `у ${{ MON: 'понеділок', TUE: 'вівторок', WED: 'середу', THU: 'четвер', FRI: 'п’ятницю', SAT: 'суботу', SUN: 'неділю' }[day]} ${{ MORNING: 'вранці', AFTERNOON: 'вдень', EVENING: 'увечері' }[part]}`,
};

const interestLabels = new Map(interestTaxonomy.map((interest) => [interest.key, interest.label as Partial<Record<Language, string>>]));
const needLabels = new Map(needOptions.map((option) => [option.value, option.label as Partial<Record<Language, string>>]));

/** At most this many items in a list, then "and N more". */
const LIST_MAX = 3;

const textLanguage = (language: Language): TextLanguage => (language in messages ? (language as TextLanguage) : 'EN');

// Compiled messages and Intl formatters, made once per language (explanations are rendered in bulk).
const compiled = new Map<string, IntlMessageFormat>();
function message(language: TextLanguage, key: MessageKey, values: Record<string, string | number> = {}): string {
  const id = `${language}:${key}`;
  let format = compiled.get(id);
  if (!format) compiled.set(id, (format = new IntlMessageFormat(messages[language][key], locales[language])));
  return String(format.format(values));
}

const listFormats = new Map<TextLanguage, Intl.ListFormat>();
function list(language: TextLanguage, items: string[]): string {
  let format = listFormats.get(language);
  if (!format) listFormats.set(language, (format = new Intl.ListFormat(locales[language], { type: 'conjunction' })));
  const shown = items.length > LIST_MAX ? [...items.slice(0, LIST_MAX), message(language, 'more', { count: items.length - LIST_MAX })] : items;
  return format.format(shown);
}

const languageNameFormats = new Map<TextLanguage, Intl.DisplayNames>();
function languageName(language: TextLanguage, code: string): string {
  let names = languageNameFormats.get(language);
  if (!names) languageNameFormats.set(language, (names = new Intl.DisplayNames(locales[language], { type: 'language' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // not a well-formed code: show it as stored
  }
}

/** A taxonomy label as it reads mid-sentence: "Cooking" → "cooking" (not "TV" → "tV"; Arabic has no case). */
function inSentence(label: string, language: TextLanguage): string {
  if (language === 'AR' || label.length < 2 || label[1] !== label[1].toLocaleLowerCase(locales[language])) return label;
  return label[0].toLocaleLowerCase(locales[language]) + label.slice(1);
}

function labelOf(labels: Map<string, Partial<Record<Language, string>>>, key: string, language: TextLanguage): string {
  const label = labels.get(key);
  // Free-text interests (no taxonomy entry) as the person wrote them.
  return label ? inSentence(label[language] ?? label.EN ?? key, language) : key;
}

function formatKm(language: TextLanguage, km: number): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(km);
}

/** One line on one criterion, in the reader's language (GraphQL CriterionScore.explanation). */
export function explainCriterion(result: CriterionResult, language: Language): string {
  const lang = textLanguage(language);
  const facts = result.facts;
  switch (facts.criterion) {
    case 'INTERESTS':
      if (result.value === null) return message(lang, 'interestsUnknown');
      return message(lang, 'interests', { count: facts.shared.length, list: list(lang, facts.shared.map((key) => labelOf(interestLabels, key, lang))) });
    case 'LANGUAGE':
      if (facts.practised) return message(lang, 'languagePractised', { language: languageName(lang, facts.practised) });
      if (facts.common.length > 0) return message(lang, 'languages', { count: facts.common.length, list: list(lang, facts.common.map((code) => languageName(lang, code))) });
      return message(lang, result.value === null ? 'languageUnknown' : 'languageNone');
    case 'NEEDS': {
      if (result.value === null) return message(lang, 'needsUnknown');
      const total = facts.met.length + facts.unmet.length;
      if (facts.met.length === 0) return message(lang, 'needsNoneMet', { total });
      return message(lang, 'needs', { list: list(lang, facts.met.map((need) => labelOf(needLabels, need, lang))), unmet: facts.unmet.length, total });
    }
    case 'AVAILABILITY':
      if (result.value === null) return message(lang, 'availabilityUnknown');
      if (facts.shared.length === 0) return message(lang, 'availabilityNone');
      return message(lang, 'availability', { count: facts.shared.length, list: list(lang, facts.shared.map(({ day, part }) => slotLabels[lang](day, part))) });
    case 'DISTANCE':
      return facts.km === null ? message(lang, 'distanceUnknown') : message(lang, 'distance', { km: formatKm(lang, facts.km) });
    case 'AGE':
      return facts.difference === null ? message(lang, 'ageUnknown') : message(lang, 'age', { years: facts.difference });
    case 'FAMILY':
      if (facts.newcomerHasChildren === null) return message(lang, 'familyUnknown');
      if (!facts.newcomerHasChildren) return message(lang, 'familyNoChildren');
      return message(lang, facts.buddyFamilyMinded === null ? 'familyChildren' : facts.buddyFamilyMinded ? 'familyMinded' : 'familyNotMinded');
    case 'WAITING_TIME':
      // Days for the first two weeks, weeks up to two months, then months.
      if (facts.days < 14) return message(lang, 'waitingDays', { days: facts.days });
      if (facts.days < 61) return message(lang, 'waitingWeeks', { weeks: Math.floor(facts.days / 7) });
      return message(lang, 'waitingMonths', { months: Math.floor(facts.days / 30.44) });
  }
}

/**
 * The pair's reasons in one line: criteria that count (weight > 0) and went well (value ≥ 0.5), most
 * points first, joined by " · "; a short "few things in common" when none did. Unknown values are no
 * reason, and neither is a newcomer without children (FAMILY's neutral value says nothing about the pair).
 */
export function explainPair(criteria: CriterionResult[], language: Language): string {
  const reasons = criteria
    .filter((result) => result.weight > 0 && result.value !== null && result.value >= 0.5)
    .filter((result) => !(result.facts.criterion === 'FAMILY' && result.facts.newcomerHasChildren === false))
    .sort((a, b) => b.points - a.points); // stable: ties keep the criteria order
  if (reasons.length === 0) return message(textLanguage(language), 'fewInCommon');
  return reasons.map((result) => explainCriterion(result, language)).join(' · ');
}
