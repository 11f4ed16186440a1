import type { PersonRole } from '../../../lib/programme-domain';
import { fieldsFor, type ImportField } from '../api/people-import';

// What a column fills in, guessed from its header in Dutch, French or English. Only a suggestion:
// the coordinator sees every guess in the mapping and can change it.

/** Header names, compared without case, accents, spaces and punctuation ("E-mail" → "email"). */
const NAMES: Record<ImportField, readonly string[]> = {
  FIRST_NAME: ['voornaam', 'voornamen', 'roepnaam', 'prenom', 'prenoms', 'firstname', 'givenname', 'forename', 'first'],
  // In Flanders "Naam" next to "Voornaam" is the family name, as "Nom" is in French.
  LAST_NAME: ['achternaam', 'familienaam', 'naam', 'nom', 'nomdefamille', 'lastname', 'surname', 'familyname', 'last'],
  EMAIL: ['email', 'emailadres', 'mailadres', 'mail', 'courriel', 'adressecourriel', 'adresseemail', 'adressemail', 'emailaddress'],
  PHONE: ['telefoon', 'telefoonnummer', 'tel', 'gsm', 'gsmnummer', 'mobiel', 'telephone', 'numerodetelephone', 'portable', 'phone', 'phonenumber', 'mobile'],
  POSTCODE: ['postcode', 'postnummer', 'codepostal', 'cp', 'postalcode', 'zipcode', 'zip'],
  BIRTH_YEAR: ['geboortejaar', 'anneedenaissance', 'birthyear', 'yearofbirth'],
  GENDER: ['geslacht', 'gender', 'genre', 'sexe', 'sex'],
  PREFERRED_LANGUAGE: ['taal', 'voorkeurtaal', 'voorkeurstaal', 'contacttaal', 'langue', 'languepreferee', 'languedecontact', 'language', 'preferredlanguage'],
  LANGUAGES: ['talen', 'gesprokentalen', 'taalkennis', 'langues', 'languesparlees', 'languages', 'spokenlanguages'],
  INTERESTS: ['interesses', 'interessen', 'hobbys', 'centresdinteret', 'interets', 'loisirs', 'interests', 'hobbies'],
  EXTERNAL_ID: ['id', 'externid', 'externeid', 'dossiernummer', 'dossiernr', 'idexterne', 'identifiantexterne', 'externalid', 'reference'],
  CAPACITY: ['capaciteit', 'capacite', 'capacity'],
};

export const normalizeHeader = (header: string) =>
  header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const byName = new Map(Object.entries(NAMES).flatMap(([field, names]) => names.map((name) => [name, field as ImportField])));

/** The field a header names, or null. */
export function guessField(header: string): ImportField | null {
  return byName.get(normalizeHeader(header)) ?? null;
}

/** One field (or '' for none) per column: each field goes to the first column that names it. */
export function guessMapping(headers: readonly string[], role: PersonRole): (ImportField | '')[] {
  const allowed = fieldsFor(role);
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = guessField(header);
    if (!field || taken.has(field) || !allowed.includes(field)) return '';
    taken.add(field);
    return field;
  });
}
