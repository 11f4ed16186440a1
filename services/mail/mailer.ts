// One mail interface. Locally: JSON files in an outbox folder the developer reads at /outbox.
// In the cloud: Amazon SES. Mail bodies may hold personal data, so they never go to the logs.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { AppConfig } from '../shared/config';

export type MailKind =
  | 'invitation'
  | 'added-to-tenant'
  | 'onboarding-received'
  | 'onboarding-approved'
  | 'onboarding-rejected'
  | 'match-proposal';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  kind: MailKind;
  /** Structured content for tools and tests (e.g. the temporary password of a local invitation). */
  data?: Record<string, unknown>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export function createOutboxMailer(outboxDir: string): Mailer {
  return {
    async send(message) {
      await mkdir(outboxDir, { recursive: true });
      const sentAt = new Date().toISOString();
      const name = `${sentAt.replace(/[:.]/g, '-')}-${message.kind}-${randomUUID().slice(0, 8)}.json`;
      await writeFile(join(outboxDir, name), JSON.stringify({ ...message, sentAt }, null, 2));
    },
  };
}

export function createSesMailer(region: string, from: string): Mailer {
  const client = new SESv2Client({ region });
  return {
    async send(message) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [message.to] },
          Content: { Simple: { Subject: { Data: message.subject }, Body: { Text: { Data: message.text } } } },
        }),
      );
    },
  };
}

export function createMailer(config: Pick<AppConfig, 'mail' | 'region'>): Mailer {
  return config.mail.kind === 'outbox'
    ? createOutboxMailer(config.mail.outboxDir)
    : createSesMailer(config.region, config.mail.mailFrom);
}
