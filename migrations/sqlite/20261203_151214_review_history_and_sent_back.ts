import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`interventions_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`move\` text,
  	\`by_name\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interventions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interventions_review_history_order_idx\` ON \`interventions_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interventions_review_history_parent_id_idx\` ON \`interventions_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interventions_review_history_by_idx\` ON \`interventions_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_interventions_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`move\` text,
  	\`by_name\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interventions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_review_history_order_idx\` ON \`_interventions_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_review_history_parent_id_idx\` ON \`_interventions_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interventions_v_version_review_history_by_idx\` ON \`_interventions_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`good_practices_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`move\` text,
  	\`by_name\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`good_practices_review_history_order_idx\` ON \`good_practices_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_review_history_parent_id_idx\` ON \`good_practices_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_review_history_by_idx\` ON \`good_practices_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_good_practices_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`move\` text,
  	\`by_name\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_good_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_review_history_order_idx\` ON \`_good_practices_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_review_history_parent_id_idx\` ON \`_good_practices_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_review_history_by_idx\` ON \`_good_practices_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_cases_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`move\` text,
  	\`by_name\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_cases_review_history_order_idx\` ON \`knowledge_cases_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_review_history_parent_id_idx\` ON \`knowledge_cases_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_cases_review_history_by_idx\` ON \`knowledge_cases_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_cases_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`move\` text,
  	\`by_name\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_review_history_order_idx\` ON \`_knowledge_cases_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_review_history_parent_id_idx\` ON \`_knowledge_cases_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_cases_v_version_review_history_by_idx\` ON \`_knowledge_cases_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_learned_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`move\` text,
  	\`by_name\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons_learned\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_learned_review_history_order_idx\` ON \`lessons_learned_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_review_history_parent_id_idx\` ON \`lessons_learned_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_learned_review_history_by_idx\` ON \`lessons_learned_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_learned_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`move\` text,
  	\`by_name\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_learned_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_review_history_order_idx\` ON \`_lessons_learned_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_review_history_parent_id_idx\` ON \`_lessons_learned_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_learned_v_version_review_history_by_idx\` ON \`_lessons_learned_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`experiences_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`move\` text,
  	\`by_name\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`experiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`experiences_review_history_order_idx\` ON \`experiences_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`experiences_review_history_parent_id_idx\` ON \`experiences_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`experiences_review_history_by_idx\` ON \`experiences_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_experiences_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`move\` text,
  	\`by_name\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_experiences_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_review_history_order_idx\` ON \`_experiences_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_review_history_parent_id_idx\` ON \`_experiences_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_experiences_v_version_review_history_by_idx\` ON \`_experiences_v_version_review_history\` (\`by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`interventions_review_history\`;`)
  await db.run(sql`DROP TABLE \`_interventions_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`good_practices_review_history\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`knowledge_cases_review_history\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_cases_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`lessons_learned_review_history\`;`)
  await db.run(sql`DROP TABLE \`_lessons_learned_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`experiences_review_history\`;`)
  await db.run(sql`DROP TABLE \`_experiences_v_version_review_history\`;`)
}
