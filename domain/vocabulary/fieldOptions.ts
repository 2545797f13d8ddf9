import { workflowStatusOptions } from '../workflow/statuses'
import {
  districtOptions,
  groupKindOptions,
  type LocalizedText,
  type Option,
  organisationTypeOptions,
  practiceLabelOptions,
  projectStatusOptions,
  recommendationStatusOptions,
  scalabilityOptions,
  visibilityOptions,
} from './options'

export type FieldOptionList = { title: LocalizedText; options: readonly Option[] }

/**
 * The option lists partners meet in documents and in `where` filters besides the classifications,
 * named as the field that holds them. GET /api/vocabulary lists them with labels.
 */
export const fieldOptionLists = {
  visibility: {
    options: visibilityOptions,
    title: { en: 'Visibility', nl: 'Zichtbaarheid' },
  },
  workflowStatus: {
    options: workflowStatusOptions,
    title: { en: 'Status', nl: 'Status' },
  },
  practiceLabel: {
    options: practiceLabelOptions,
    title: { en: 'Practice label', nl: 'Praktijklabel' },
  },
  scalability: { options: scalabilityOptions, title: { en: 'Scalability', nl: 'Opschaalbaarheid' } },
  organisationType: { options: organisationTypeOptions, title: { en: 'Organisation type', nl: 'Soort organisatie' } },
  district: { options: districtOptions, title: { en: 'District', nl: 'District' } },
  groupKind: { options: groupKindOptions, title: { en: 'Kind of group', nl: 'Soort groep' } },
  projectStatus: { options: projectStatusOptions, title: { en: 'Project status', nl: 'Projectstatus' } },
  recommendationStatus: {
    options: recommendationStatusOptions,
    title: { en: 'Follow-up status', nl: 'Opvolgstatus' },
  },
} as const satisfies Record<string, FieldOptionList>
