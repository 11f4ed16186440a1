// The texts of Tandem's e-mails in Dutch, French and English (other languages fall back to English).
import type { Language } from '../shared/validation';
import type { MailMessage } from './mailer';

type MailLanguage = 'NL' | 'FR' | 'EN';
type RoleName = 'TENANT_ADMIN' | 'COORDINATOR' | 'BUDDY' | 'NEWCOMER';

const roleNames: Record<MailLanguage, Record<RoleName, string>> = {
  EN: { TENANT_ADMIN: 'tenant admin', COORDINATOR: 'coordinator', BUDDY: 'buddy', NEWCOMER: 'newcomer' },
  NL: { TENANT_ADMIN: 'beheerder', COORDINATOR: 'coördinator', BUDDY: 'buddy', NEWCOMER: 'nieuwkomer' },
  FR: { TENANT_ADMIN: 'administrateur·rice', COORDINATOR: 'coordinateur·rice', BUDDY: 'buddy', NEWCOMER: 'primo-arrivant·e' },
};
const mailLanguage = (language: Language | null | undefined): MailLanguage =>
  language === 'NL' || language === 'FR' ? language : 'EN';

interface InvitationParams {
  tenantName: string;
  role: string;
  signInUrl: string;
  temporaryPassword: string;
}

const invitation: Record<MailLanguage, (p: InvitationParams) => { subject: string; text: string }> = {
  EN: (p) => ({
    subject: `You are invited to ${p.tenantName} on Tandem`,
    text: `You have been invited to ${p.tenantName} on Tandem as ${p.role}.\n\nSign in at ${p.signInUrl} with this e-mail address and the temporary password ${p.temporaryPassword}\nYou will be asked to choose your own password.`,
  }),
  NL: (p) => ({
    subject: `Je bent uitgenodigd voor ${p.tenantName} op Tandem`,
    text: `Je bent uitgenodigd voor ${p.tenantName} op Tandem als ${p.role}.\n\nMeld je aan op ${p.signInUrl} met dit e-mailadres en het tijdelijke wachtwoord ${p.temporaryPassword}\nDaarna kies je je eigen wachtwoord.`,
  }),
  FR: (p) => ({
    subject: `Vous êtes invité·e à rejoindre ${p.tenantName} sur Tandem`,
    text: `Vous êtes invité·e à rejoindre ${p.tenantName} sur Tandem en tant que ${p.role}.\n\nConnectez-vous sur ${p.signInUrl} avec cette adresse e-mail et le mot de passe temporaire ${p.temporaryPassword}\nVous choisirez ensuite votre propre mot de passe.`,
  }),
};

const added: Record<MailLanguage, (p: { tenantName: string; role: string; signInUrl: string }) => { subject: string; text: string }> = {
  EN: (p) => ({ subject: `You now have access to ${p.tenantName} on Tandem`, text: `You were added to ${p.tenantName} as ${p.role}. Sign in at ${p.signInUrl} with your existing password.` }),
  NL: (p) => ({ subject: `Je hebt nu toegang tot ${p.tenantName} op Tandem`, text: `Je bent toegevoegd aan ${p.tenantName} als ${p.role}. Meld je aan op ${p.signInUrl} met je bestaande wachtwoord.` }),
  FR: (p) => ({ subject: `Vous avez maintenant accès à ${p.tenantName} sur Tandem`, text: `Vous avez été ajouté·e à ${p.tenantName} en tant que ${p.role}. Connectez-vous sur ${p.signInUrl} avec votre mot de passe habituel.` }),
};

const received: Record<MailLanguage, (p: { organisationName: string }) => { subject: string; text: string }> = {
  EN: (p) => ({ subject: 'We received your request for Tandem', text: `Thank you. We received the request for ${p.organisationName} and will answer soon.` }),
  NL: (p) => ({ subject: 'We hebben je aanvraag voor Tandem ontvangen', text: `Bedankt. We hebben de aanvraag voor ${p.organisationName} ontvangen en antwoorden snel.` }),
  FR: (p) => ({ subject: 'Nous avons reçu votre demande pour Tandem', text: `Merci. Nous avons reçu la demande pour ${p.organisationName} et répondrons bientôt.` }),
};

const rejected: Record<MailLanguage, (p: { organisationName: string; reason: string }) => { subject: string; text: string }> = {
  EN: (p) => ({ subject: 'Your request for Tandem', text: `We cannot open a Tandem account for ${p.organisationName} at this time.\n\nReason: ${p.reason}` }),
  NL: (p) => ({ subject: 'Je aanvraag voor Tandem', text: `We kunnen op dit moment geen Tandem-account openen voor ${p.organisationName}.\n\nReden: ${p.reason}` }),
  FR: (p) => ({ subject: 'Votre demande pour Tandem', text: `Nous ne pouvons pas ouvrir de compte Tandem pour ${p.organisationName} pour le moment.\n\nMotif : ${p.reason}` }),
};

interface ProposalParams {
  tenantName: string;
  programmeName: string;
  firstName: string;
  otherFirstName: string;
  side: 'NEWCOMER' | 'BUDDY';
  link: string;
  expiresAt: string;
}

const proposal: Record<MailLanguage, (p: ProposalParams) => { subject: string; text: string }> = {
  EN: (p) => ({
    subject: `${p.tenantName}: we found ${p.side === 'NEWCOMER' ? 'a buddy' : 'a newcomer'} for you`,
    text: `Hello ${p.firstName},\n\n${p.programmeName} of ${p.tenantName} proposes that you meet ${p.otherFirstName}. See why and answer here (no account needed):\n${p.link}\n\nThe link works until ${p.expiresAt.slice(0, 10)}. It is for you only: please do not forward it.`,
  }),
  NL: (p) => ({
    subject: `${p.tenantName}: we vonden ${p.side === 'NEWCOMER' ? 'een buddy' : 'een nieuwkomer'} voor je`,
    text: `Hallo ${p.firstName},\n\n${p.programmeName} van ${p.tenantName} stelt voor dat je ${p.otherFirstName} ontmoet. Bekijk waarom en antwoord hier (zonder account):\n${p.link}\n\nDe link werkt tot ${p.expiresAt.slice(0, 10)}. Hij is alleen voor jou: stuur hem niet door.`,
  }),
  FR: (p) => ({
    subject: `${p.tenantName} : nous avons trouvé ${p.side === 'NEWCOMER' ? 'un buddy' : 'une personne nouvellement arrivée'} pour vous`,
    text: `Bonjour ${p.firstName},\n\n${p.programmeName} de ${p.tenantName} vous propose de rencontrer ${p.otherFirstName}. Voyez pourquoi et répondez ici (sans compte) :\n${p.link}\n\nLe lien fonctionne jusqu’au ${p.expiresAt.slice(0, 10)}. Il est pour vous seul·e : ne le transférez pas.`,
  }),
};

export interface AccessParams {
  tenantName: string;
  role: RoleName;
  signInUrl: string;
}

export const mails = {
  invitation(to: string, language: Language | null, params: AccessParams & { temporaryPassword: string }): MailMessage {
    const lang = mailLanguage(language);
    return { to, kind: 'invitation', ...invitation[lang]({ ...params, role: roleNames[lang][params.role] }), data: { ...params } };
  },
  addedToTenant(to: string, language: Language | null, params: AccessParams): MailMessage {
    const lang = mailLanguage(language);
    return { to, kind: 'added-to-tenant', ...added[lang]({ ...params, role: roleNames[lang][params.role] }), data: { ...params } };
  },
  onboardingReceived(to: string, language: Language | null, params: { organisationName: string }): MailMessage {
    return { to, kind: 'onboarding-received', ...received[mailLanguage(language)](params), data: { ...params } };
  },
  onboardingRejected(to: string, language: Language | null, params: { organisationName: string; reason: string }): MailMessage {
    return { to, kind: 'onboarding-rejected', ...rejected[mailLanguage(language)](params), data: { ...params } };
  },
  /** A match proposal with the person's answer link (the page itself speaks their language, Arabic too). */
  matchProposal(to: string, language: Language | null, params: ProposalParams): MailMessage {
    return { to, kind: 'match-proposal', ...proposal[mailLanguage(language)](params), data: { link: params.link, side: params.side } };
  },
};
