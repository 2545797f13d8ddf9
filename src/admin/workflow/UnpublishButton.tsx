'use client'

import { UnpublishButton as PayloadUnpublishButton } from '@payloadcms/ui'

import { useWorkflow } from './useWorkflow'

/** Payload's "unpublish" in the document menu, for curators only. */
export const UnpublishButton = () => {
  const { isPublisher } = useWorkflow()
  return isPublisher ? <PayloadUnpublishButton /> : null
}
