import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`questions_privacy_review_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reason\` text,
  	\`findings\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_privacy_review_overrides_order_idx\` ON \`questions_privacy_review_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`questions_privacy_review_overrides_parent_id_idx\` ON \`questions_privacy_review_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_privacy_review_overrides_by_idx\` ON \`questions_privacy_review_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`status\` text DEFAULT 'open',
  	\`accepted_answer_id\` text(36),
  	\`accepted_at\` text,
  	\`asked_by_id\` text(36),
  	\`asker_name\` text,
  	\`answer_count\` numeric DEFAULT 0,
  	\`last_activity_at\` text,
  	\`visibility\` text DEFAULT 'partners' NOT NULL,
  	\`owner_organisation_id\` text(36) NOT NULL,
  	\`privacy_review_override_reason\` text,
  	\`privacy_review_accepted_findings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`accepted_answer_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`asked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_accepted_answer_idx\` ON \`questions\` (\`accepted_answer_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_asked_by_idx\` ON \`questions\` (\`asked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_answer_count_idx\` ON \`questions\` (\`answer_count\`);`)
  await db.run(sql`CREATE INDEX \`questions_last_activity_at_idx\` ON \`questions\` (\`last_activity_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_visibility_idx\` ON \`questions\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`questions_owner_organisation_idx\` ON \`questions\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_texts_order_parent\` ON \`questions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`questions_rels\` (
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
  await db.run(sql`CREATE TABLE \`comments_privacy_review_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reason\` text,
  	\`findings\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_privacy_review_overrides_order_idx\` ON \`comments_privacy_review_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comments_privacy_review_overrides_parent_id_idx\` ON \`comments_privacy_review_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_privacy_review_overrides_by_idx\` ON \`comments_privacy_review_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`body\` text,
  	\`author_id\` text(36),
  	\`author_name\` text,
  	\`organisation_id\` text(36),
  	\`edited_at\` text,
  	\`state\` text DEFAULT 'visible',
  	\`moderation_reason\` text,
  	\`moderated_by_id\` text(36),
  	\`moderated_at\` text,
  	\`thread_key\` text,
  	\`grant\` text,
  	\`privacy_review_override_reason\` text,
  	\`privacy_review_accepted_findings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_parent_idx\` ON \`comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_author_idx\` ON \`comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_organisation_idx\` ON \`comments\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_state_idx\` ON \`comments\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`comments_moderated_by_idx\` ON \`comments\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_thread_key_idx\` ON \`comments\` (\`thread_key\`);`)
  await db.run(sql`CREATE INDEX \`comments_grant_idx\` ON \`comments\` (\`grant\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`comments_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_texts_order_parent\` ON \`comments_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comments_rels\` (
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
  	\`users_id\` text(36),
  	\`organisations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experiences_id\`) REFERENCES \`experiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_rels_order_idx\` ON \`comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_parent_idx\` ON \`comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_path_idx\` ON \`comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_interventions_id_idx\` ON \`comments_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_good_practices_id_idx\` ON \`comments_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_lessons_learned_id_idx\` ON \`comments_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_knowledge_cases_id_idx\` ON \`comments_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_experiences_id_idx\` ON \`comments_rels\` (\`experiences_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_questions_id_idx\` ON \`comments_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_users_id_idx\` ON \`comments_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_organisations_id_idx\` ON \`comments_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`_comments_v_version_privacy_review_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reason\` text,
  	\`findings\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comments_v_version_privacy_review_overrides_order_idx\` ON \`_comments_v_version_privacy_review_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_privacy_review_overrides_parent_id_idx\` ON \`_comments_v_version_privacy_review_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_privacy_review_overrides_by_idx\` ON \`_comments_v_version_privacy_review_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_comments_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_parent_id\` text(36),
  	\`version_body\` text,
  	\`version_author_id\` text(36),
  	\`version_author_name\` text,
  	\`version_organisation_id\` text(36),
  	\`version_edited_at\` text,
  	\`version_state\` text DEFAULT 'visible',
  	\`version_moderation_reason\` text,
  	\`version_moderated_by_id\` text(36),
  	\`version_moderated_at\` text,
  	\`version_thread_key\` text,
  	\`version_grant\` text,
  	\`version_privacy_review_override_reason\` text,
  	\`version_privacy_review_accepted_findings\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_comments_v_parent_idx\` ON \`_comments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_version_parent_idx\` ON \`_comments_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_version_author_idx\` ON \`_comments_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_version_organisation_idx\` ON \`_comments_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_version_state_idx\` ON \`_comments_v\` (\`version_state\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_version_moderated_by_idx\` ON \`_comments_v\` (\`version_moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_version_thread_key_idx\` ON \`_comments_v\` (\`version_thread_key\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_version_grant_idx\` ON \`_comments_v\` (\`version_grant\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_version_updated_at_idx\` ON \`_comments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_version_version_created_at_idx\` ON \`_comments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_created_at_idx\` ON \`_comments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_updated_at_idx\` ON \`_comments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_comments_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_comments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comments_v_texts_order_parent\` ON \`_comments_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_comments_v_rels\` (
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
  	\`users_id\` text(36),
  	\`organisations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_comments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experiences_id\`) REFERENCES \`experiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_order_idx\` ON \`_comments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_parent_idx\` ON \`_comments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_path_idx\` ON \`_comments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_interventions_id_idx\` ON \`_comments_v_rels\` (\`interventions_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_good_practices_id_idx\` ON \`_comments_v_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_lessons_learned_id_idx\` ON \`_comments_v_rels\` (\`lessons_learned_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_knowledge_cases_id_idx\` ON \`_comments_v_rels\` (\`knowledge_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_experiences_id_idx\` ON \`_comments_v_rels\` (\`experiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_questions_id_idx\` ON \`_comments_v_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_users_id_idx\` ON \`_comments_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_comments_v_rels_organisations_id_idx\` ON \`_comments_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_reports_privacy_review_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reason\` text,
  	\`findings\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_reports_privacy_review_overrides_order_idx\` ON \`comment_reports_privacy_review_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_privacy_review_overrides_parent_id_idx\` ON \`comment_reports_privacy_review_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_privacy_review_overrides_by_idx\` ON \`comment_reports_privacy_review_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_reports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`comment_id\` text(36) NOT NULL,
  	\`reason\` text NOT NULL,
  	\`reporter_id\` text(36),
  	\`state\` text DEFAULT 'open',
  	\`privacy_review_override_reason\` text,
  	\`privacy_review_accepted_findings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reporter_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_reports_comment_idx\` ON \`comment_reports\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_reporter_idx\` ON \`comment_reports\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_state_idx\` ON \`comment_reports\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_updated_at_idx\` ON \`comment_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_created_at_idx\` ON \`comment_reports\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`from_comment_id\` text(36) REFERENCES comments(id);`)
  await db.run(sql`CREATE INDEX \`good_practices_from_comment_idx\` ON \`good_practices\` (\`from_comment_id\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_from_comment_id\` text(36) REFERENCES comments(id);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_from_comment_idx\` ON \`_good_practices_v\` (\`version_from_comment_id\`);`)
  await db.run(sql`ALTER TABLE \`experiences\` ADD \`from_comment_id\` text(36) REFERENCES comments(id);`)
  await db.run(sql`CREATE INDEX \`experiences_from_comment_idx\` ON \`experiences\` (\`from_comment_id\`);`)
  await db.run(sql`ALTER TABLE \`_experiences_v\` ADD \`version_from_comment_id\` text(36) REFERENCES comments(id);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_from_comment_idx\` ON \`_experiences_v\` (\`version_from_comment_id\`);`)
  await db.run(sql`ALTER TABLE \`follows_rels\` ADD \`questions_id\` text(36) REFERENCES questions(id);`)
  await db.run(sql`CREATE INDEX \`follows_rels_questions_id_idx\` ON \`follows_rels\` (\`questions_id\`);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`about_comment_id\` text(36) REFERENCES comments(id);`)
  await db.run(sql`CREATE INDEX \`notifications_about_comment_idx\` ON \`notifications\` (\`about_comment_id\`);`)
  await db.run(sql`ALTER TABLE \`notifications_rels\` ADD \`questions_id\` text(36) REFERENCES questions(id);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_questions_id_idx\` ON \`notifications_rels\` (\`questions_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`questions_id\` text(36) REFERENCES questions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` text(36) REFERENCES comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comment_reports_id\` text(36) REFERENCES comment_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comment_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_reports_id\`);`)

  // The conversation's kinds that ask someone to act (a mention, a reply, a question to their
  // organisation, an accepted answer, a hidden comment) are mailed at once, as for new accounts.
  await db.run(sql`INSERT INTO \`users_notification_settings_immediate\` (\`order\`, \`parent_id\`, \`value\`, \`id\`)
    SELECT 100 + kinds.position, users.id, kinds.kind, lower(hex(randomblob(16)))
    FROM \`users\` AS users
    CROSS JOIN (SELECT 1 AS position, 'mentioned' AS kind UNION ALL SELECT 2, 'replied' UNION ALL SELECT 3, 'question-asked'
      UNION ALL SELECT 4, 'answer-accepted' UNION ALL SELECT 5, 'comment-hidden') AS kinds;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`questions_privacy_review_overrides\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_texts\`;`)
  await db.run(sql`DROP TABLE \`questions_rels\`;`)
  await db.run(sql`DROP TABLE \`comments_privacy_review_overrides\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments_texts\`;`)
  await db.run(sql`DROP TABLE \`comments_rels\`;`)
  await db.run(sql`DROP TABLE \`_comments_v_version_privacy_review_overrides\`;`)
  await db.run(sql`DROP TABLE \`_comments_v\`;`)
  await db.run(sql`DROP TABLE \`_comments_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_comments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`comment_reports_privacy_review_overrides\`;`)
  await db.run(sql`DROP TABLE \`comment_reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`INSERT INTO \`__new_good_practices\`("id", "slug", "visibility", "owner_organisation_id", "review_by", "practice_label", "contact_name", "contact_role", "contact_email", "contact_phone", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "visibility", "owner_organisation_id", "review_by", "practice_label", "contact_name", "contact_role", "contact_email", "contact_phone", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`good_practices\`;`)
  await db.run(sql`DROP TABLE \`good_practices\`;`)
  await db.run(sql`ALTER TABLE \`__new_good_practices\` RENAME TO \`good_practices\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`good_practices_slug_idx\` ON \`good_practices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_visibility_idx\` ON \`good_practices\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_owner_organisation_idx\` ON \`good_practices\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_review_by_idx\` ON \`good_practices\` (\`review_by\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_workflow_status_idx\` ON \`good_practices\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_created_by_idx\` ON \`good_practices\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_submitted_by_idx\` ON \`good_practices\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_published_by_idx\` ON \`good_practices\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_published_at_idx\` ON \`good_practices\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_updated_at_idx\` ON \`good_practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_created_at_idx\` ON \`good_practices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices__status_idx\` ON \`good_practices\` (\`_status\`);`)
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
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__good_practices_v\`("id", "parent_id", "version_slug", "version_visibility", "version_owner_organisation_id", "version_review_by", "version_practice_label", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_visibility", "version_owner_organisation_id", "version_review_by", "version_practice_label", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_good_practices_v\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__good_practices_v\` RENAME TO \`_good_practices_v\`;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_parent_idx\` ON \`_good_practices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_slug_idx\` ON \`_good_practices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_visibility_idx\` ON \`_good_practices_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_owner_organisation_idx\` ON \`_good_practices_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_review_by_idx\` ON \`_good_practices_v\` (\`version_review_by\`);`)
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
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_experiences\`("id", "title", "intervention_id", "municipality_id", "period_from", "period_to", "reach", "rating", "would_recommend", "visibility", "owner_organisation_id", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "intervention_id", "municipality_id", "period_from", "period_to", "reach", "rating", "would_recommend", "visibility", "owner_organisation_id", "workflow_status", "review_comment", "created_by_id", "submitted_by_id", "submitted_at", "published_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`experiences\`;`)
  await db.run(sql`DROP TABLE \`experiences\`;`)
  await db.run(sql`ALTER TABLE \`__new_experiences\` RENAME TO \`experiences\`;`)
  await db.run(sql`CREATE INDEX \`experiences_intervention_idx\` ON \`experiences\` (\`intervention_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_municipality_idx\` ON \`experiences\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_visibility_idx\` ON \`experiences\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`experiences_owner_organisation_idx\` ON \`experiences\` (\`owner_organisation_id\`);`)
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
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__experiences_v\`("id", "parent_id", "version_title", "version_intervention_id", "version_municipality_id", "version_period_from", "version_period_to", "version_reach", "version_rating", "version_would_recommend", "version_visibility", "version_owner_organisation_id", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_intervention_id", "version_municipality_id", "version_period_from", "version_period_to", "version_reach", "version_rating", "version_would_recommend", "version_visibility", "version_owner_organisation_id", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_submitted_by_id", "version_submitted_at", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_experiences_v\`;`)
  await db.run(sql`DROP TABLE \`_experiences_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__experiences_v\` RENAME TO \`_experiences_v\`;`)
  await db.run(sql`CREATE INDEX \`_experiences_v_parent_idx\` ON \`_experiences_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_intervention_idx\` ON \`_experiences_v\` (\`version_intervention_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_municipality_idx\` ON \`_experiences_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_visibility_idx\` ON \`_experiences_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_owner_organisation_idx\` ON \`_experiences_v\` (\`version_owner_organisation_id\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`follows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_follows_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id", "good_practices_id", "interventions_id", "knowledge_cases_id", "lessons_learned_id" FROM \`follows_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`recipient_id\` text(36) NOT NULL,
  	\`kind\` text NOT NULL,
  	\`actor_name\` text,
  	\`comment\` text,
  	\`read_at\` text,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "recipient_id", "kind", "actor_name", "comment", "read_at", "key", "updated_at", "created_at") SELECT "id", "recipient_id", "kind", "actor_name", "comment", "read_at", "key", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_at_idx\` ON \`notifications\` (\`read_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`notifications_key_idx\` ON \`notifications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`recipient_readAt_idx\` ON \`notifications\` (\`recipient_id\`,\`read_at\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experiences_id\`) REFERENCES \`experiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications_rels\`("id", "order", "parent_id", "path", "interventions_id", "good_practices_id", "lessons_learned_id", "knowledge_cases_id", "experiences_id") SELECT "id", "order", "parent_id", "path", "interventions_id", "good_practices_id", "lessons_learned_id", "knowledge_cases_id", "experiences_id" FROM \`notifications_rels\`;`)
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
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`privacy_names_id\`) REFERENCES \`privacy_names\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_synonyms_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "interventions_id", "good_practices_id", "knowledge_cases_id", "lessons_learned_id", "experiences_id", "themes_id", "organisations_id", "media_id", "users_id", "follows_id", "notifications_id", "digest_deliveries_id", "api_keys_id", "audit_log_id", "privacy_names_id", "search_synonyms_id") SELECT "id", "order", "parent_id", "path", "interventions_id", "good_practices_id", "knowledge_cases_id", "lessons_learned_id", "experiences_id", "themes_id", "organisations_id", "media_id", "users_id", "follows_id", "notifications_id", "digest_deliveries_id", "api_keys_id", "audit_log_id", "privacy_names_id", "search_synonyms_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_privacy_names_id_idx\` ON \`payload_locked_documents_rels\` (\`privacy_names_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_synonyms_id_idx\` ON \`payload_locked_documents_rels\` (\`search_synonyms_id\`);`)
}
