// Tandem's default intake forms (one per audience), the shared interest taxonomy and the list of needs
// a newcomer has and a buddy offers. Newcomers fill these in themselves, often in their first months:
// every text is short, plain (B1) and comes in English, Dutch (Flemish, 'je'), French (Belgian,
// 'vous'), Arabic (Modern Standard) and Ukrainian. Option values and field keys are stable: answers,
// profile fields and matching rely on them, so change texts freely but never a key or value.
import { languageCodes, type Language } from '../shared/validation';
import type { FieldOption, FormField, IntakeForm, Interest, Localized } from './intake-form';

/** The languages every default text is written in. */
export const defaultFormLanguages = ['EN', 'NL', 'FR', 'AR', 'UK'] as const satisfies readonly Language[];

/** A text in every default form language (the compiler checks none is missing). */
type Text = Localized & { AR: string; UK: string };
interface Option extends FieldOption {
  label: Text;
}
interface Field extends FormField {
  label: Text;
  help?: Text;
  options?: Option[];
}

/** French typography (Belgian usage too): a narrow no-break space before ? ; : ! */
const NNBSP = '\u202F';

/** The same text in every language: names of languages, numbers. */
function same(text: string): Text {
  return { EN: text, NL: text, FR: text, AR: text, UK: text };
}

// ---------------------------------------------------------------------------------------------
// Interests: keys are stable tags (people may add free tags too). Nothing sensitive (no religion,
// politics or health): interests are shown to the other person of a duo.

export const interestTaxonomy: (Interest & { label: Text })[] = [
  { key: 'coffee-and-talk', label: { EN: 'Coffee and a chat', NL: 'Een koffie en een babbel', FR: 'Prendre un café et discuter', AR: 'قهوة ودردشة', UK: 'Кава й розмова' } },
  { key: 'family-activities', label: { EN: 'Family outings', NL: 'Uitstappen met het gezin', FR: 'Sorties en famille', AR: 'نزهات عائلية', UK: 'Прогулянки з родиною' } },
  { key: 'cooking', label: { EN: 'Cooking', NL: 'Koken', FR: 'Cuisine', AR: 'الطبخ', UK: 'Кулінарія' } },
  { key: 'baking', label: { EN: 'Baking', NL: 'Bakken', FR: 'Pâtisserie', AR: 'الخَبز والحلويات', UK: 'Випічка' } },
  { key: 'football', label: { EN: 'Football', NL: 'Voetbal', FR: 'Football', AR: 'كرة القدم', UK: 'Футбол' } },
  { key: 'basketball', label: { EN: 'Basketball', NL: 'Basketbal', FR: 'Basket-ball', AR: 'كرة السلة', UK: 'Баскетбол' } },
  { key: 'volleyball', label: { EN: 'Volleyball', NL: 'Volleybal', FR: 'Volley-ball', AR: 'الكرة الطائرة', UK: 'Волейбол' } },
  { key: 'swimming', label: { EN: 'Swimming', NL: 'Zwemmen', FR: 'Natation', AR: 'السباحة', UK: 'Плавання' } },
  { key: 'running', label: { EN: 'Running', NL: 'Joggen', FR: 'Course à pied', AR: 'الجري', UK: 'Біг' } },
  { key: 'cycling', label: { EN: 'Cycling', NL: 'Fietsen', FR: 'Vélo', AR: 'ركوب الدراجات', UK: 'Велосипед' } },
  { key: 'hiking', label: { EN: 'Walking and hiking', NL: 'Wandelen', FR: 'Balades et randonnées', AR: 'المشي والتنزّه', UK: 'Піші прогулянки' } },
  { key: 'fitness', label: { EN: 'Fitness', NL: 'Fitness', FR: 'Fitness', AR: 'اللياقة البدنية', UK: 'Фітнес' } },
  { key: 'yoga', label: { EN: 'Yoga', NL: 'Yoga', FR: 'Yoga', AR: 'اليوغا', UK: 'Йога' } },
  { key: 'fishing', label: { EN: 'Fishing', NL: 'Vissen', FR: 'Pêche', AR: 'صيد السمك', UK: 'Риболовля' } },
  { key: 'nature', label: { EN: 'Nature', NL: 'Natuur', FR: 'Nature', AR: 'الطبيعة', UK: 'Природа' } },
  { key: 'gardening', label: { EN: 'Gardening', NL: 'Tuinieren', FR: 'Jardinage', AR: 'البستنة', UK: 'Садівництво' } },
  { key: 'animals', label: { EN: 'Animals', NL: 'Dieren', FR: 'Animaux', AR: 'الحيوانات', UK: 'Тварини' } },
  { key: 'music', label: { EN: 'Music', NL: 'Muziek', FR: 'Musique', AR: 'الموسيقى', UK: 'Музика' } },
  { key: 'dancing', label: { EN: 'Dancing', NL: 'Dansen', FR: 'Danse', AR: 'الرقص', UK: 'Танці' } },
  { key: 'films', label: { EN: 'Films', NL: 'Films', FR: 'Cinéma', AR: 'الأفلام', UK: 'Кіно' } },
  { key: 'theatre', label: { EN: 'Theatre', NL: 'Theater', FR: 'Théâtre', AR: 'المسرح', UK: 'Театр' } },
  { key: 'art-museums', label: { EN: 'Art and museums', NL: 'Kunst en musea', FR: 'Art et musées', AR: 'الفن والمتاحف', UK: 'Мистецтво та музеї' } },
  { key: 'history', label: { EN: 'History', NL: 'Geschiedenis', FR: 'Histoire', AR: 'التاريخ', UK: 'Історія' } },
  { key: 'reading', label: { EN: 'Reading', NL: 'Lezen', FR: 'Lecture', AR: 'القراءة', UK: 'Читання' } },
  { key: 'languages', label: { EN: 'Learning languages', NL: 'Talen leren', FR: 'Apprendre des langues', AR: 'تعلّم اللغات', UK: 'Вивчення мов' } },
  { key: 'photography', label: { EN: 'Photography', NL: 'Fotografie', FR: 'Photographie', AR: 'التصوير', UK: 'Фотографія' } },
  { key: 'crafts', label: { EN: 'Crafts', NL: 'Knutselen', FR: 'Activités manuelles', AR: 'الأشغال اليدوية', UK: 'Рукоділля' } },
  { key: 'sewing', label: { EN: 'Sewing', NL: 'Naaien', FR: 'Couture', AR: 'الخياطة', UK: 'Шиття' } },
  { key: 'board-games', label: { EN: 'Board games', NL: 'Gezelschapsspelen', FR: 'Jeux de société', AR: 'ألعاب الطاولة', UK: 'Настільні ігри' } },
  { key: 'chess', label: { EN: 'Chess', NL: 'Schaken', FR: 'Échecs', AR: 'الشطرنج', UK: 'Шахи' } },
  { key: 'technology', label: { EN: 'Technology', NL: 'Technologie', FR: 'Technologie', AR: 'التكنولوجيا', UK: 'Технології' } },
  { key: 'travel', label: { EN: 'Travel', NL: 'Reizen', FR: 'Voyages', AR: 'السفر', UK: 'Подорожі' } },
  { key: 'volunteering', label: { EN: 'Volunteering', NL: 'Vrijwilligerswerk', FR: 'Bénévolat', AR: 'العمل التطوعي', UK: 'Волонтерство' } },
];

// ---------------------------------------------------------------------------------------------
// Needs and offers: one list, so a newcomer's needs match a buddy's offers value for value.

export const needOptions: Option[] = [
  { value: 'language-practice', label: { EN: 'Practising the language', NL: 'De taal oefenen', FR: 'Pratiquer la langue', AR: 'ممارسة اللغة', UK: 'Практика мови' } },
  { value: 'social-contacts', label: { EN: 'Meeting people', NL: 'Mensen leren kennen', FR: 'Rencontrer des gens', AR: 'التعرّف على أشخاص', UK: 'Знайомства з людьми' } },
  { value: 'housing-search', label: { EN: 'Finding a home', NL: 'Een woning zoeken', FR: 'Chercher un logement', AR: 'البحث عن سكن', UK: 'Пошук житла' } },
  { value: 'work', label: { EN: 'Finding work', NL: 'Werk zoeken', FR: 'Chercher du travail', AR: 'البحث عن عمل', UK: 'Пошук роботи' } },
  { value: 'education', label: { EN: 'Studies and training', NL: 'Studie en opleiding', FR: 'Études et formation', AR: 'الدراسة والتدريب', UK: 'Навчання та курси' } },
  { value: 'paperwork', label: { EN: 'Letters and paperwork', NL: 'Brieven en papieren', FR: 'Courrier et papiers', AR: 'الرسائل والأوراق الرسمية', UK: 'Листи та документи' } },
  { value: 'health-care-system', label: { EN: 'Doctors and health care', NL: 'Dokters en gezondheidszorg', FR: 'Médecins et soins de santé', AR: 'الأطباء والرعاية الصحية', UK: 'Лікарі та медична допомога' } },
  { value: 'leisure', label: { EN: 'Free time', NL: 'Vrije tijd', FR: 'Loisirs', AR: 'وقت الفراغ', UK: 'Дозвілля' } },
  { value: 'children-school', label: { EN: 'School for the children', NL: 'School van de kinderen', FR: 'L’école des enfants', AR: 'مدرسة الأطفال', UK: 'Школа для дітей' } },
  { value: 'mobility', label: { EN: 'Getting around', NL: 'Je verplaatsen', FR: 'Se déplacer', AR: 'التنقّل والمواصلات', UK: 'Транспорт і пересування' } },
  { value: 'digital-skills', label: { EN: 'Computer and smartphone', NL: 'Computer en smartphone', FR: 'Ordinateur et smartphone', AR: 'الحاسوب والهاتف الذكي', UK: 'Комп’ютер і смартфон' } },
  { value: 'finances', label: { EN: 'Money and bills', NL: 'Geld en rekeningen', FR: 'Argent et factures', AR: 'المال والفواتير', UK: 'Гроші та рахунки' } },
];

// ---------------------------------------------------------------------------------------------
// Option lists

/** Each language in its own name, the same whatever the reader's language. */
const languageNames: Record<Language, string> = {
  NL: 'Nederlands',
  FR: 'Français',
  EN: 'English',
  DE: 'Deutsch',
  IT: 'Italiano',
  AR: 'العربية',
  TR: 'Türkçe',
  UK: 'Українська',
  RU: 'Русский',
  ES: 'Español',
  PT: 'Português',
  FA: 'فارسی',
  PS: 'پښتو',
  TI: 'ትግርኛ',
  SO: 'Soomaali',
};
const languageOptions: Option[] = languageCodes.map((code) => ({ value: code, label: same(languageNames[code]) }));

/** The profile's Gender values, exactly. */
const genderOptions: Option[] = [
  { value: 'FEMALE', label: { EN: 'Woman', NL: 'Vrouw', FR: 'Femme', AR: 'امرأة', UK: 'Жінка' } },
  { value: 'MALE', label: { EN: 'Man', NL: 'Man', FR: 'Homme', AR: 'رجل', UK: 'Чоловік' } },
  { value: 'NON_BINARY', label: { EN: 'Non-binary', NL: 'Non-binair', FR: 'Non binaire', AR: 'غير ثنائي الجنس', UK: 'Небінарна особа' } },
  { value: 'UNDISCLOSED', label: { EN: 'Prefer not to say', NL: 'Zeg ik liever niet', FR: 'Je préfère ne pas le dire', AR: 'أفضّل عدم الإجابة', UK: 'Не хочу вказувати' } },
];

const familyOptions: Option[] = [
  { value: 'single', label: { EN: 'Single, no children', NL: 'Alleenstaand, zonder kinderen', FR: 'Célibataire, sans enfants', AR: 'بدون شريك وبدون أطفال', UK: 'Без партнера, без дітей' } },
  { value: 'partner', label: { EN: 'With a partner, no children', NL: 'Met een partner, zonder kinderen', FR: 'En couple, sans enfants', AR: 'مع شريك حياة، بدون أطفال', UK: 'З партнером, без дітей' } },
  { value: 'partner-children', label: { EN: 'With a partner and children', NL: 'Met een partner en kinderen', FR: 'En couple, avec enfants', AR: 'مع شريك حياة وأطفال', UK: 'З партнером і дітьми' } },
  { value: 'single-parent', label: { EN: 'Single parent with children', NL: 'Alleenstaande ouder met kinderen', FR: 'Parent seul avec enfants', AR: 'أب أو أم بدون شريك، مع أطفال', UK: 'Без партнера, з дітьми' } },
  { value: 'other', label: { EN: 'Other', NL: 'Andere', FR: 'Autre', AR: 'غير ذلك', UK: 'Інше' } },
];

/** 'none' or a Gender value of the buddy. */
const buddyGenderOptions: Option[] = [
  { value: 'none', label: { EN: 'No preference', NL: 'Maakt niet uit', FR: 'Pas de préférence', AR: 'لا يهمّ', UK: 'Не має значення' } },
  { value: 'FEMALE', label: { EN: 'A woman', NL: 'Een vrouw', FR: 'Une femme', AR: 'امرأة', UK: 'Жінка' } },
  { value: 'MALE', label: { EN: 'A man', NL: 'Een man', FR: 'Un homme', AR: 'رجل', UK: 'Чоловік' } },
];

/** How many newcomers a buddy supports at once (the profile's capacity, a number). */
const capacityOptions: Option[] = ['1', '2', '3'].map((value) => ({ value, label: same(value) }));

const chooseOneOrMore: Text = {
  EN: 'Choose one or more.',
  NL: 'Kies er één of meer.',
  FR: 'Choisissez une ou plusieurs réponses.',
  AR: 'اختر شيئًا واحدًا أو أكثر.',
  UK: 'Оберіть одне або кілька.',
};

// ---------------------------------------------------------------------------------------------
// Fields both forms ask the same way

const firstName: Field = {
  key: 'firstName',
  type: 'TEXT',
  required: true,
  label: { EN: 'First name', NL: 'Voornaam', FR: 'Prénom', AR: 'الاسم الأول', UK: 'Ім’я' },
};

const lastName: Field = {
  key: 'lastName',
  type: 'TEXT',
  required: true,
  label: { EN: 'Last name', NL: 'Achternaam', FR: 'Nom de famille', AR: 'اسم العائلة', UK: 'Прізвище' },
};

const emailLabel: Text = { EN: 'Email address', NL: 'E-mailadres', FR: 'Adresse e-mail', AR: 'البريد الإلكتروني', UK: 'Електронна пошта' };

const phone: Field = {
  key: 'phone',
  type: 'TEXT',
  required: false,
  label: { EN: 'Phone number', NL: 'Telefoonnummer', FR: 'Numéro de téléphone', AR: 'رقم الهاتف', UK: 'Номер телефону' },
};

const birthYear: Field = {
  key: 'birthYear',
  type: 'TEXT',
  required: false,
  label: { EN: 'Year of birth', NL: 'Geboortejaar', FR: 'Année de naissance', AR: 'سنة الميلاد', UK: 'Рік народження' },
  help: {
    EN: 'Only the year, for example 1990.',
    NL: 'Alleen het jaar, bijvoorbeeld 1990.',
    FR: 'Seulement l’année, par exemple 1990.',
    AR: 'السنة فقط، مثلًا 1990.',
    UK: 'Лише рік, наприклад 1990.',
  },
};

const gender: Field = {
  key: 'gender',
  type: 'SINGLE_CHOICE',
  required: false,
  label: { EN: 'Gender', NL: 'Gender', FR: 'Genre', AR: 'الجنس', UK: 'Стать' },
  options: genderOptions,
};

const postcodeLabel: Text = { EN: 'Postcode', NL: 'Postcode', FR: 'Code postal', AR: 'الرمز البريدي', UK: 'Поштовий індекс' };

const languages: Field = {
  key: 'languages',
  type: 'LANGUAGES',
  required: true,
  label: { EN: 'Languages you speak', NL: 'Talen die je spreekt', FR: 'Langues que vous parlez', AR: 'اللغات التي تتحدثها', UK: 'Мови, якими ви розмовляєте' },
  help: {
    EN: 'Which languages do you speak, and how well?',
    NL: 'Welke talen spreek je, en hoe goed?',
    FR: `Quelles langues parlez-vous, et à quel niveau${NNBSP}?`,
    AR: 'ما اللغات التي تتحدثها، وما مستواك فيها؟',
    UK: 'Якими мовами ви розмовляєте і наскільки добре?',
  },
};

const interests: Field = {
  key: 'interests',
  type: 'INTERESTS',
  required: false,
  label: { EN: 'Interests', NL: 'Interesses', FR: 'Centres d’intérêt', AR: 'الاهتمامات', UK: 'Інтереси' },
  help: {
    EN: 'What do you like to do in your free time?',
    NL: 'Wat doe je graag in je vrije tijd?',
    FR: `Qu’aimez-vous faire pendant votre temps libre${NNBSP}?`,
    AR: 'ماذا تحب أن تفعل في وقت فراغك؟',
    UK: 'Що ви любите робити у вільний час?',
  },
};

function availability(required: boolean): Field {
  return {
    key: 'availability',
    type: 'AVAILABILITY',
    required,
    label: { EN: 'When are you free?', NL: 'Wanneer heb je tijd?', FR: `Quand êtes-vous disponible${NNBSP}?`, AR: 'متى تكون متاحًا؟', UK: 'Коли ви вільні?' },
    help: {
      EN: 'Choose the days and times that suit you.',
      NL: 'Kies de dagen en momenten die voor jou passen.',
      FR: 'Choisissez les jours et les moments qui vous conviennent.',
      AR: 'اختر الأيام والأوقات التي تناسبك.',
      UK: 'Оберіть дні та час, які вам підходять.',
    },
  };
}

const canAskToSeeOrDelete: Text = {
  EN: 'You can ask to see or delete your information at any time.',
  NL: 'Je kan altijd vragen om je gegevens te bekijken of te laten wissen.',
  FR: 'Vous pouvez à tout moment demander à voir ou à supprimer vos informations.',
  AR: 'يمكنك في أي وقت أن تطلب رؤية معلوماتك أو حذفها.',
  UK: 'Ви можете будь-коли попросити показати або видалити вашу інформацію.',
};

// ---------------------------------------------------------------------------------------------
// Newcomer form

const newcomerFields: Field[] = [
  firstName,
  lastName,
  { key: 'email', type: 'TEXT', required: false, label: emailLabel },
  phone,
  {
    key: 'preferredLanguage',
    type: 'SINGLE_CHOICE',
    required: false,
    label: { EN: 'Your preferred language', NL: 'Je voorkeurstaal', FR: 'Votre langue préférée', AR: 'لغتك المفضّلة', UK: 'Бажана мова' },
    help: {
      EN: 'We try to contact you in this language.',
      NL: 'We proberen je in deze taal te contacteren.',
      FR: 'Nous essayons de vous contacter dans cette langue.',
      AR: 'نحاول التواصل معك بهذه اللغة.',
      UK: 'Ми намагаємося зв’язуватися з вами цією мовою.',
    },
    options: languageOptions,
  },
  birthYear,
  gender,
  {
    key: 'postcode',
    type: 'POSTCODE',
    required: true,
    label: postcodeLabel,
    help: {
      EN: 'We use it to find a buddy near you.',
      NL: 'Zo zoeken we een buddy dicht bij jou.',
      FR: 'Pour vous trouver un buddy près de chez vous.',
      AR: 'لنبحث لك عن رفيق قريب منك.',
      UK: 'Щоб знайти бадді поруч із вами.',
    },
  },
  languages,
  interests,
  availability(false),
  {
    key: 'needs',
    type: 'MULTIPLE_CHOICE',
    required: true,
    label: {
      EN: 'What do you need help with?',
      NL: 'Waarbij wil je hulp?',
      FR: `De quelle aide avez-vous besoin${NNBSP}?`,
      AR: 'في أي شيء تحتاج إلى مساعدة؟',
      UK: 'З чим вам потрібна допомога?',
    },
    help: chooseOneOrMore,
    options: needOptions,
  },
  {
    key: 'goals',
    type: 'LONG_TEXT',
    required: false,
    label: {
      EN: 'What would you like to reach in the coming months?',
      NL: 'Wat wil je de komende maanden bereiken?',
      FR: `Que souhaitez-vous atteindre dans les prochains mois${NNBSP}?`,
      AR: 'ماذا تريد أن تحقق في الأشهر القادمة؟',
      UK: 'Чого ви хочете досягти в найближчі місяці?',
    },
    help: {
      EN: 'For example: practise the language, find work, meet people.',
      NL: 'Bijvoorbeeld: de taal oefenen, werk vinden, mensen leren kennen.',
      FR: `Par exemple${NNBSP}: pratiquer la langue, trouver du travail, rencontrer des gens.`,
      AR: 'مثلًا: ممارسة اللغة، إيجاد عمل، التعرّف على أشخاص.',
      UK: 'Наприклад: практикувати мову, знайти роботу, познайомитися з людьми.',
    },
  },
  {
    key: 'expectations',
    type: 'LONG_TEXT',
    required: false,
    label: {
      EN: 'What do you expect from your buddy?',
      NL: 'Wat verwacht je van je buddy?',
      FR: `Qu’attendez-vous de votre buddy${NNBSP}?`,
      AR: 'ماذا تتوقع من رفيقك؟',
      UK: 'Чого ви очікуєте від свого бадді?',
    },
    help: {
      EN: 'For example: talk together, go out, help with letters.',
      NL: 'Bijvoorbeeld: samen praten, samen iets doen, hulp bij brieven.',
      FR: `Par exemple${NNBSP}: parler ensemble, sortir ensemble, de l’aide pour le courrier.`,
      AR: 'مثلًا: الحديث معًا، الخروج معًا، المساعدة في الرسائل.',
      UK: 'Наприклад: розмовляти, гуляти разом, допомога з листами.',
    },
  },
  {
    key: 'familySituation',
    type: 'SINGLE_CHOICE',
    required: false,
    label: { EN: 'Your family situation', NL: 'Je gezinssituatie', FR: 'Votre situation familiale', AR: 'وضعك العائلي', UK: 'Ваш сімейний стан' },
    options: familyOptions,
  },
  {
    key: 'buddyGenderPreference',
    type: 'SINGLE_CHOICE',
    required: false,
    label: {
      EN: 'Do you prefer a woman or a man as your buddy?',
      NL: 'Heb je liever een vrouw of een man als buddy?',
      FR: `Préférez-vous une femme ou un homme comme buddy${NNBSP}?`,
      AR: 'هل تفضّل أن يكون رفيقك امرأة أم رجلًا؟',
      UK: 'Ви хочете, щоб вашим бадді була жінка чи чоловік?',
    },
    help: {
      EN: 'We take this into account when we can.',
      NL: 'We houden er rekening mee als het kan.',
      FR: 'Nous en tenons compte dans la mesure du possible.',
      AR: 'نأخذ ذلك بعين الاعتبار قدر الإمكان.',
      UK: 'Ми врахуємо це, якщо зможемо.',
    },
    options: buddyGenderOptions,
  },
  // Sensitive data: optional, shown only when the programme collects the category, coordinators only.
  {
    key: 'health',
    type: 'LONG_TEXT',
    required: false,
    sensitiveCategory: 'HEALTH',
    label: {
      EN: 'Anything about your health the coordinator should know?',
      NL: 'Is er iets over je gezondheid dat de coördinator moet weten?',
      FR: `Y a-t-il quelque chose sur votre santé que le coordinateur devrait savoir${NNBSP}?`,
      AR: 'هل هناك شيء عن صحتك يجب أن يعرفه المنسّق؟',
      UK: 'Чи є щось про ваше здоров’я, що має знати координатор?',
    },
    help: {
      EN: 'For example an illness or a disability; only coordinators see this.',
      NL: 'Bijvoorbeeld een ziekte of een beperking; alleen coördinatoren zien dit.',
      FR: `Par exemple une maladie ou un handicap${NNBSP}; seuls les coordinateurs voient ceci.`,
      AR: 'مثلًا مرض أو إعاقة؛ يرى هذا المنسّقون فقط.',
      UK: 'Наприклад, хвороба чи інвалідність; це бачать лише координатори.',
    },
  },
  {
    key: 'psychosocial',
    type: 'LONG_TEXT',
    required: false,
    sensitiveCategory: 'PSYCHOSOCIAL',
    label: {
      EN: 'Anything about how you feel that the coordinator should know?',
      NL: 'Is er iets over hoe je je voelt dat de coördinator moet weten?',
      FR: `Y a-t-il quelque chose sur votre moral que le coordinateur devrait savoir${NNBSP}?`,
      AR: 'هل هناك شيء عن شعورك يجب أن يعرفه المنسّق؟',
      UK: 'Чи є щось про ваш емоційний стан, що має знати координатор?',
    },
    help: {
      EN: 'For example stress or worries; only coordinators see this.',
      NL: 'Bijvoorbeeld stress of zorgen; alleen coördinatoren zien dit.',
      FR: `Par exemple du stress ou des soucis${NNBSP}; seuls les coordinateurs voient ceci.`,
      AR: 'مثلًا التوتر أو القلق؛ يرى هذا المنسّقون فقط.',
      UK: 'Наприклад, стрес чи тривоги; це бачать лише координатори.',
    },
  },
  {
    key: 'religion',
    type: 'TEXT',
    required: false,
    sensitiveCategory: 'RELIGION',
    label: { EN: 'Religion or belief', NL: 'Geloof of levensbeschouwing', FR: 'Religion ou conviction', AR: 'الدين أو المعتقد', UK: 'Релігія або переконання' },
    help: {
      EN: 'Fill this in if it matters for finding your buddy; only coordinators see it.',
      NL: 'Vul dit in als het belangrijk is bij het zoeken naar je buddy; alleen coördinatoren zien het.',
      FR: `Répondez si c’est important pour le choix de votre buddy${NNBSP}; seuls les coordinateurs le voient.`,
      AR: 'املأ هذا إذا كان مهمًا في اختيار رفيقك؛ يراه المنسّقون فقط.',
      UK: 'Заповніть, якщо це важливо для вибору бадді; це бачать лише координатори.',
    },
  },
  {
    key: 'consentProcessing',
    type: 'CONSENT',
    required: true,
    consentPurpose: 'processing',
    label: {
      EN: 'I agree that the municipality stores and uses this information to find a buddy for me and to follow up.',
      NL: 'Ik ga ermee akkoord dat de gemeente deze gegevens bewaart en gebruikt om een buddy voor mij te zoeken en mij op te volgen.',
      FR: 'J’accepte que la commune conserve et utilise ces informations pour me trouver un buddy et assurer le suivi.',
      AR: 'أوافق على أن تحفظ البلدية هذه المعلومات وتستخدمها لإيجاد رفيق لي ولمتابعتي.',
      UK: 'Я погоджуюся, щоб муніципалітет зберігав і використовував цю інформацію, щоб знайти мені бадді та супроводжувати мене.',
    },
    help: canAskToSeeOrDelete,
  },
  // The Flemish participation trajectory (40 hours): the official Dutch name stays in brackets, as
  // newcomers hear it from their trajectory counsellor (trajectbegeleider) in Dutch.
  {
    key: 'consentCounsellor',
    type: 'CONSENT',
    required: false,
    consentPurpose: 'share-with-trajectory-counsellor',
    label: {
      EN: 'I agree that my hours with my buddy are shared with my trajectory counsellor.',
      NL: 'Ik ga ermee akkoord dat mijn uren met mijn buddy gedeeld worden met mijn trajectbegeleider.',
      FR: 'J’accepte que mes heures avec mon buddy soient communiquées à mon accompagnateur de parcours.',
      AR: 'أوافق على إبلاغ مرشد المسار بعدد الساعات التي أقضيها مع رفيقي.',
      UK: 'Я погоджуюся, щоб мої години з бадді передавали моєму куратору програми.',
    },
    help: {
      EN: 'Only if you follow the participation trajectory (participatie- en netwerktraject), so your hours count.',
      NL: 'Alleen als je het participatie- en netwerktraject volgt: zo tellen je uren mee.',
      FR: `Seulement si vous suivez le parcours de participation et de réseau (participatie- en netwerktraject)${NNBSP}: vos heures comptent alors.`,
      AR: 'فقط إذا كنت تتبع مسار المشاركة والتواصل (participatie- en netwerktraject)، لكي تُحتسب ساعاتك.',
      UK: 'Лише якщо ви проходите програму участі та соціальних зв’язків (participatie- en netwerktraject), щоб ваші години зарахували.',
    },
  },
];

export const defaultNewcomerForm: IntakeForm = {
  id: 'default-newcomer',
  name: 'Tandem intake — newcomer',
  audience: 'NEWCOMER',
  fields: newcomerFields,
  isDefault: true,
  version: 1,
};

// ---------------------------------------------------------------------------------------------
// Buddy form: translated like the newcomer form, as some buddies read Arabic or Ukrainian best too.

const buddyFields: Field[] = [
  firstName,
  lastName,
  { key: 'email', type: 'TEXT', required: true, label: emailLabel },
  phone,
  birthYear,
  gender,
  {
    key: 'postcode',
    type: 'POSTCODE',
    required: true,
    label: postcodeLabel,
    help: {
      EN: 'We use it to match you with a newcomer near you.',
      NL: 'Zo koppelen we je aan een nieuwkomer dicht bij jou.',
      FR: 'Pour vous mettre en binôme avec un primo-arrivant près de chez vous.',
      AR: 'لنربطك بقادم جديد قريب منك.',
      UK: 'Щоб познайомити вас із новоприбулим, який живе поруч.',
    },
  },
  languages,
  interests,
  availability(true),
  {
    key: 'offers',
    type: 'MULTIPLE_CHOICE',
    required: true,
    label: {
      EN: 'What would you like to help with?',
      NL: 'Waarmee wil je helpen?',
      FR: `Dans quels domaines souhaitez-vous aider${NNBSP}?`,
      AR: 'في أي مجال تحب أن تساعد؟',
      UK: 'З чим ви хотіли б допомагати?',
    },
    help: chooseOneOrMore,
    options: needOptions,
  },
  {
    key: 'skills',
    type: 'LONG_TEXT',
    required: false,
    label: { EN: 'Your skills and experience', NL: 'Je talenten en ervaring', FR: 'Vos compétences et votre expérience', AR: 'مهاراتك وخبراتك', UK: 'Ваші навички та досвід' },
    help: {
      EN: 'For example your job, a hobby or something you are good at.',
      NL: 'Bijvoorbeeld je beroep, een hobby of iets waar je goed in bent.',
      FR: 'Par exemple votre métier, un loisir ou quelque chose que vous savez bien faire.',
      AR: 'مثلًا عملك أو هواية أو شيء تتقنه.',
      UK: 'Наприклад, ваша професія, хобі або те, що ви добре вмієте.',
    },
  },
  {
    key: 'motivation',
    type: 'LONG_TEXT',
    required: true,
    label: {
      EN: 'Why do you want to be a buddy?',
      NL: 'Waarom wil je buddy worden?',
      FR: `Pourquoi souhaitez-vous devenir buddy${NNBSP}?`,
      AR: 'لماذا تريد أن تصبح رفيقًا؟',
      UK: 'Чому ви хочете стати бадді?',
    },
    help: { EN: 'A few sentences are enough.', NL: 'Een paar zinnen zijn genoeg.', FR: 'Quelques phrases suffisent.', AR: 'بضع جمل تكفي.', UK: 'Кількох речень достатньо.' },
  },
  {
    key: 'capacity',
    type: 'SINGLE_CHOICE',
    required: true,
    label: {
      EN: 'How many newcomers can you support at the same time?',
      NL: 'Hoeveel nieuwkomers kan je tegelijk begeleiden?',
      FR: `Combien de primo-arrivants pouvez-vous accompagner en même temps${NNBSP}?`,
      AR: 'كم قادمًا جديدًا يمكنك مرافقته في الوقت نفسه؟',
      UK: 'Скількох новоприбулих ви можете супроводжувати одночасно?',
    },
    help: {
      EN: 'If you are not sure, start with one.',
      NL: 'Twijfel je? Begin dan met één.',
      FR: 'En cas de doute, commencez par un seul.',
      AR: 'إذا لم تكن متأكدًا، ابدأ بشخص واحد.',
      UK: 'Якщо не впевнені, почніть з одного.',
    },
    options: capacityOptions,
  },
  {
    key: 'preferences',
    type: 'LONG_TEXT',
    required: false,
    label: {
      EN: 'Do you have preferences for your match?',
      NL: 'Heb je voorkeuren voor de koppeling?',
      FR: `Avez-vous des préférences pour votre binôme${NNBSP}?`,
      AR: 'هل لديك تفضيلات بشأن الشخص الذي سترافقه؟',
      UK: 'Чи маєте ви побажання щодо новоприбулого, якого супроводжуватимете?',
    },
    help: {
      EN: 'For example age, family or language; leave empty if you have none.',
      NL: 'Bijvoorbeeld leeftijd, gezin of taal; laat leeg als je er geen hebt.',
      FR: `Par exemple l’âge, la famille ou la langue${NNBSP}; laissez vide si vous n’en avez pas.`,
      AR: 'مثلًا العمر أو العائلة أو اللغة؛ اتركه فارغًا إذا لم تكن لديك تفضيلات.',
      UK: 'Наприклад, вік, сім’я чи мова; залиште порожнім, якщо побажань немає.',
    },
  },
  {
    key: 'consentProcessing',
    type: 'CONSENT',
    required: true,
    consentPurpose: 'processing',
    label: {
      EN: 'I agree that the municipality stores and uses this information to match me with a newcomer and to follow up.',
      NL: 'Ik ga ermee akkoord dat de gemeente deze gegevens bewaart en gebruikt om mij aan een nieuwkomer te koppelen en mij op te volgen.',
      FR: 'J’accepte que la commune conserve et utilise ces informations pour me mettre en binôme avec un primo-arrivant et assurer le suivi.',
      AR: 'أوافق على أن تحفظ البلدية هذه المعلومات وتستخدمها لربطي بقادم جديد ولمتابعتي.',
      UK: 'Я погоджуюся, щоб муніципалітет зберігав і використовував цю інформацію, щоб підібрати мені новоприбулого та супроводжувати нашу співпрацю.',
    },
    help: canAskToSeeOrDelete,
  },
  // Model 2 (art. 596.2) is the extract for activities with minors.
  {
    key: 'consentGoodConduct',
    type: 'CONSENT',
    required: true,
    consentPurpose: 'good-conduct-check',
    label: {
      EN: 'I agree to show a certificate of good conduct (extract from the criminal record, model 2 where applicable).',
      NL: 'Ik ga ermee akkoord om een uittreksel uit het strafregister voor te leggen (model 2 als dat nodig is).',
      FR: 'J’accepte de présenter un extrait de casier judiciaire (modèle 2 si nécessaire).',
      AR: 'أوافق على تقديم شهادة حسن السيرة والسلوك (مستخرج من السجل الجنائي، النموذج 2 عند الحاجة).',
      UK: 'Я погоджуюся надати довідку про несудимість (витяг із кримінального реєстру, модель 2, якщо потрібно).',
    },
    help: {
      EN: 'Model 2 is needed if you may be in contact with children; you request it from your municipality or online.',
      NL: 'Model 2 is nodig als je in contact kan komen met kinderen; je vraagt het aan bij je gemeente of online.',
      FR: `Le modèle 2 est nécessaire si vous pouvez être en contact avec des enfants${NNBSP}; vous le demandez à votre commune ou en ligne.`,
      AR: 'النموذج 2 مطلوب إذا كنت قد تتعامل مع أطفال؛ تطلبه من بلديتك أو عبر الإنترنت.',
      UK: 'Модель 2 потрібна, якщо ви можете контактувати з дітьми; її замовляють у муніципалітеті або онлайн.',
    },
  },
];

export const defaultBuddyForm: IntakeForm = {
  id: 'default-buddy',
  name: 'Tandem intake — buddy',
  audience: 'BUDDY',
  fields: buddyFields,
  isDefault: true,
  version: 1,
};
