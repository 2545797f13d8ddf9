import { Experiences } from './Experiences'
import { GoodPractices } from './GoodPractices'
import { Interventions } from './Interventions'
import { KnowledgeCases } from './KnowledgeCases'
import { LessonsLearned } from './LessonsLearned'
import { Media } from './Media'
import { Organisations } from './Organisations'
import { Themes } from './Themes'
import { Users } from './Users'

export const collections = [
  Interventions,
  GoodPractices,
  KnowledgeCases,
  LessonsLearned,
  Experiences,
  Themes,
  Organisations,
  Media,
  Users,
]
