import type { FieldOptionResolvers, FormFieldResolvers, IntakeFormResolvers, InterestResolvers } from '../generated/resolvers-types';
import { toGlobalId } from '../ids';
import { localized } from './localized';

export const IntakeForm: IntakeFormResolvers = {
  // Tandem's default forms are the same for every tenant.
  id: (form) => toGlobalId('IntakeForm', form.id),
};

export const FormField: FormFieldResolvers = {
  label: (field) => localized(field.label),
  help: (field) => localized(field.help),
  options: (field) => field.options ?? [],
  sensitiveCategory: (field) => field.sensitiveCategory ?? null,
  consentPurpose: (field) => field.consentPurpose ?? null,
};

export const FieldOption: FieldOptionResolvers = {
  label: (option) => localized(option.label),
};

export const Interest: InterestResolvers = {
  label: (interest) => localized(interest.label),
};
