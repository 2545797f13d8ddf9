import type { TextareaField } from 'payload'

/** A localized free-text section of a knowledge item (goal, approach, lesson ...). */
export const section = (name: string, label: { en: string; nl: string }, overrides: Partial<TextareaField> = {}): TextareaField =>
  ({
    name,
    type: 'textarea',
    localized: true,
    maxLength: 10000,
    label,
    ...overrides,
  }) as TextareaField
