import { Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  UserPool,
  UserPoolEmail,
  VerificationEmailStyle,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { userPoolShape } from '../shapes/user-pool';

export interface AuthStackProps extends StackProps {
  /** Where invited people sign in (the web app's origin); printed in the invitation. */
  signInUrl: string;
  /** Sender of Cognito's mail when `sendEmailViaSes` is on. */
  mailFrom: string;
  /**
   * Cognito's built-in mail allows about 50 messages a day; switch to SES once `mailFrom` is a
   * verified SES identity in this region (Cognito refuses an unverified one at deploy time).
   */
  sendEmailViaSes: boolean;
}

/** Users and groups, built from the shape that the local Cognito emulator uses too. */
export class AuthStack extends Stack {
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: AuthStackProps) {
    super(scope, id, props);
    const shape = userPoolShape;
    const policy = shape.passwordPolicy;

    this.userPool = new UserPool(this, 'UserPool', {
      // Tenants are onboarded and people are invited by admins (AdminCreateUser), never self-registered.
      selfSignUpEnabled: false,
      signInAliases: { email: shape.usernameAttributes.includes('email') },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: policy.minimumLength,
        requireLowercase: policy.requireLowercase,
        requireUppercase: policy.requireUppercase,
        requireDigits: policy.requireNumbers,
        requireSymbols: policy.requireSymbols,
        tempPasswordValidity: Duration.days(policy.temporaryPasswordValidityDays),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Optional TOTP: coordinators and operators can opt in; SMS would add cost and an SNS role.
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.ESSENTIALS,
      userInvitation: invitationMessage(props.signInUrl),
      userVerification: {
        emailStyle: VerificationEmailStyle.CODE,
        emailSubject: 'Tandem: uw code / votre code / your code',
        emailBody: trilingual([
          'Uw verificatiecode voor Tandem is <b>{####}</b>.',
          'Votre code de vérification pour Tandem est <b>{####}</b>.',
          'Your Tandem verification code is <b>{####}</b>.',
        ]),
      },
      email: props.sendEmailViaSes
        ? UserPoolEmail.withSES({ fromEmail: props.mailFrom, fromName: 'Tandem' })
        : UserPoolEmail.withCognito(),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.userPoolClient = this.userPool.addClient('WebClient', {
      userPoolClientName: shape.clientName,
      generateSecret: false, // a browser app cannot keep a secret
      authFlows: { userPassword: shape.authFlows.userPassword, userSrp: shape.authFlows.userSrp },
      accessTokenValidity: Duration.minutes(shape.tokenValidity.accessMinutes),
      idTokenValidity: Duration.minutes(shape.tokenValidity.idMinutes),
      refreshTokenValidity: Duration.days(shape.tokenValidity.refreshDays),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // No hosted UI: the web app signs in through the Cognito API itself.
      disableOAuth: true,
    });

    for (const group of shape.groups) {
      new CfnUserPoolGroup(this, `Group-${group.name}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: group.name,
        description: group.description,
      });
    }

    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG1',
        reason:
          'The shared user-pool shape requires 12+ characters with upper, lower case and digits but no ' +
          'symbols, following NIST SP 800-63B (length over composition rules); the shape is also used locally.',
      },
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional (TOTP): newcomers and volunteers must be able to sign in without a second ' +
          'device; staff can enrol. Authorisation relies on server-side memberships, not on the token alone.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'Essentials plan on purpose: the Plus plan (threat protection) is billed per monthly active user ' +
          'with no free tier; a pricing decision for the operator, switchable with featurePlan later.',
      },
    );
  }
}

/** Cognito sends this to people an admin creates; it must contain {username} and {####}. */
function invitationMessage(signInUrl: string) {
  const link = `<a href="${signInUrl}">${signInUrl}</a>`;
  return {
    emailSubject: 'Welkom bij Tandem / Bienvenue sur Tandem / Welcome to Tandem',
    emailBody: trilingual([
      `U bent uitgenodigd voor Tandem. Meld u aan op ${link} met <b>{username}</b> en het tijdelijke ` +
        `wachtwoord <b>{####}</b>; daarna kiest u een eigen wachtwoord.`,
      `Vous êtes invité(e) sur Tandem. Connectez-vous sur ${link} avec <b>{username}</b> et le mot de ` +
        `passe temporaire <b>{####}</b>, puis choisissez votre propre mot de passe.`,
      `You have been invited to Tandem. Sign in at ${link} with <b>{username}</b> and the temporary ` +
        `password <b>{####}</b>, then choose your own password.`,
    ]),
  };
}

// Dutch, French and English (the product's languages): the recipient's language is not known to Cognito.
function trilingual(paragraphs: [nl: string, fr: string, en: string]): string {
  const langs = ['nl', 'fr', 'en'];
  return paragraphs.map((text, i) => `<p lang="${langs[i]}">${text}</p>`).join('\n');
}
