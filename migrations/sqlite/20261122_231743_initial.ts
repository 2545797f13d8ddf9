import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`interventions_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_target_groups_order_idx\` ON \`interventions_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_target_groups_parent_idx\` ON \`interventions_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_role\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_role_order_idx\` ON \`interventions_role\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_role_parent_idx\` ON \`interventions_role\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_prevention_level\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_prevention_level_order_idx\` ON \`interventions_prevention_level\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_prevention_level_parent_idx\` ON \`interventions_prevention_level\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_crime_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_crime_types_order_idx\` ON \`interventions_crime_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_crime_types_parent_idx\` ON \`interventions_crime_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`file_id\` text(36),
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_materials_order_idx\` ON \`interventions_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_materials_parent_id_idx\` ON \`interventions_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_materials_file_idx\` ON \`interventions_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_materials_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interventions_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interventions_materials_locales_locale_parent_id_unique\` ON \`interventions_materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_sources_order_idx\` ON \`interventions_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_sources_parent_id_idx\` ON \`interventions_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions\` (
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interventions_slug_idx\` ON \`interventions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interventions_visibility_idx\` ON \`interventions\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`interventions_owner_organisation_idx\` ON \`interventions\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_evidence_level_idx\` ON \`interventions\` (\`evidence_level\`);`)
  await db.run(sql`CREATE INDEX \`interventions_updated_at_idx\` ON \`interventions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions_created_at_idx\` ON \`interventions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interventions__status_idx\` ON \`interventions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`interventions_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`goal\` text,
  	\`emmie_effect\` text,
  	\`emmie_mechanism\` text,
  	\`emmie_moderators\` text,
  	\`emmie_implementation\` text,
  	\`emmie_cost\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interventions_locales_locale_parent_id_unique\` ON \`interventions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interventions_rels\` (
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
  await db.run(sql`CREATE TABLE \`_interventions_v_version_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_target_groups_order_idx\` ON \`_interventions_v_version_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_target_groups_parent_idx\` ON \`_interventions_v_version_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_role\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_role_order_idx\` ON \`_interventions_v_version_role\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_role_parent_idx\` ON \`_interventions_v_version_role\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_prevention_level\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_prevention_level_order_idx\` ON \`_interventions_v_version_prevention_level\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_prevention_level_parent_idx\` ON \`_interventions_v_version_prevention_level\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_crime_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_crime_types_order_idx\` ON \`_interventions_v_version_crime_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_crime_types_parent_idx\` ON \`_interventions_v_version_crime_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`file_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_materials_order_idx\` ON \`_interventions_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_materials_parent_id_idx\` ON \`_interventions_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_materials_file_idx\` ON \`_interventions_v_version_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_materials_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interventions_v_version_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_interventions_v_version_materials_locales_locale_parent_id_\` ON \`_interventions_v_version_materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_sources_order_idx\` ON \`_interventions_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_sources_parent_id_idx\` ON \`_interventions_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v\` (
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_parent_idx\` ON \`_interventions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_slug_idx\` ON \`_interventions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_visibility_idx\` ON \`_interventions_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_owner_organisation_idx\` ON \`_interventions_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_evidence_level_idx\` ON \`_interventions_v\` (\`version_evidence_level\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_updated_at_idx\` ON \`_interventions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version_created_at_idx\` ON \`_interventions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_version__status_idx\` ON \`_interventions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_created_at_idx\` ON \`_interventions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_updated_at_idx\` ON \`_interventions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_snapshot_idx\` ON \`_interventions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_published_locale_idx\` ON \`_interventions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_latest_idx\` ON \`_interventions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_goal\` text,
  	\`version_emmie_effect\` text,
  	\`version_emmie_mechanism\` text,
  	\`version_emmie_moderators\` text,
  	\`version_emmie_implementation\` text,
  	\`version_emmie_cost\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_interventions_v_locales_locale_parent_id_unique\` ON \`_interventions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_rels\` (
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
  await db.run(sql`CREATE TABLE \`good_practices_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`good_practices_target_groups_order_idx\` ON \`good_practices_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_target_groups_parent_idx\` ON \`good_practices_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`good_practices_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`good_practices_sources_order_idx\` ON \`good_practices_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_sources_parent_id_idx\` ON \`good_practices_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`good_practices\` (
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`good_practices_slug_idx\` ON \`good_practices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_visibility_idx\` ON \`good_practices\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_owner_organisation_idx\` ON \`good_practices\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_updated_at_idx\` ON \`good_practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_created_at_idx\` ON \`good_practices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices__status_idx\` ON \`good_practices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`good_practices_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`problem\` text,
  	\`approach\` text,
  	\`implementation\` text,
  	\`results\` text,
  	\`resources_needed\` text,
  	\`difficulties\` text,
  	\`transferability\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`good_practices_locales_locale_parent_id_unique\` ON \`good_practices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`good_practices_rels\` (
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
  await db.run(sql`CREATE TABLE \`_good_practices_v_version_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_good_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_target_groups_order_idx\` ON \`_good_practices_v_version_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_target_groups_parent_idx\` ON \`_good_practices_v_version_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_good_practices_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_good_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_sources_order_idx\` ON \`_good_practices_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_sources_parent_id_idx\` ON \`_good_practices_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_good_practices_v\` (
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_good_practices_v_parent_idx\` ON \`_good_practices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_slug_idx\` ON \`_good_practices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_visibility_idx\` ON \`_good_practices_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_owner_organisation_idx\` ON \`_good_practices_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_updated_at_idx\` ON \`_good_practices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_created_at_idx\` ON \`_good_practices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version__status_idx\` ON \`_good_practices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_created_at_idx\` ON \`_good_practices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_updated_at_idx\` ON \`_good_practices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_snapshot_idx\` ON \`_good_practices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_published_locale_idx\` ON \`_good_practices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_latest_idx\` ON \`_good_practices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_good_practices_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_problem\` text,
  	\`version_approach\` text,
  	\`version_implementation\` text,
  	\`version_results\` text,
  	\`version_resources_needed\` text,
  	\`version_difficulties\` text,
  	\`version_transferability\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_good_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_good_practices_v_locales_locale_parent_id_unique\` ON \`_good_practices_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_good_practices_v_rels\` (
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
  await db.run(sql`CREATE TABLE \`knowledge_cases_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_cases_target_groups_order_idx\` ON \`knowledge_cases_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_target_groups_parent_idx\` ON \`knowledge_cases_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_cases_decision_moments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_cases_decision_moments_order_idx\` ON \`knowledge_cases_decision_moments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_decision_moments_parent_id_idx\` ON \`knowledge_cases_decision_moments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_cases_decision_moments_locales\` (
  	\`moment\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_cases_decision_moments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`knowledge_cases_decision_moments_locales_locale_parent_id_un\` ON \`knowledge_cases_decision_moments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_cases_recommendations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`owner_id\` text(36),
  	\`status\` text DEFAULT 'open',
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_cases_recommendations_order_idx\` ON \`knowledge_cases_recommendations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_recommendations_parent_id_idx\` ON \`knowledge_cases_recommendations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_recommendations_owner_idx\` ON \`knowledge_cases_recommendations\` (\`owner_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_cases_recommendations_locales\` (
  	\`recommendation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_cases_recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`knowledge_cases_recommendations_locales_locale_parent_id_uni\` ON \`knowledge_cases_recommendations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_cases_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_cases_sources_order_idx\` ON \`knowledge_cases_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_sources_parent_id_idx\` ON \`knowledge_cases_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_cases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`visibility\` text DEFAULT 'partners',
  	\`owner_organisation_id\` text(36),
  	\`review_by\` text,
  	\`contact_name\` text,
  	\`contact_role\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`knowledge_cases_slug_idx\` ON \`knowledge_cases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_visibility_idx\` ON \`knowledge_cases\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_owner_organisation_idx\` ON \`knowledge_cases\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_updated_at_idx\` ON \`knowledge_cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_created_at_idx\` ON \`knowledge_cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases__status_idx\` ON \`knowledge_cases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_cases_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`vignette\` text,
  	\`bottleneck\` text,
  	\`what_worked\` text,
  	\`learning_question\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`knowledge_cases_locales_locale_parent_id_unique\` ON \`knowledge_cases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_cases_rels\` (
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
  await db.run(sql`CREATE TABLE \`_knowledge_cases_v_version_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_target_groups_order_idx\` ON \`_knowledge_cases_v_version_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_target_groups_parent_idx\` ON \`_knowledge_cases_v_version_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_cases_v_version_decision_moments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_decision_moments_order_idx\` ON \`_knowledge_cases_v_version_decision_moments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_decision_moments_parent_id_idx\` ON \`_knowledge_cases_v_version_decision_moments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_cases_v_version_decision_moments_locales\` (
  	\`moment\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_cases_v_version_decision_moments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_knowledge_cases_v_version_decision_moments_locales_locale_p\` ON \`_knowledge_cases_v_version_decision_moments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_cases_v_version_recommendations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`owner_id\` text(36),
  	\`status\` text DEFAULT 'open',
  	\`_uuid\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_recommendations_order_idx\` ON \`_knowledge_cases_v_version_recommendations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_recommendations_parent_id_idx\` ON \`_knowledge_cases_v_version_recommendations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_recommendations_owner_idx\` ON \`_knowledge_cases_v_version_recommendations\` (\`owner_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_cases_v_version_recommendations_locales\` (
  	\`recommendation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_cases_v_version_recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_knowledge_cases_v_version_recommendations_locales_locale_pa\` ON \`_knowledge_cases_v_version_recommendations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_cases_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_sources_order_idx\` ON \`_knowledge_cases_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_sources_parent_id_idx\` ON \`_knowledge_cases_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_cases_v\` (
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_parent_idx\` ON \`_knowledge_cases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_slug_idx\` ON \`_knowledge_cases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_visibility_idx\` ON \`_knowledge_cases_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_owner_organisation_idx\` ON \`_knowledge_cases_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_updated_at_idx\` ON \`_knowledge_cases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version_created_at_idx\` ON \`_knowledge_cases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_version__status_idx\` ON \`_knowledge_cases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_created_at_idx\` ON \`_knowledge_cases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_updated_at_idx\` ON \`_knowledge_cases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_snapshot_idx\` ON \`_knowledge_cases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_published_locale_idx\` ON \`_knowledge_cases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_latest_idx\` ON \`_knowledge_cases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_cases_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_vignette\` text,
  	\`version_bottleneck\` text,
  	\`version_what_worked\` text,
  	\`version_learning_question\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_knowledge_cases_v_locales_locale_parent_id_unique\` ON \`_knowledge_cases_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_cases_v_rels\` (
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
  await db.run(sql`CREATE TABLE \`lessons_learned_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_learned_target_groups_order_idx\` ON \`lessons_learned_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_target_groups_parent_idx\` ON \`lessons_learned_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_learned_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_learned_sources_order_idx\` ON \`lessons_learned_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_sources_parent_id_idx\` ON \`lessons_learned_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_learned\` (
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_learned_slug_idx\` ON \`lessons_learned\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_visibility_idx\` ON \`lessons_learned\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_owner_organisation_idx\` ON \`lessons_learned\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_updated_at_idx\` ON \`lessons_learned\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_created_at_idx\` ON \`lessons_learned\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned__status_idx\` ON \`lessons_learned\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`lessons_learned_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`project\` text,
  	\`context\` text,
  	\`observation\` text,
  	\`lesson\` text,
  	\`recommendation\` text,
  	\`evidence\` text,
  	\`facilitating_factors\` text,
  	\`hindering_factors\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_learned_locales_locale_parent_id_unique\` ON \`lessons_learned_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_learned_rels\` (
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
  await db.run(sql`CREATE TABLE \`_lessons_learned_v_version_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_lessons_learned_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_target_groups_order_idx\` ON \`_lessons_learned_v_version_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_target_groups_parent_idx\` ON \`_lessons_learned_v_version_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_learned_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_learned_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_sources_order_idx\` ON \`_lessons_learned_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_sources_parent_id_idx\` ON \`_lessons_learned_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_learned_v\` (
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_parent_idx\` ON \`_lessons_learned_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_slug_idx\` ON \`_lessons_learned_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_visibility_idx\` ON \`_lessons_learned_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_owner_organisation_idx\` ON \`_lessons_learned_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_updated_at_idx\` ON \`_lessons_learned_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version_created_at_idx\` ON \`_lessons_learned_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_version__status_idx\` ON \`_lessons_learned_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_created_at_idx\` ON \`_lessons_learned_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_updated_at_idx\` ON \`_lessons_learned_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_snapshot_idx\` ON \`_lessons_learned_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_published_locale_idx\` ON \`_lessons_learned_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_latest_idx\` ON \`_lessons_learned_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_learned_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_project\` text,
  	\`version_context\` text,
  	\`version_observation\` text,
  	\`version_lesson\` text,
  	\`version_recommendation\` text,
  	\`version_evidence\` text,
  	\`version_facilitating_factors\` text,
  	\`version_hindering_factors\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_learned_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_lessons_learned_v_locales_locale_parent_id_unique\` ON \`_lessons_learned_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_learned_v_rels\` (
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
  await db.run(sql`CREATE TABLE \`experiences\` (
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`intervention_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`experiences_intervention_idx\` ON \`experiences\` (\`intervention_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_municipality_idx\` ON \`experiences\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_visibility_idx\` ON \`experiences\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`experiences_owner_organisation_idx\` ON \`experiences\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_updated_at_idx\` ON \`experiences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`experiences_created_at_idx\` ON \`experiences\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`experiences__status_idx\` ON \`experiences\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`experiences_locales\` (
  	\`result\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`experiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`experiences_locales_locale_parent_id_unique\` ON \`experiences_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_experiences_v\` (
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
  	FOREIGN KEY (\`version_owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_experiences_v_parent_idx\` ON \`_experiences_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_intervention_idx\` ON \`_experiences_v\` (\`version_intervention_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_municipality_idx\` ON \`_experiences_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_visibility_idx\` ON \`_experiences_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_owner_organisation_idx\` ON \`_experiences_v\` (\`version_owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_updated_at_idx\` ON \`_experiences_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version_created_at_idx\` ON \`_experiences_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_version__status_idx\` ON \`_experiences_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_created_at_idx\` ON \`_experiences_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_updated_at_idx\` ON \`_experiences_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_snapshot_idx\` ON \`_experiences_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_published_locale_idx\` ON \`_experiences_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_latest_idx\` ON \`_experiences_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_experiences_v_locales\` (
  	\`version_result\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_experiences_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_experiences_v_locales_locale_parent_id_unique\` ON \`_experiences_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`parent_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_parent_idx\` ON \`themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`themes_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`type\` text NOT NULL,
  	\`district\` text,
  	\`city_deal_partner\` integer DEFAULT false,
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_name_idx\` ON \`organisations\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_type_idx\` ON \`organisations\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organisations_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_locales_locale_parent_id_unique\` ON \`organisations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`visibility\` text DEFAULT 'partners' NOT NULL,
  	\`owner_organisation_id\` text(36) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	FOREIGN KEY (\`owner_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_visibility_idx\` ON \`media\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`media_owner_organisation_idx\` ON \`media\` (\`owner_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'member' NOT NULL,
  	\`organisation_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_organisation_idx\` ON \`users\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interventions_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_cases_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_learned_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experiences_id\`) REFERENCES \`experiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`interventions_target_groups\`;`)
  await db.run(sql`DROP TABLE \`interventions_role\`;`)
  await db.run(sql`DROP TABLE \`interventions_prevention_level\`;`)
  await db.run(sql`DROP TABLE \`interventions_crime_types\`;`)
  await db.run(sql`DROP TABLE \`interventions_materials\`;`)
  await db.run(sql`DROP TABLE \`interventions_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`interventions_sources\`;`)
  await db.run(sql`DROP TABLE \`interventions\`;`)
  await db.run(sql`DROP TABLE \`interventions_locales\`;`)
  await db.run(sql`DROP TABLE \`interventions_rels\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_target_groups\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_role\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_prevention_level\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_crime_types\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`good_practices_target_groups\`;`)
  await db.run(sql`DROP TABLE \`good_practices_sources\`;`)
  await db.run(sql`DROP TABLE \`good_practices\`;`)
  await db.run(sql`DROP TABLE \`good_practices_locales\`;`)
  await db.run(sql`DROP TABLE \`good_practices_rels\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v_version_target_groups\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases_target_groups\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases_decision_moments\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases_decision_moments_locales\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases_recommendations\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases_recommendations_locales\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases_sources\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases_locales\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases_rels\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v_version_target_groups\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v_version_decision_moments\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v_version_decision_moments_locales\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v_version_recommendations\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v_version_recommendations_locales\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`lessons_learned_target_groups\`;`)
  await db.run(sql`DROP TABLE \`lessons_learned_sources\`;`)
  await db.run(sql`DROP TABLE \`lessons_learned\`;`)
  await db.run(sql`DROP TABLE \`lessons_learned_locales\`;`)
  await db.run(sql`DROP TABLE \`lessons_learned_rels\`;`)
  await db.run(sql`DROP TABLE \`_lessons_learned_v_version_target_groups\`;`)
  await db.run(sql`DROP TABLE \`_lessons_learned_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_lessons_learned_v\`;`)
  await db.run(sql`DROP TABLE \`_lessons_learned_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_lessons_learned_v_rels\`;`)
  await db.run(sql`DROP TABLE \`experiences\`;`)
  await db.run(sql`DROP TABLE \`experiences_locales\`;`)
  await db.run(sql`DROP TABLE \`_experiences_v\`;`)
  await db.run(sql`DROP TABLE \`_experiences_v_locales\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
