import { describe, expect, it } from 'vitest';
import { slugify } from './onboarding.service';

describe('slugify', () => {
  it('turns municipality names into URL-friendly slugs', () => {
    expect(slugify('Hamont-Achel')).toBe('hamont-achel');
    expect(slugify('Liège')).toBe('liege');
    expect(slugify("  Welzijnsregio Noord-Limburg (8 gemeenten) ")).toBe('welzijnsregio-noord-limburg-8-gemeenten');
    expect(slugify("Sint-Katelijne-Waver's OCMW")).toBe('sint-katelijne-waver-s-ocmw');
  });

  it('keeps slugs within 40 characters without a trailing hyphen', () => {
    const slug = slugify('Intercommunale vereniging voor maatschappelijk welzijn in de Kempen');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('gives an empty slug for names without Latin letters (the operator must choose one)', () => {
    expect(slugify('بلدية')).toBe('');
  });
});
