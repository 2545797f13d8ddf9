'use client'

import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'

import { StatusPill } from './statusPill'

/** The list's status column: where each item is in the workflow, as a label. */
export const StatusCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  return <StatusPill language={i18n.language} status={cellData} />
}
