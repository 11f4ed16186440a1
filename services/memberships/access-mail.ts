// Tells a person about new access to a tenant, depending on how their account came about
// (see UserDirectory.ensureInvitedUser): a temporary password to mail, Cognito already mailed
// one, or an existing account that only needs a note.
import type { DirectoryUser } from '../identity/user-directory';
import type { Mailer } from '../mail/mailer';
import { mails, type AccessParams } from '../mail/messages';
import type { Language } from '../shared/validation';

export async function sendAccessMail(mailer: Mailer, user: DirectoryUser, email: string, language: Language | null, params: AccessParams): Promise<void> {
  if (user.invitation === 'ours') {
    await mailer.send(mails.invitation(email, language, { ...params, temporaryPassword: user.temporaryPassword }));
  } else if (user.invitation === 'none') {
    await mailer.send(mails.addedToTenant(email, language, params));
  }
}
