import * as migration_20261122_231743_initial from './20261122_231743_initial';
import * as migration_20261123_001110_search_and_jobs from './20261123_001110_search_and_jobs';
import * as migration_20261123_014542_workflow_privacy_audit from './20261123_014542_workflow_privacy_audit';
import * as migration_20261123_023534_portal_visits from './20261123_023534_portal_visits';
import * as migration_20261203_085142_mail_and_reset from './20261203_085142_mail_and_reset';
import * as migration_20261203_093741_api_keys from './20261203_093741_api_keys';
import * as migration_20261203_151214_review_history_and_sent_back from './20261203_151214_review_history_and_sent_back';
import * as migration_20261203_172811_leases from './20261203_172811_leases';
import * as migration_20261203_201527_follow_notify from './20261203_201527_follow_notify';
import * as migration_20261204_000340_conversation from './20261204_000340_conversation';
import * as migration_20261204_160241_groups from './20261204_160241_groups';
import * as migration_20261204_192012_webhooks from './20261204_192012_webhooks';

export const migrations = [
  {
    up: migration_20261122_231743_initial.up,
    down: migration_20261122_231743_initial.down,
    name: '20261122_231743_initial',
  },
  {
    up: migration_20261123_001110_search_and_jobs.up,
    down: migration_20261123_001110_search_and_jobs.down,
    name: '20261123_001110_search_and_jobs',
  },
  {
    up: migration_20261123_014542_workflow_privacy_audit.up,
    down: migration_20261123_014542_workflow_privacy_audit.down,
    name: '20261123_014542_workflow_privacy_audit',
  },
  {
    up: migration_20261123_023534_portal_visits.up,
    down: migration_20261123_023534_portal_visits.down,
    name: '20261123_023534_portal_visits',
  },
  {
    up: migration_20261203_085142_mail_and_reset.up,
    down: migration_20261203_085142_mail_and_reset.down,
    name: '20261203_085142_mail_and_reset',
  },
  {
    up: migration_20261203_093741_api_keys.up,
    down: migration_20261203_093741_api_keys.down,
    name: '20261203_093741_api_keys',
  },
  {
    up: migration_20261203_151214_review_history_and_sent_back.up,
    down: migration_20261203_151214_review_history_and_sent_back.down,
    name: '20261203_151214_review_history_and_sent_back',
  },
  {
    up: migration_20261203_172811_leases.up,
    down: migration_20261203_172811_leases.down,
    name: '20261203_172811_leases',
  },
  {
    up: migration_20261203_201527_follow_notify.up,
    down: migration_20261203_201527_follow_notify.down,
    name: '20261203_201527_follow_notify',
  },
  {
    up: migration_20261204_000340_conversation.up,
    down: migration_20261204_000340_conversation.down,
    name: '20261204_000340_conversation',
  },
  {
    up: migration_20261204_160241_groups.up,
    down: migration_20261204_160241_groups.down,
    name: '20261204_160241_groups',
  },
  {
    up: migration_20261204_192012_webhooks.up,
    down: migration_20261204_192012_webhooks.down,
    name: '20261204_192012_webhooks'
  },
];
