import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`experiences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`groups_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`experiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`groups_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`experiences_rels_order_idx\` ON \`experiences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`experiences_rels_parent_idx\` ON \`experiences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_rels_path_idx\` ON \`experiences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`experiences_rels_groups_id_idx\` ON \`experiences_rels\` (\`groups_id\`);`)
  await db.run(sql`CREATE TABLE \`_experiences_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`groups_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_experiences_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`groups_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_experiences_v_rels_order_idx\` ON \`_experiences_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_rels_parent_idx\` ON \`_experiences_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_rels_path_idx\` ON \`_experiences_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_rels_groups_id_idx\` ON \`_experiences_v_rels\` (\`groups_id\`);`)
  await db.run(sql`CREATE TABLE \`groups\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`kind\` text NOT NULL,
  	\`lead_organisation_id\` text(36),
  	\`round\` numeric,
  	\`status\` text,
  	\`website\` text,
  	\`illustrative\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`lead_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`groups_name_idx\` ON \`groups\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`groups_slug_idx\` ON \`groups\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`groups_kind_idx\` ON \`groups\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`groups_lead_organisation_idx\` ON \`groups\` (\`lead_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`groups_round_idx\` ON \`groups\` (\`round\`);`)
  await db.run(sql`CREATE INDEX \`groups_status_idx\` ON \`groups\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`groups_updated_at_idx\` ON \`groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`groups_created_at_idx\` ON \`groups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`groups_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`groups_locales_locale_parent_id_unique\` ON \`groups_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`groups_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` text(36),
  	\`users_id\` text(36),
  	\`themes_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`groups_rels_order_idx\` ON \`groups_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`groups_rels_parent_idx\` ON \`groups_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`groups_rels_path_idx\` ON \`groups_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`groups_rels_organisations_id_idx\` ON \`groups_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`groups_rels_users_id_idx\` ON \`groups_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`groups_rels_themes_id_idx\` ON \`groups_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`workshop_sessions_recommendations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`owner_organisation_id\` text(36) NOT NULL,
  	\`due_date\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`case_id\` text(36),
  	\`follow_up\` text,
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`workshop_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workshop_sessions_recommendations_order_idx\` ON \`workshop_sessions_recommendations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_recommendations_parent_id_idx\` ON \`workshop_sessions_recommendations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_recommendations_owner_organisation_idx\` ON \`workshop_sessions_recommendations\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_recommendations_case_idx\` ON \`workshop_sessions_recommendations\` (\`case_id\`);`)
  await db.run(sql`CREATE TABLE \`workshop_sessions_privacy_review_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reason\` text,
  	\`findings\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`workshop_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workshop_sessions_privacy_review_overrides_order_idx\` ON \`workshop_sessions_privacy_review_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_privacy_review_overrides_parent_id_idx\` ON \`workshop_sessions_privacy_review_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_privacy_review_overrides_by_idx\` ON \`workshop_sessions_privacy_review_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`workshop_sessions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`group_id\` text(36) NOT NULL,
  	\`agenda\` text,
  	\`minutes\` text,
  	\`privacy_review_override_reason\` text,
  	\`privacy_review_accepted_findings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`group_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workshop_sessions_date_idx\` ON \`workshop_sessions\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_group_idx\` ON \`workshop_sessions\` (\`group_id\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_updated_at_idx\` ON \`workshop_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_created_at_idx\` ON \`workshop_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workshop_sessions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workshop_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workshop_sessions_rels_order_idx\` ON \`workshop_sessions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_rels_parent_idx\` ON \`workshop_sessions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_rels_path_idx\` ON \`workshop_sessions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_rels_organisations_id_idx\` ON \`workshop_sessions_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`workshop_sessions_rels_knowledge_cases_id_idx\` ON \`workshop_sessions_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`groups_id\` text(36),
  	\`themes_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`groups_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_groups_id_idx\` ON \`users_rels\` (\`groups_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_themes_id_idx\` ON \`users_rels\` (\`themes_id\`);`)
  // A comment's single grant becomes its list of grants (a group-only item has one per group).
  await db.run(
    sql`INSERT INTO \`comments_texts\` (\`order\`, \`parent_id\`, \`path\`, \`text\`) SELECT 1, \`id\`, 'grants', \`grant\` FROM \`comments\` WHERE \`grant\` IS NOT NULL;`,
  )
  await db.run(
    sql`INSERT INTO \`_comments_v_texts\` (\`order\`, \`parent_id\`, \`path\`, \`text\`) SELECT 1, \`id\`, 'version.grants', \`version_grant\` FROM \`_comments_v\` WHERE \`version_grant\` IS NOT NULL;`,
  )
  await db.run(sql`DROP INDEX \`comments_grant_idx\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`grant\`;`)
  await db.run(sql`DROP INDEX \`_comments_v_version_version_grant_idx\`;`)
  await db.run(sql`ALTER TABLE \`_comments_v\` DROP COLUMN \`version_grant\`;`)
  await db.run(sql`ALTER TABLE \`interventions\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`interventions\` ADD \`edited_by_name\` text;`)
  await db.run(sql`CREATE INDEX \`interventions_edited_by_idx\` ON \`interventions\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`interventions_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_groups_id_idx\` ON \`interventions_rels\` (\`groups_id\`);`)
  await db.run(sql`ALTER TABLE \`_interventions_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_interventions_v\` ADD \`version_edited_by_name\` text;`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_edited_by_idx\` ON \`_interventions_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_interventions_v_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_groups_id_idx\` ON \`_interventions_v_rels\` (\`groups_id\`);`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`edited_by_name\` text;`)
  await db.run(sql`CREATE INDEX \`good_practices_edited_by_idx\` ON \`good_practices\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`good_practices_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_groups_id_idx\` ON \`good_practices_rels\` (\`groups_id\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_edited_by_name\` text;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_edited_by_idx\` ON \`_good_practices_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_groups_id_idx\` ON \`_good_practices_v_rels\` (\`groups_id\`);`)
  await db.run(sql`ALTER TABLE \`knowledge_cases_recommendations\` ADD \`due_date\` text;`)
  await db.run(sql`ALTER TABLE \`knowledge_cases\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`knowledge_cases\` ADD \`edited_by_name\` text;`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_edited_by_idx\` ON \`knowledge_cases\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`knowledge_cases_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_groups_id_idx\` ON \`knowledge_cases_rels\` (\`groups_id\`);`)
  await db.run(sql`ALTER TABLE \`_knowledge_cases_v_version_recommendations\` ADD \`due_date\` text;`)
  await db.run(sql`ALTER TABLE \`_knowledge_cases_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_knowledge_cases_v\` ADD \`version_edited_by_name\` text;`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_edited_by_idx\` ON \`_knowledge_cases_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_knowledge_cases_v_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_groups_id_idx\` ON \`_knowledge_cases_v_rels\` (\`groups_id\`);`)
  await db.run(sql`ALTER TABLE \`lessons_learned\` ADD \`city_deal_project_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`ALTER TABLE \`lessons_learned\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`lessons_learned\` ADD \`edited_by_name\` text;`)
  await db.run(sql`CREATE INDEX \`lessons_learned_city_deal_project_idx\` ON \`lessons_learned\` (\`city_deal_project_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_edited_by_idx\` ON \`lessons_learned\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`lessons_learned_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_groups_id_idx\` ON \`lessons_learned_rels\` (\`groups_id\`);`)
  await db.run(sql`ALTER TABLE \`_lessons_learned_v\` ADD \`version_city_deal_project_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`ALTER TABLE \`_lessons_learned_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_lessons_learned_v\` ADD \`version_edited_by_name\` text;`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_city_deal_project_idx\` ON \`_lessons_learned_v\` (\`version_city_deal_project_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_edited_by_idx\` ON \`_lessons_learned_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_lessons_learned_v_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_groups_id_idx\` ON \`_lessons_learned_v_rels\` (\`groups_id\`);`)
  await db.run(sql`ALTER TABLE \`experiences\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`experiences\` ADD \`edited_by_name\` text;`)
  await db.run(sql`CREATE INDEX \`experiences_edited_by_idx\` ON \`experiences\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_experiences_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_experiences_v\` ADD \`version_edited_by_name\` text;`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_edited_by_idx\` ON \`_experiences_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`share_email\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`follows_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`CREATE INDEX \`follows_rels_groups_id_idx\` ON \`follows_rels\` (\`groups_id\`);`)
  await db.run(sql`ALTER TABLE \`notifications_rels\` ADD \`workshop_sessions_id\` text(36) REFERENCES workshop_sessions(id);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_workshop_sessions_id_idx\` ON \`notifications_rels\` (\`workshop_sessions_id\`);`)
  await db.run(sql`ALTER TABLE \`questions_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`CREATE INDEX \`questions_rels_groups_id_idx\` ON \`questions_rels\` (\`groups_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`groups_id\` text(36) REFERENCES groups(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workshop_sessions_id\` text(36) REFERENCES workshop_sessions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workshop_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`workshop_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_texts_text_idx\` ON \`comments_texts\` (\`text\`);`)

  // Workshop recommendations assigned to or overdue for someone's organisation ask them to act:
  // mailed at once, as for new accounts.
  await db.run(sql`INSERT INTO \`users_notification_settings_immediate\` (\`order\`, \`parent_id\`, \`value\`, \`id\`)
    SELECT 200 + kinds.position, users.id, kinds.kind, lower(hex(randomblob(16)))
    FROM \`users\` AS users
    CROSS JOIN (SELECT 1 AS position, 'recommendation-assigned' AS kind UNION ALL SELECT 2, 'recommendation-overdue') AS kinds;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`experiences_rels\`;`)
  await db.run(sql`DROP TABLE \`_experiences_v_rels\`;`)
  await db.run(sql`DROP TABLE \`groups\`;`)
  await db.run(sql`DROP TABLE \`groups_locales\`;`)
  await db.run(sql`DROP TABLE \`groups_rels\`;`)
  await db.run(sql`DROP TABLE \`workshop_sessions_recommendations\`;`)
  await db.run(sql`DROP TABLE \`workshop_sessions_privacy_review_overrides\`;`)
  await db.run(sql`DROP TABLE \`workshop_sessions\`;`)
  await db.run(sql`DROP TABLE \`workshop_sessions_rels\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_interventions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`visibility\` text DEFAULT 'partners',
  	\`owner_organisation_id\` text(36),
  	\`review_by\` text,
  	\`evidence_level\` text DEFAULT 'not-assessed',
  	\`contact_name\` text,
  	\`contact_role\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`created_by_id\` text(36),
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`published_by_id\` text(36),
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interventions\`("id", "slug", "visibility", "owner_organisation_id", "review_by", "evidence_level", "contact_name", "contact_role", "contact_email", "contact_phone", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "visibility", "owner_organisation_id", "review_by", "evidence_level", "contact_name", "contact_role", "contact_email", "contact_phone", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`interventions\`;`)
  await db.run(sql`DROP TABLE \`interventions\`;`)
  await db.run(sql`ALTER TABLE \`__new_interventions\` RENAME TO \`interventions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`interventions_slug_idx\` ON \`interventions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interventions_visibility_idx\` ON \`interventions\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`interventions_owner_organisation_idx\` ON \`interventions\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_review_by_idx\` ON \`interventions\` (\`review_by\`);`)
  await db.run(sql`CREATE INDEX \`interventions_evidence_level_idx\` ON \`interventions\` (\`evidence_level\`);`)
  await db.run(sql`CREATE INDEX \`interventions_workflow_status_idx\` ON \`interventions\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`interventions_created_by_idx\` ON \`interventions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_submitted_by_idx\` ON \`interventions\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_published_by_idx\` ON \`interventions\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_published_at_idx\` ON \`interventions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions_updated_at_idx\` ON \`interventions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions_created_at_idx\` ON \`interventions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions__status_idx\` ON \`interventions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_interventions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`media_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`interventions_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interventions_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id" FROM \`interventions_rels\`;`)
  await db.run(sql`DROP TABLE \`interventions_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_interventions_rels\` RENAME TO \`interventions_rels\`;`)
  await db.run(sql`CREATE INDEX \`interventions_rels_order_idx\` ON \`interventions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_parent_idx\` ON \`interventions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_path_idx\` ON \`interventions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_themes_id_idx\` ON \`interventions_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_organisations_id_idx\` ON \`interventions_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_media_id_idx\` ON \`interventions_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_good_practices_id_idx\` ON \`interventions_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_interventions_id_idx\` ON \`interventions_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_knowledge_cases_id_idx\` ON \`interventions_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_rels_lessons_learned_id_idx\` ON \`interventions_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__interventions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_visibility\` text DEFAULT 'partners',
  	\`version_owner_organisation_id\` text(36),
  	\`version_review_by\` text,
  	\`version_evidence_level\` text DEFAULT 'not-assessed',
  	\`version_contact_name\` text,
  	\`version_contact_role\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_created_by_id\` text(36),
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_published_by_id\` text(36),
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interventions_v\`("id", "parent_id", "version_slug", "version_visibility", "version_owner_organisation_id", "version_review_by", "version_evidence_level", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_visibility", "version_owner_organisation_id", "version_review_by", "version_evidence_level", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_interventions_v\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interventions_v\` RENAME TO \`_interventions_v\`;`)
  await db.run(sql`CREATE INDEX \`_interventions_v_parent_idx\` ON \`_interventions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_slug_idx\` ON \`_interventions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_visibility_idx\` ON \`_interventions_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_owner_organisation_idx\` ON \`_interventions_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_review_by_idx\` ON \`_interventions_v\` (\`version_review_by\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_evidence_level_idx\` ON \`_interventions_v\` (\`version_evidence_level\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_workflow_status_idx\` ON \`_interventions_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_created_by_idx\` ON \`_interventions_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_submitted_by_idx\` ON \`_interventions_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_published_by_idx\` ON \`_interventions_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_published_at_idx\` ON \`_interventions_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_updated_at_idx\` ON \`_interventions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_created_at_idx\` ON \`_interventions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version__status_idx\` ON \`_interventions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_created_at_idx\` ON \`_interventions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_updated_at_idx\` ON \`_interventions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_snapshot_idx\` ON \`_interventions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_published_locale_idx\` ON \`_interventions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_latest_idx\` ON \`_interventions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__interventions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`media_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`interventions_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interventions_v_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id" FROM \`_interventions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__interventions_v_rels\` RENAME TO \`_interventions_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_order_idx\` ON \`_interventions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_parent_idx\` ON \`_interventions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_path_idx\` ON \`_interventions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_themes_id_idx\` ON \`_interventions_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_organisations_id_idx\` ON \`_interventions_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_media_id_idx\` ON \`_interventions_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_good_practices_id_idx\` ON \`_interventions_v_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_interventions_id_idx\` ON \`_interventions_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_knowledge_cases_id_idx\` ON \`_interventions_v_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_rels_lessons_learned_id_idx\` ON \`_interventions_v_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_good_practices\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`visibility\` text DEFAULT 'partners',
  	\`owner_organisation_id\` text(36),
  	\`review_by\` text,
  	\`practice_label\` text DEFAULT 'promising',
  	\`contact_name\` text,
  	\`contact_role\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`from_comment_id\` text(36),
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`created_by_id\` text(36),
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`published_by_id\` text(36),
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`from_comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_good_practices\`("id", "slug", "visibility", "owner_organisation_id", "review_by", "practice_label", "contact_name", "contact_role", "contact_email", "contact_phone", "from_comment_id", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "visibility", "owner_organisation_id", "review_by", "practice_label", "contact_name", "contact_role", "contact_email", "contact_phone", "from_comment_id", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`good_practices\`;`)
  await db.run(sql`DROP TABLE \`good_practices\`;`)
  await db.run(sql`ALTER TABLE \`__new_good_practices\` RENAME TO \`good_practices\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`good_practices_slug_idx\` ON \`good_practices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_visibility_idx\` ON \`good_practices\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_owner_organisation_idx\` ON \`good_practices\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_review_by_idx\` ON \`good_practices\` (\`review_by\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_from_comment_idx\` ON \`good_practices\` (\`from_comment_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_workflow_status_idx\` ON \`good_practices\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_created_by_idx\` ON \`good_practices\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_submitted_by_idx\` ON \`good_practices\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_published_by_idx\` ON \`good_practices\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_published_at_idx\` ON \`good_practices\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_updated_at_idx\` ON \`good_practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_created_at_idx\` ON \`good_practices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices__status_idx\` ON \`good_practices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_good_practices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`media_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`interventions_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_good_practices_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id" FROM \`good_practices_rels\`;`)
  await db.run(sql`DROP TABLE \`good_practices_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_good_practices_rels\` RENAME TO \`good_practices_rels\`;`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_order_idx\` ON \`good_practices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_parent_idx\` ON \`good_practices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_path_idx\` ON \`good_practices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_themes_id_idx\` ON \`good_practices_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_organisations_id_idx\` ON \`good_practices_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_media_id_idx\` ON \`good_practices_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_good_practices_id_idx\` ON \`good_practices_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_interventions_id_idx\` ON \`good_practices_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_knowledge_cases_id_idx\` ON \`good_practices_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_lessons_learned_id_idx\` ON \`good_practices_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__good_practices_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_visibility\` text DEFAULT 'partners',
  	\`version_owner_organisation_id\` text(36),
  	\`version_review_by\` text,
  	\`version_practice_label\` text DEFAULT 'promising',
  	\`version_contact_name\` text,
  	\`version_contact_role\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_from_comment_id\` text(36),
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_created_by_id\` text(36),
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_published_by_id\` text(36),
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_from_comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__good_practices_v\`("id", "parent_id", "version_slug", "version_visibility", "version_owner_organisation_id", "version_review_by", "version_practice_label", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_from_comment_id", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_visibility", "version_owner_organisation_id", "version_review_by", "version_practice_label", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_from_comment_id", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_good_practices_v\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__good_practices_v\` RENAME TO \`_good_practices_v\`;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_parent_idx\` ON \`_good_practices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_slug_idx\` ON \`_good_practices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_visibility_idx\` ON \`_good_practices_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_owner_organisation_idx\` ON \`_good_practices_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_review_by_idx\` ON \`_good_practices_v\` (\`version_review_by\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_from_comment_idx\` ON \`_good_practices_v\` (\`version_from_comment_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_workflow_status_idx\` ON \`_good_practices_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_created_by_idx\` ON \`_good_practices_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_submitted_by_idx\` ON \`_good_practices_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_published_by_idx\` ON \`_good_practices_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_published_at_idx\` ON \`_good_practices_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_updated_at_idx\` ON \`_good_practices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_created_at_idx\` ON \`_good_practices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version__status_idx\` ON \`_good_practices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_created_at_idx\` ON \`_good_practices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_updated_at_idx\` ON \`_good_practices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_snapshot_idx\` ON \`_good_practices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_published_locale_idx\` ON \`_good_practices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_latest_idx\` ON \`_good_practices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__good_practices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`media_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`interventions_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_good_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__good_practices_v_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id" FROM \`_good_practices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__good_practices_v_rels\` RENAME TO \`_good_practices_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_order_idx\` ON \`_good_practices_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_parent_idx\` ON \`_good_practices_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_path_idx\` ON \`_good_practices_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_themes_id_idx\` ON \`_good_practices_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_organisations_id_idx\` ON \`_good_practices_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_media_id_idx\` ON \`_good_practices_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_good_practices_id_idx\` ON \`_good_practices_v_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_interventions_id_idx\` ON \`_good_practices_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_knowledge_cases_id_idx\` ON \`_good_practices_v_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_lessons_learned_id_idx\` ON \`_good_practices_v_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_knowledge_cases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`visibility\` text DEFAULT 'partners',
  	\`owner_organisation_id\` text(36),
  	\`review_by\` text,
  	\`contact_name\` text,
  	\`contact_role\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`created_by_id\` text(36),
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`published_by_id\` text(36),
  	\`published_at\` text,
  	\`privacy_review_override_reason\` text,
  	\`privacy_review_accepted_findings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_knowledge_cases\`("id", "slug", "visibility", "owner_organisation_id", "review_by", "contact_name", "contact_role", "contact_email", "contact_phone", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "privacy_review_override_reason", "privacy_review_accepted_findings", "updated_at", "created_at", "_status") SELECT "id", "slug", "visibility", "owner_organisation_id", "review_by", "contact_name", "contact_role", "contact_email", "contact_phone", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "privacy_review_override_reason", "privacy_review_accepted_findings", "updated_at", "created_at", "_status" FROM \`knowledge_cases\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases\`;`)
  await db.run(sql`ALTER TABLE \`__new_knowledge_cases\` RENAME TO \`knowledge_cases\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`knowledge_cases_slug_idx\` ON \`knowledge_cases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_visibility_idx\` ON \`knowledge_cases\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_owner_organisation_idx\` ON \`knowledge_cases\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_review_by_idx\` ON \`knowledge_cases\` (\`review_by\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_workflow_status_idx\` ON \`knowledge_cases\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_created_by_idx\` ON \`knowledge_cases\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_submitted_by_idx\` ON \`knowledge_cases\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_published_by_idx\` ON \`knowledge_cases\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_published_at_idx\` ON \`knowledge_cases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_updated_at_idx\` ON \`knowledge_cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_created_at_idx\` ON \`knowledge_cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases__status_idx\` ON \`knowledge_cases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_knowledge_cases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`media_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`interventions_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_knowledge_cases_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id" FROM \`knowledge_cases_rels\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_knowledge_cases_rels\` RENAME TO \`knowledge_cases_rels\`;`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_order_idx\` ON \`knowledge_cases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_parent_idx\` ON \`knowledge_cases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_path_idx\` ON \`knowledge_cases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_themes_id_idx\` ON \`knowledge_cases_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_organisations_id_idx\` ON \`knowledge_cases_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_media_id_idx\` ON \`knowledge_cases_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_good_practices_id_idx\` ON \`knowledge_cases_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_interventions_id_idx\` ON \`knowledge_cases_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_knowledge_cases_id_idx\` ON \`knowledge_cases_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_rels_lessons_learned_id_idx\` ON \`knowledge_cases_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__knowledge_cases_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_visibility\` text DEFAULT 'partners',
  	\`version_owner_organisation_id\` text(36),
  	\`version_review_by\` text,
  	\`version_contact_name\` text,
  	\`version_contact_role\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_created_by_id\` text(36),
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_published_by_id\` text(36),
  	\`version_published_at\` text,
  	\`version_privacy_review_override_reason\` text,
  	\`version_privacy_review_accepted_findings\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__knowledge_cases_v\`("id", "parent_id", "version_slug", "version_visibility", "version_owner_organisation_id", "version_review_by", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_privacy_review_override_reason", "version_privacy_review_accepted_findings", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_visibility", "version_owner_organisation_id", "version_review_by", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_privacy_review_override_reason", "version_privacy_review_accepted_findings", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_knowledge_cases_v\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__knowledge_cases_v\` RENAME TO \`_knowledge_cases_v\`;`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_parent_idx\` ON \`_knowledge_cases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_slug_idx\` ON \`_knowledge_cases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_visibility_idx\` ON \`_knowledge_cases_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_owner_organisation_idx\` ON \`_knowledge_cases_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_review_by_idx\` ON \`_knowledge_cases_v\` (\`version_review_by\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_workflow_status_idx\` ON \`_knowledge_cases_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_created_by_idx\` ON \`_knowledge_cases_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_submitted_by_idx\` ON \`_knowledge_cases_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_published_by_idx\` ON \`_knowledge_cases_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_published_at_idx\` ON \`_knowledge_cases_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_updated_at_idx\` ON \`_knowledge_cases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_created_at_idx\` ON \`_knowledge_cases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version__status_idx\` ON \`_knowledge_cases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_created_at_idx\` ON \`_knowledge_cases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_updated_at_idx\` ON \`_knowledge_cases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_snapshot_idx\` ON \`_knowledge_cases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_published_locale_idx\` ON \`_knowledge_cases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_latest_idx\` ON \`_knowledge_cases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__knowledge_cases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`media_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`interventions_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__knowledge_cases_v_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id" FROM \`_knowledge_cases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__knowledge_cases_v_rels\` RENAME TO \`_knowledge_cases_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_order_idx\` ON \`_knowledge_cases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_parent_idx\` ON \`_knowledge_cases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_path_idx\` ON \`_knowledge_cases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_themes_id_idx\` ON \`_knowledge_cases_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_organisations_id_idx\` ON \`_knowledge_cases_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_media_id_idx\` ON \`_knowledge_cases_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_good_practices_id_idx\` ON \`_knowledge_cases_v_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_interventions_id_idx\` ON \`_knowledge_cases_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_knowledge_cases_id_idx\` ON \`_knowledge_cases_v_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_rels_lessons_learned_id_idx\` ON \`_knowledge_cases_v_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_lessons_learned\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`visibility\` text DEFAULT 'partners',
  	\`owner_organisation_id\` text(36),
  	\`review_by\` text,
  	\`round\` numeric,
  	\`scalability\` text,
  	\`contact_name\` text,
  	\`contact_role\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`created_by_id\` text(36),
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`published_by_id\` text(36),
  	\`published_at\` text,
  	\`privacy_review_override_reason\` text,
  	\`privacy_review_accepted_findings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_lessons_learned\`("id", "slug", "visibility", "owner_organisation_id", "review_by", "round", "scalability", "contact_name", "contact_role", "contact_email", "contact_phone", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "privacy_review_override_reason", "privacy_review_accepted_findings", "updated_at", "created_at", "_status") SELECT "id", "slug", "visibility", "owner_organisation_id", "review_by", "round", "scalability", "contact_name", "contact_role", "contact_email", "contact_phone", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "privacy_review_override_reason", "privacy_review_accepted_findings", "updated_at", "created_at", "_status" FROM \`lessons_learned\`;`)
  await db.run(sql`DROP TABLE \`lessons_learned\`;`)
  await db.run(sql`ALTER TABLE \`__new_lessons_learned\` RENAME TO \`lessons_learned\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_learned_slug_idx\` ON \`lessons_learned\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_visibility_idx\` ON \`lessons_learned\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_owner_organisation_idx\` ON \`lessons_learned\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_review_by_idx\` ON \`lessons_learned\` (\`review_by\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_workflow_status_idx\` ON \`lessons_learned\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_created_by_idx\` ON \`lessons_learned\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_submitted_by_idx\` ON \`lessons_learned\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_published_by_idx\` ON \`lessons_learned\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_published_at_idx\` ON \`lessons_learned\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_updated_at_idx\` ON \`lessons_learned\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_created_at_idx\` ON \`lessons_learned\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned__status_idx\` ON \`lessons_learned\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_lessons_learned_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`media_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`interventions_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_lessons_learned_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id" FROM \`lessons_learned_rels\`;`)
  await db.run(sql`DROP TABLE \`lessons_learned_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_lessons_learned_rels\` RENAME TO \`lessons_learned_rels\`;`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_order_idx\` ON \`lessons_learned_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_parent_idx\` ON \`lessons_learned_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_path_idx\` ON \`lessons_learned_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_themes_id_idx\` ON \`lessons_learned_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_organisations_id_idx\` ON \`lessons_learned_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_media_id_idx\` ON \`lessons_learned_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_good_practices_id_idx\` ON \`lessons_learned_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_interventions_id_idx\` ON \`lessons_learned_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_knowledge_cases_id_idx\` ON \`lessons_learned_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_rels_lessons_learned_id_idx\` ON \`lessons_learned_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__lessons_learned_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_visibility\` text DEFAULT 'partners',
  	\`version_owner_organisation_id\` text(36),
  	\`version_review_by\` text,
  	\`version_round\` numeric,
  	\`version_scalability\` text,
  	\`version_contact_name\` text,
  	\`version_contact_role\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_created_by_id\` text(36),
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_published_by_id\` text(36),
  	\`version_published_at\` text,
  	\`version_privacy_review_override_reason\` text,
  	\`version_privacy_review_accepted_findings\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__lessons_learned_v\`("id", "parent_id", "version_slug", "version_visibility", "version_owner_organisation_id", "version_review_by", "version_round", "version_scalability", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_privacy_review_override_reason", "version_privacy_review_accepted_findings", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_visibility", "version_owner_organisation_id", "version_review_by", "version_round", "version_scalability", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_privacy_review_override_reason", "version_privacy_review_accepted_findings", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_lessons_learned_v\`;`)
  await db.run(sql`DROP TABLE \`_lessons_learned_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__lessons_learned_v\` RENAME TO \`_lessons_learned_v\`;`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_parent_idx\` ON \`_lessons_learned_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_slug_idx\` ON \`_lessons_learned_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_visibility_idx\` ON \`_lessons_learned_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_owner_organisation_idx\` ON \`_lessons_learned_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_review_by_idx\` ON \`_lessons_learned_v\` (\`version_review_by\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_workflow_status_idx\` ON \`_lessons_learned_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_created_by_idx\` ON \`_lessons_learned_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_submitted_by_idx\` ON \`_lessons_learned_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_published_by_idx\` ON \`_lessons_learned_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_published_at_idx\` ON \`_lessons_learned_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_updated_at_idx\` ON \`_lessons_learned_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_created_at_idx\` ON \`_lessons_learned_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version__status_idx\` ON \`_lessons_learned_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_created_at_idx\` ON \`_lessons_learned_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_updated_at_idx\` ON \`_lessons_learned_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_snapshot_idx\` ON \`_lessons_learned_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_published_locale_idx\` ON \`_lessons_learned_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_latest_idx\` ON \`_lessons_learned_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__lessons_learned_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`media_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`interventions_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_lessons_learned_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__lessons_learned_v_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id", "media_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id" FROM \`_lessons_learned_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_lessons_learned_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__lessons_learned_v_rels\` RENAME TO \`_lessons_learned_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_order_idx\` ON \`_lessons_learned_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_parent_idx\` ON \`_lessons_learned_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_path_idx\` ON \`_lessons_learned_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_themes_id_idx\` ON \`_lessons_learned_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_organisations_id_idx\` ON \`_lessons_learned_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_media_id_idx\` ON \`_lessons_learned_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_good_practices_id_idx\` ON \`_lessons_learned_v_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_interventions_id_idx\` ON \`_lessons_learned_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_knowledge_cases_id_idx\` ON \`_lessons_learned_v_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_rels_lessons_learned_id_idx\` ON \`_lessons_learned_v_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_experiences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`intervention_id\` text(36),
  	\`municipality_id\` text(36),
  	\`period_from\` text,
  	\`period_to\` text,
  	\`reach\` numeric,
  	\`rating\` numeric,
  	\`would_recommend\` integer DEFAULT false,
  	\`visibility\` text DEFAULT 'partners',
  	\`owner_organisation_id\` text(36),
  	\`from_comment_id\` text(36),
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`created_by_id\` text(36),
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`published_by_id\` text(36),
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`intervention_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`from_comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_experiences\`("id", "title", "intervention_id", "municipality_id", "period_from", "period_to", "reach", "rating", "would_recommend", "visibility", "owner_organisation_id", "from_comment_id", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "intervention_id", "municipality_id", "period_from", "period_to", "reach", "rating", "would_recommend", "visibility", "owner_organisation_id", "from_comment_id", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`experiences\`;`)
  await db.run(sql`DROP TABLE \`experiences\`;`)
  await db.run(sql`ALTER TABLE \`__new_experiences\` RENAME TO \`experiences\`;`)
  await db.run(sql`CREATE INDEX \`experiences_intervention_idx\` ON \`experiences\` (\`intervention_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_municipality_idx\` ON \`experiences\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_visibility_idx\` ON \`experiences\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`experiences_owner_organisation_idx\` ON \`experiences\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_from_comment_idx\` ON \`experiences\` (\`from_comment_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_workflow_status_idx\` ON \`experiences\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`experiences_created_by_idx\` ON \`experiences\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_submitted_by_idx\` ON \`experiences\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_published_by_idx\` ON \`experiences\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_published_at_idx\` ON \`experiences\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`experiences_updated_at_idx\` ON \`experiences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`experiences_created_at_idx\` ON \`experiences\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`experiences__status_idx\` ON \`experiences\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__experiences_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_intervention_id\` text(36),
  	\`version_municipality_id\` text(36),
  	\`version_period_from\` text,
  	\`version_period_to\` text,
  	\`version_reach\` numeric,
  	\`version_rating\` numeric,
  	\`version_would_recommend\` integer DEFAULT false,
  	\`version_visibility\` text DEFAULT 'partners',
  	\`version_owner_organisation_id\` text(36),
  	\`version_from_comment_id\` text(36),
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_created_by_id\` text(36),
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_published_by_id\` text(36),
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`experiences\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_intervention_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_from_comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__experiences_v\`("id", "parent_id", "version_title", "version_intervention_id", "version_municipality_id", "version_period_from", "version_period_to", "version_reach", "version_rating", "version_would_recommend", "version_visibility", "version_owner_organisation_id", "version_from_comment_id", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_intervention_id", "version_municipality_id", "version_period_from", "version_period_to", "version_reach", "version_rating", "version_would_recommend", "version_visibility", "version_owner_organisation_id", "version_from_comment_id", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_experiences_v\`;`)
  await db.run(sql`DROP TABLE \`_experiences_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__experiences_v\` RENAME TO \`_experiences_v\`;`)
  await db.run(sql`CREATE INDEX \`_experiences_v_parent_idx\` ON \`_experiences_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_intervention_idx\` ON \`_experiences_v\` (\`version_intervention_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_municipality_idx\` ON \`_experiences_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_visibility_idx\` ON \`_experiences_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_owner_organisation_idx\` ON \`_experiences_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_from_comment_idx\` ON \`_experiences_v\` (\`version_from_comment_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_workflow_status_idx\` ON \`_experiences_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_created_by_idx\` ON \`_experiences_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_submitted_by_idx\` ON \`_experiences_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_published_by_idx\` ON \`_experiences_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_published_at_idx\` ON \`_experiences_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_updated_at_idx\` ON \`_experiences_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_created_at_idx\` ON \`_experiences_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version__status_idx\` ON \`_experiences_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_created_at_idx\` ON \`_experiences_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_updated_at_idx\` ON \`_experiences_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_snapshot_idx\` ON \`_experiences_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_published_locale_idx\` ON \`_experiences_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_latest_idx\` ON \`_experiences_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_follows_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`interventions_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	\`questions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`follows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_follows_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id", "questions_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id", "questions_id" FROM \`follows_rels\`;`)
  await db.run(sql`DROP TABLE \`follows_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_follows_rels\` RENAME TO \`follows_rels\`;`)
  await db.run(sql`CREATE INDEX \`follows_rels_order_idx\` ON \`follows_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`follows_rels_parent_idx\` ON \`follows_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_rels_path_idx\` ON \`follows_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`follows_rels_themes_id_idx\` ON \`follows_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_rels_organisations_id_idx\` ON \`follows_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_rels_good_practices_id_idx\` ON \`follows_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_rels_interventions_id_idx\` ON \`follows_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_rels_knowledge_cases_id_idx\` ON \`follows_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_rels_lessons_learned_id_idx\` ON \`follows_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_rels_questions_id_idx\` ON \`follows_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`interventions_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`experiences_id\` text(36),
  	\`questions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experiences_id\`) REFERENCES \`experiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications_rels\`("id", "order", "parent_id", "path", "interventions_id", "good_practices_id", "lessons_learned_id", "knowledge_cases_id", "experiences_id", "questions_id") SELECT "id", "order", "parent_id", "path", "interventions_id", "good_practices_id", "lessons_learned_id", "knowledge_cases_id", "experiences_id", "questions_id" FROM \`notifications_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications_rels\` RENAME TO \`notifications_rels\`;`)
  await db.run(sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_interventions_id_idx\` ON \`notifications_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_good_practices_id_idx\` ON \`notifications_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_lessons_learned_id_idx\` ON \`notifications_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_knowledge_cases_id_idx\` ON \`notifications_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_experiences_id_idx\` ON \`notifications_rels\` (\`experiences_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_questions_id_idx\` ON \`notifications_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`good_practices_id\` text(36),
  	\`interventions_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_questions_rels\`("id", "order", "parent_id", "path", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id", "themes_id", "organisations_id", "users_id") SELECT "id", "order", "parent_id", "path", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id", "themes_id", "organisations_id", "users_id" FROM \`questions_rels\`;`)
  await db.run(sql`DROP TABLE \`questions_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_questions_rels\` RENAME TO \`questions_rels\`;`)
  await db.run(sql`CREATE INDEX \`questions_rels_order_idx\` ON \`questions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_parent_idx\` ON \`questions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_path_idx\` ON \`questions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_good_practices_id_idx\` ON \`questions_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_interventions_id_idx\` ON \`questions_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_knowledge_cases_id_idx\` ON \`questions_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_lessons_learned_id_idx\` ON \`questions_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_themes_id_idx\` ON \`questions_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_organisations_id_idx\` ON \`questions_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_users_id_idx\` ON \`questions_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`interventions_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`knowledge_cases_id\` text(36),
  	\`lessons_learned_id\` text(36),
  	\`experiences_id\` text(36),
  	\`themes_id\` text(36),
  	\`organisations_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`follows_id\` text(36),
  	\`notifications_id\` text(36),
  	\`digest_deliveries_id\` text(36),
  	\`questions_id\` text(36),
  	\`comments_id\` text(36),
  	\`comment_reports_id\` text(36),
  	\`api_keys_id\` text(36),
  	\`audit_log_id\` text(36),
  	\`privacy_names_id\` text(36),
  	\`search_synonyms_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experiences_id\`) REFERENCES \`experiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follows_id\`) REFERENCES \`follows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digest_deliveries_id\`) REFERENCES \`digest_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_reports_id\`) REFERENCES \`comment_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`privacy_names_id\`) REFERENCES \`privacy_names\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_synonyms_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "interventions_id", "good_practices_id", "knowledge_cases_id", "lessons_learned_id", "experiences_id", "themes_id", "organisations_id", "media_id", "users_id", "follows_id", "notifications_id", "digest_deliveries_id", "questions_id", "comments_id", "comment_reports_id", "api_keys_id", "audit_log_id", "privacy_names_id", "search_synonyms_id") SELECT "id", "order", "parent_id", "path", "interventions_id", "good_practices_id", "knowledge_cases_id", "lessons_learned_id", "experiences_id", "themes_id", "organisations_id", "media_id", "users_id", "follows_id", "notifications_id", "digest_deliveries_id", "questions_id", "comments_id", "comment_reports_id", "api_keys_id", "audit_log_id", "privacy_names_id", "search_synonyms_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interventions_id_idx\` ON \`payload_locked_documents_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_good_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_knowledge_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lessons_learned_id_idx\` ON \`payload_locked_documents_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_experiences_id_idx\` ON \`payload_locked_documents_rels\` (\`experiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follows_id_idx\` ON \`payload_locked_documents_rels\` (\`follows_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_digest_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`digest_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comment_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_privacy_names_id_idx\` ON \`payload_locked_documents_rels\` (\`privacy_names_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_synonyms_id_idx\` ON \`payload_locked_documents_rels\` (\`search_synonyms_id\`);`)
  await db.run(sql`DROP INDEX \`comments_texts_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`grant\` text;`)
  await db.run(sql`CREATE INDEX \`comments_grant_idx\` ON \`comments\` (\`grant\`);`)
  await db.run(sql`ALTER TABLE \`_comments_v\` ADD \`version_grant\` text;`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_version_grant_idx\` ON \`_comments_v\` (\`version_grant\`);`)
  await db.run(sql`ALTER TABLE \`knowledge_cases_recommendations\` DROP COLUMN \`due_date\`;`)
  await db.run(sql`ALTER TABLE \`_knowledge_cases_v_version_recommendations\` DROP COLUMN \`due_date\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`share_email\`;`)
}
