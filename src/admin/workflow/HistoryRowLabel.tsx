'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { workflowTexts } from '../../editorial/workflowTexts'
import { formatDate } from '../../../lib/dates'

type Step = { move?: keyof typeof workflowTexts.nl.labels.moves; at?: string; byName?: string }

/** A step in the review history as one line: what, when, by whom. */
export const HistoryRowLabel = () => {
  const { i18n } = useTranslation()
  const { data } = useRowLabel<Step>()
  const moves = workflowTexts[i18n.language === 'en' ? 'en' : 'nl'].labels.moves
  const parts = [data?.move ? moves[data.move] : undefined, formatDate(data?.at, i18n.language, true), data?.byName]
  return <span>{parts.filter(Boolean).join(' · ')}</span>
}
