// Reading the mail the test stack "sent" (JSON files in the outbox folder).
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { StackOutputs } from './stack';

export interface SentMail {
  to: string;
  subject: string;
  text: string;
  kind: string;
  sentAt: string;
  data?: Record<string, unknown>;
}

/** Every mail sent to `to` (optionally of one kind), oldest first. */
export async function mailsTo(stack: StackOutputs, to: string, kind?: string): Promise<SentMail[]> {
  const names = (await readdir(stack.OutboxDir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  const mails = await Promise.all(names.map(async (name) => JSON.parse(await readFile(path.join(stack.OutboxDir, name), 'utf8')) as SentMail));
  return mails.filter((mail) => mail.to === to && (!kind || mail.kind === kind));
}

/** The temporary password of the newest invitation to `to`. */
export async function invitationPassword(stack: StackOutputs, to: string): Promise<string> {
  const invitations = await mailsTo(stack, to, 'invitation');
  const password = invitations.at(-1)?.data?.temporaryPassword;
  if (typeof password !== 'string') throw new Error(`No invitation with a temporary password was sent to ${to}`);
  return password;
}
