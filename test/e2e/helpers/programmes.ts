// Programmes that browser tests need as their starting point, made through the API (the
// programme screens themselves are tested in programmes-people.test.ts).
import { expect } from 'vitest';
import { gql } from '../../support/graphql';
import type { StackOutputs } from '../../support/stack';
import { demoToken } from '../../support/tenants';

interface ProgrammePayload {
  programme: { id: string; version: number; publicSignupPath: string } | null;
  userErrors: unknown[];
}

/** Creates a programme of Mechelen (as its demo coordinator) with `input` and activates it. */
export async function createActiveProgramme(stack: StackOutputs, input: Record<string, unknown>): Promise<{ id: string; publicSignupPath: string }> {
  const token = await demoToken(stack, 'mechelen', 'coordinator');
  const options = { token, tenant: 'mechelen' };
  const fields = 'programme { id version publicSignupPath } userErrors { field code message }';
  const created = await gql<{ createProgramme: ProgrammePayload }>(
    stack,
    `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { ${fields} } }`,
    { input },
    options,
  );
  const programme = created.body.data?.createProgramme.programme;
  if (!programme) throw new Error(`createProgramme: ${JSON.stringify(created.body)}`);
  const activated = await gql<{ updateProgramme: ProgrammePayload }>(
    stack,
    `mutation ($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { ${fields} } }`,
    { input: { programmeId: programme.id, version: programme.version, status: 'ACTIVE' } },
    options,
  );
  expect(activated.body.data?.updateProgramme.userErrors).toEqual([]);
  return { id: programme.id, publicSignupPath: programme.publicSignupPath };
}
