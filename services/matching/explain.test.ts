import { describe, expect, it } from 'vitest';
import { explainCriterion, explainPair } from './explain';
import type { CriterionFacts, CriterionResult } from './scoring';

/** A stored criterion result (explanations are rendered from these, possibly long after scoring). */
function result(facts: CriterionFacts, value: number | null, weight = 4, points = (value ?? 0.5) * weight * 4): CriterionResult {
  return { criterion: facts.criterion, value, weight, points, facts };
}

// The example pair, as the default preset scores it.
const example: CriterionResult[] = [
  result({ criterion: 'INTERESTS', shared: ['cooking', 'football', 'hiking'] }, 1, 3, 12),
  result({ criterion: 'LANGUAGE', common: ['fr'], practised: null }, 1, 5, 20),
  result({ criterion: 'NEEDS', met: [], unmet: [] }, null, 4, 8),
  result({ criterion: 'AVAILABILITY', shared: [{ day: 'TUE', part: 'EVENING' }] }, 0.5, 4, 8),
  result({ criterion: 'DISTANCE', km: 2.4 }, 0.983, 4, 15.72),
  result({ criterion: 'AGE', difference: null }, null, 1, 2),
  result({ criterion: 'FAMILY', newcomerHasChildren: null, buddyFamilyMinded: null }, null, 1, 2),
  result({ criterion: 'WAITING_TIME', days: 0 }, 0, 3, 0),
];

describe('explainPair', () => {
  it('gives the reasons best points first in English', () => {
    expect(explainPair(example, 'EN')).toBe('both speak French · 2.4 km apart · 3 shared interests: cooking, football and walking and hiking · both free on Tuesday evening');
  });

  it('says the same in Dutch and French, with local numbers, labels and language names', () => {
    expect(explainPair(example, 'NL')).toBe('spreken allebei Frans · 2,4 km van elkaar · 3 gemeenschappelijke interesses: koken, voetbal en wandelen · allebei vrij op dinsdagavond');
    expect(explainPair(example, 'FR')).toBe(
      'parlent tous les deux français · à 2,4 km l’un de l’autre · 3 centres d’intérêt communs\u202F: cuisine, football et balades et randonnées · libres tous les deux le mardi soir',
    );
  });

  it('says it in Arabic and Ukrainian, and in English for a language without texts', () => {
    expect(explainPair(example, 'AR')).toBe('كلاهما يتحدث الفرنسية · على بُعد 2.4 كم · 3 اهتمامات مشتركة: الطبخ وكرة القدم والمشي والتنزّه · كلاهما متفرّغ مساء الثلاثاء');
    expect(explainPair(example, 'UK')).toBe('спільна мова: французька · 2,4 км один від одного · 3 спільні інтереси: кулінарія, футбол і піші прогулянки · обоє вільні у вівторок увечері');
    expect(explainPair(example, 'DE')).toBe(explainPair(example, 'EN'));
  });

  it('leaves out criteria with weight 0, low or unknown values, and a newcomer without children', () => {
    const line = explainPair(
      [
        result({ criterion: 'INTERESTS', shared: ['cooking', 'chess', 'music'] }, 1, 0, 0),
        result({ criterion: 'DISTANCE', km: 20 }, 0.2, 4, 3),
        result({ criterion: 'AGE', difference: null }, null, 1, 2),
        result({ criterion: 'FAMILY', newcomerHasChildren: false, buddyFamilyMinded: null }, 0.7, 1, 2.8),
        result({ criterion: 'WAITING_TIME', days: 220 }, 1, 3, 12),
      ],
      'EN',
    );
    expect(line).toBe('waiting 7 months');
  });

  it('says "few things in common" when nothing went well', () => {
    const weak = [result({ criterion: 'DISTANCE', km: 24 }, 0.04, 4, 0.6), result({ criterion: 'INTERESTS', shared: [] }, 0, 3, 0)];
    expect(explainPair(weak, 'EN')).toBe('few things in common');
    expect(explainPair(weak, 'NL')).toBe('weinig gemeenschappelijk');
    expect(explainPair([], 'FR')).toBe('peu de points communs');
  });
});

describe('explainCriterion', () => {
  it('lists three interests, then "and N more"; free tags as written', () => {
    const many = result({ criterion: 'INTERESTS', shared: ['chess', 'music', 'cooking', 'films', 'salsa on sundays'] }, 1);
    expect(explainCriterion(many, 'EN')).toBe('5 shared interests: chess, music, cooking and 2 more');
    expect(explainCriterion(many, 'FR')).toBe('5 centres d’intérêt communs\u202F: échecs, musique, cuisine et 2 autres');
    expect(explainCriterion(result({ criterion: 'INTERESTS', shared: ['salsa on sundays'] }, 1 / 3), 'NL')).toBe('1 gemeenschappelijke interesse: salsa on sundays');
    expect(explainCriterion(result({ criterion: 'INTERESTS', shared: [] }, 0), 'EN')).toBe('no shared interests');
    expect(explainCriterion(result({ criterion: 'INTERESTS', shared: [] }, null), 'EN')).toBe('interests unknown');
  });

  it('explains needs covered and not covered', () => {
    const needs = result({ criterion: 'NEEDS', met: ['housing-search', 'paperwork'], unmet: ['work'] }, 2 / 3);
    expect(explainCriterion(needs, 'EN')).toBe('helps with finding a home and letters and paperwork (1 of 3 needs not covered)');
    expect(explainCriterion(needs, 'NL')).toBe('helpt met een woning zoeken en brieven en papieren (1 van de 3 hulpvragen niet gedekt)');
    const all = result({ criterion: 'NEEDS', met: ['work'], unmet: [] }, 1);
    expect(explainCriterion(all, 'EN')).toBe('helps with finding work');
    expect(explainCriterion(result({ criterion: 'NEEDS', met: [], unmet: ['work', 'paperwork'] }, 0), 'EN')).toBe('does not help with any of the 2 needs listed');
  });

  it('explains distance, age, waiting time and family', () => {
    expect(explainCriterion(result({ criterion: 'DISTANCE', km: null }, null), 'EN')).toBe('distance unknown');
    expect(explainCriterion(result({ criterion: 'DISTANCE', km: null }, null), 'FR')).toBe('distance inconnue');
    expect(explainCriterion(result({ criterion: 'AGE', difference: 4 }, 1), 'EN')).toBe('age difference 4 years');
    expect(explainCriterion(result({ criterion: 'AGE', difference: 1 }, 1), 'EN')).toBe('age difference 1 year');
    expect(explainCriterion(result({ criterion: 'WAITING_TIME', days: 220 }, 1), 'EN')).toBe('waiting 7 months');
    expect(explainCriterion(result({ criterion: 'WAITING_TIME', days: 21 }, 0.1), 'NL')).toBe('wacht al 3 weken');
    expect(explainCriterion(result({ criterion: 'WAITING_TIME', days: 1 }, 0), 'FR')).toBe('en attente depuis 1 jour');
    expect(explainCriterion(result({ criterion: 'FAMILY', newcomerHasChildren: true, buddyFamilyMinded: true }, 1), 'EN')).toBe(
      'a family with children and a buddy who likes family outings',
    );
  });

  it('explains the language of a language buddy, and several common languages', () => {
    expect(explainCriterion(result({ criterion: 'LANGUAGE', common: ['nl'], practised: 'nl' }, 1), 'EN')).toBe('the buddy speaks Dutch fluently');
    expect(explainCriterion(result({ criterion: 'LANGUAGE', common: ['nl'], practised: 'nl' }, 1), 'FR')).toBe('le buddy parle couramment néerlandais');
    expect(explainCriterion(result({ criterion: 'LANGUAGE', common: ['fr', 'en'], practised: null }, 1), 'NL')).toBe('spreken allebei Frans en Engels');
    expect(explainCriterion(result({ criterion: 'LANGUAGE', common: [], practised: null }, 0), 'EN')).toBe('no common language');
  });

  it('lists free week slots per language', () => {
    const slots = result({ criterion: 'AVAILABILITY', shared: [{ day: 'TUE', part: 'EVENING' }, { day: 'SAT', part: 'MORNING' }] }, 1);
    expect(explainCriterion(slots, 'EN')).toBe('both free on Tuesday evening and Saturday morning');
    expect(explainCriterion(slots, 'NL')).toBe('allebei vrij op dinsdagavond en zaterdagvoormiddag');
    expect(explainCriterion(slots, 'FR')).toBe('libres tous les deux le mardi soir et le samedi matin');
    expect(explainCriterion(slots, 'AR')).toBe('كلاهما متفرّغ مساء الثلاثاء وصباح السبت');
  });

  it('uses all six Arabic plural forms', () => {
    const age = (difference: number) => explainCriterion(result({ criterion: 'AGE', difference }, 1), 'AR');
    expect(age(0)).toBe('العمر نفسه');
    expect(age(1)).toBe('فارق السن سنة واحدة');
    expect(age(2)).toBe('فارق السن سنتان');
    expect(age(3)).toBe('فارق السن 3 سنوات');
    expect(age(11)).toBe('فارق السن 11 سنةً');
    expect(age(100)).toBe('فارق السن 100 سنة');
    const interests = (shared: string[]) => explainCriterion(result({ criterion: 'INTERESTS', shared }, 1), 'AR');
    expect(interests(['cooking', 'chess'])).toBe('اهتمامان مشتركان: الطبخ والشطرنج');
  });

  it('uses the Ukrainian plural forms', () => {
    const months = (days: number) => explainCriterion(result({ criterion: 'WAITING_TIME', days }, 1), 'UK');
    expect(months(31)).toBe('чекає 4 тижні');
    expect(months(61)).toBe('чекає 2 місяці');
    expect(months(200)).toBe('чекає 6 місяців');
    expect(months(700)).toBe('чекає 22 місяці');
    expect(months(640)).toBe('чекає 21 місяць');
  });
});
