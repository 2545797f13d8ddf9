import type { CollectionConfig } from 'payload'

import { Experiences } from './Experiences'
import { GoodPractices } from './GoodPractices'
import { Interventions } from './Interventions'
import { KnowledgeCases } from './KnowledgeCases'
import { LessonsLearned } from './LessonsLearned'
import { Media } from './Media'
import { Organisations } from './Organisations'
import { Themes } from './Themes'
import { Users } from './Users'

/** What differs between deployments: where uploads live, and whether cookies need HTTPS. */
export type DeploymentSettings = { mediaDir: string; secureCookies: boolean }

export const collections = ({ mediaDir, secureCookies }: DeploymentSettings): CollectionConfig[] => [
  Interventions,
  GoodPractices,
  KnowledgeCases,
  LessonsLearned,
  Experiences,
  Themes,
  Organisations,
  Media({ staticDir: mediaDir }),
  Users({ secureCookies }),
]
