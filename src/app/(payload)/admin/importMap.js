import { ReviewNotice as ReviewNotice_262a1017a92de59cd09e99d31f8dfde7 } from '../../../admin/workflow/ReviewNotice'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StatusCell as StatusCell_9c87b31dfcdb6089f6b4b21de5dff8f7 } from '../../../admin/workflow/StatusCell'
import { HistoryRowLabel as HistoryRowLabel_7de6a5fbeff3281c21d7c79142e54a03 } from '../../../admin/workflow/HistoryRowLabel'
import { WorkflowControls as WorkflowControls_41c1b8315b76869a2890170c6f4fdbc0 } from '../../../admin/workflow/WorkflowControls'
import { PublishButton as PublishButton_672f6cb07b3ed532948601d3af2cd636 } from '../../../admin/workflow/PublishButton'
import { WorkflowStatus as WorkflowStatus_7771afe1d9af962930b19c18b1df33ba } from '../../../admin/workflow/WorkflowStatus'
import { UnpublishButton as UnpublishButton_ea88eea3f60ac4b7076b88667a13d6f7 } from '../../../admin/workflow/UnpublishButton'
import { ApiKeyField as ApiKeyField_b80b8c8d6fab063ffb8ead69f1d3a7df } from '../../../admin/ApiKeyField'
import { ApiKeySaveButton as ApiKeySaveButton_508a285f489cca2d14f8db13b952e204 } from '../../../admin/ApiKeySaveButton'
import { WebhookTestButton as WebhookTestButton_3c1f0e0a7d2b4e6f8a9b1c2d3e4f5a6b } from '../../../admin/WebhookTestButton'
import { Icon as Icon_d4751384a7cf3b09ce46117cb8895da1 } from '../../../admin/Brand'
import { Logo as Logo_d4751384a7cf3b09ce46117cb8895da1 } from '../../../admin/Brand'
import { ImportNavLink as ImportNavLink_b18682a77d3891ca0a6f5f297eed2d28 } from '../../../admin/ImportNavLink'
import { MyNotifications as MyNotifications_07f08800b5a09747c2b08131502d1c50 } from '../../../admin/MyNotifications'
import { EditorialQueues as EditorialQueues_d42631f9302017fcac6bd67c1e4a031d } from '../../../admin/EditorialQueues'
import { ConversationQueues as ConversationQueues_07ec2d45b67ecbc45d35bc494b7fc671 } from '../../../admin/ConversationQueues'
import { OrganisationWork as OrganisationWork_4ea2ec52959ae528ef3f3486d236f6c2 } from '../../../admin/OrganisationWork'
import { NavBrand as NavBrand_d4751384a7cf3b09ce46117cb8895da1 } from '../../../admin/Brand'
import { ReleaseLockOnLeave as ReleaseLockOnLeave_2e32e53bab6d7578fbaf0a8fa0c8cc14 } from '../../../admin/ReleaseLockOnLeave'
import { ImportView as ImportView_6c9aba7047b2305c597c58bd53e88418 } from '../../../admin/ImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/workflow/ReviewNotice#ReviewNotice": ReviewNotice_262a1017a92de59cd09e99d31f8dfde7,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/workflow/StatusCell#StatusCell": StatusCell_9c87b31dfcdb6089f6b4b21de5dff8f7,
  "/admin/workflow/HistoryRowLabel#HistoryRowLabel": HistoryRowLabel_7de6a5fbeff3281c21d7c79142e54a03,
  "/admin/workflow/WorkflowControls#WorkflowControls": WorkflowControls_41c1b8315b76869a2890170c6f4fdbc0,
  "/admin/workflow/PublishButton#PublishButton": PublishButton_672f6cb07b3ed532948601d3af2cd636,
  "/admin/workflow/WorkflowStatus#WorkflowStatus": WorkflowStatus_7771afe1d9af962930b19c18b1df33ba,
  "/admin/workflow/UnpublishButton#UnpublishButton": UnpublishButton_ea88eea3f60ac4b7076b88667a13d6f7,
  "/admin/ApiKeyField#ApiKeyField": ApiKeyField_b80b8c8d6fab063ffb8ead69f1d3a7df,
  "/admin/ApiKeySaveButton#ApiKeySaveButton": ApiKeySaveButton_508a285f489cca2d14f8db13b952e204,
  "/admin/WebhookTestButton#WebhookTestButton": WebhookTestButton_3c1f0e0a7d2b4e6f8a9b1c2d3e4f5a6b,
  "/admin/Brand#Icon": Icon_d4751384a7cf3b09ce46117cb8895da1,
  "/admin/Brand#Logo": Logo_d4751384a7cf3b09ce46117cb8895da1,
  "/admin/ImportNavLink#ImportNavLink": ImportNavLink_b18682a77d3891ca0a6f5f297eed2d28,
  "/admin/MyNotifications#MyNotifications": MyNotifications_07f08800b5a09747c2b08131502d1c50,
  "/admin/EditorialQueues#EditorialQueues": EditorialQueues_d42631f9302017fcac6bd67c1e4a031d,
  "/admin/ConversationQueues#ConversationQueues": ConversationQueues_07ec2d45b67ecbc45d35bc494b7fc671,
  "/admin/OrganisationWork#OrganisationWork": OrganisationWork_4ea2ec52959ae528ef3f3486d236f6c2,
  "/admin/Brand#NavBrand": NavBrand_d4751384a7cf3b09ce46117cb8895da1,
  "/admin/ReleaseLockOnLeave#ReleaseLockOnLeave": ReleaseLockOnLeave_2e32e53bab6d7578fbaf0a8fa0c8cc14,
  "/admin/ImportView#ImportView": ImportView_6c9aba7047b2305c597c58bd53e88418,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
