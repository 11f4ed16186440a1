import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from './errors';
import { countrySchema, emailSchema, lineSchema, parseInput } from './validation';

const schema = z.object({ name: lineSchema(2, 10), email: emailSchema, country: countrySchema });

function issuesOf(input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

describe('parseInput', () => {
  it('normalises valid input', () => {
    expect(parseInput(schema, { name: ' Bree ', email: 'Info@Bree.BE ', country: 'be' })).toEqual({
      name: 'Bree',
      email: 'info@bree.be',
      country: 'BE',
    });
  });

  it('reports each bad field with its path under input and a stable code', () => {
    const issues = issuesOf({ name: 'x'.repeat(11), email: 'not-an-email', country: 'XX' });
    expect(issues.map((issue) => [issue.field.join('.'), issue.code])).toEqual([
      ['input.name', 'TOO_LONG'],
      ['input.email', 'INVALID'],
      ['input.country', 'INVALID'],
    ]);
  });

  it('reports missing fields as REQUIRED', () => {
    const issues = issuesOf({ name: '', country: 'BE' });
    expect(issues).toContainEqual(expect.objectContaining({ field: ['input', 'name'], code: 'REQUIRED' }));
    expect(issues).toContainEqual(expect.objectContaining({ field: ['input', 'email'], code: 'REQUIRED' }));
  });

  it('rejects control characters in one-line text', () => {
    expect(issuesOf({ name: 'Br\u0000ee', email: 'a@b.be', country: 'BE' })).toContainEqual(
      expect.objectContaining({ field: ['input', 'name'], code: 'INVALID' }),
    );
  });
});
