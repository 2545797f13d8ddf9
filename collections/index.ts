import type { CollectionConfig } from 'payload'

import { CommentReports } from './CommentReports'
import { Comments } from './Comments'
import { DigestDeliveries } from './DigestDeliveries'
import { Experiences } from './Experiences'
import { Follows } from './Follows'
import { GoodPractices } from './GoodPractices'
import { Groups } from './Groups'
import { Interventions } from './Interventions'
import { KnowledgeCases } from './KnowledgeCases'
import { LessonsLearned } from './LessonsLearned'
import { Media } from './Media'
import { Notifications } from './Notifications'
import { Organisations } from './Organisations'
import { Questions } from './Questions'
import { Themes } from './Themes'
import { type ResetPasswordMail, Users } from './Users'
import { WorkshopSessions } from './WorkshopSessions'

/** What differs between deployments: where uploads live, whether cookies need HTTPS, and the reset mail (its links carry the public address). */
export type DeploymentSettings = { mediaDir: string; secureCookies: boolean; resetPasswordMail: ResetPasswordMail }

export const collections = ({ mediaDir, resetPasswordMail, secureCookies }: DeploymentSettings): CollectionConfig[] => [
  Interventions,
  GoodPractices,
  KnowledgeCases,
  LessonsLearned,
  Experiences,
  Themes,
  Organisations,
  Groups,
  WorkshopSessions,
  Media({ staticDir: mediaDir }),
  Users({ resetPasswordMail, secureCookies }),
  Follows,
  Notifications,
  DigestDeliveries,
  Questions,
  Comments,
  CommentReports,
]
