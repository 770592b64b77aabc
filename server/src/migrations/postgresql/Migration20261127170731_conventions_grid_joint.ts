import { Migration } from '@mikro-orm/migrations';

export class Migration20261127170731_conventions_grid_joint extends Migration {

  override async up(): Promise<void> {
    // A convention's vote covers whole communities: a longer scope kind (COMMUNITIES).
    this.addSql(`alter table "vote" alter column "scope_kind" type varchar(20) using ("scope_kind"::varchar(20));`);

    this.addSql(`create table "joint_unit" ("id" serial primary key, "name" varchar(60) not null, "kind" varchar(20) not null);`);
    this.addSql(`alter table "joint_unit" add constraint "joint_unit_name_unique" unique ("name");`);

    this.addSql(`create table "grid_post" ("id" serial primary key, "role" varchar(20) not null, "name" varchar(40) not null, "community_id" int not null, "building_id" int null, "area" varchar(100) null, "parent_id" int null, "phone" varchar(20) null, "created_at" timestamptz not null);`);
    this.addSql(`create index "grid_post_building_id_role_index" on "grid_post" ("building_id", "role");`);
    this.addSql(`create index "grid_post_community_id_role_index" on "grid_post" ("community_id", "role");`);

    this.addSql(`create table "joint_meeting" ("id" serial primary key, "quarter" varchar(7) not null, "held_at" timestamptz not null, "minutes" text null, "recorded_by_id" int not null);`);
    this.addSql(`create index "joint_meeting_held_at_index" on "joint_meeting" ("held_at");`);

    this.addSql(`create table "joint_problem" ("id" serial primary key, "title" varchar(100) not null, "lead_unit_id" int not null, "due_by" timestamptz not null, "status" varchar(10) not null default 'OPEN', "raised_at_id" int not null, "carried_over" int not null default 0, "solved_at" timestamptz null, "solved_note" varchar(300) null);`);
    this.addSql(`create index "joint_problem_status_index" on "joint_problem" ("status");`);

    this.addSql(`create table "joint_partner" ("id" serial primary key, "problem_id" int not null, "unit_id" int not null);`);
    this.addSql(`alter table "joint_partner" add constraint "joint_partner_problem_id_unit_id_unique" unique ("problem_id", "unit_id");`);

    this.addSql(`create table "joint_attendance" ("id" serial primary key, "meeting_id" int not null, "unit_id" int not null);`);
    this.addSql(`alter table "joint_attendance" add constraint "joint_attendance_meeting_id_unit_id_unique" unique ("meeting_id", "unit_id");`);

    this.addSql(`create table "joint_agenda" ("id" serial primary key, "meeting_id" int not null, "problem_id" int not null, "carried" boolean not null);`);
    this.addSql(`alter table "joint_agenda" add constraint "joint_agenda_meeting_id_problem_id_unique" unique ("meeting_id", "problem_id");`);

    this.addSql(`create table "convention" ("id" serial primary key, "title" varchar(60) not null, "stage" varchar(20) not null, "version" int not null, "in_force_version" int null, "consultation_closes_at" timestamptz null, "matter_id" int null, "vote_id" int null, "drafted_by_id" int not null, "created_at" timestamptz not null, "row_version" int not null default 1);`);

    this.addSql(`create table "convention_version" ("id" serial primary key, "convention_id" int not null, "version" int not null, "published_at" timestamptz not null, "articles" text not null, "changes" text not null);`);
    this.addSql(`alter table "convention_version" add constraint "convention_version_convention_id_version_unique" unique ("convention_id", "version");`);

    this.addSql(`create table "convention_community" ("id" serial primary key, "convention_id" int not null, "community_id" int not null);`);
    this.addSql(`create index "convention_community_community_id_index" on "convention_community" ("community_id");`);
    this.addSql(`alter table "convention_community" add constraint "convention_community_convention_id_community_id_unique" unique ("convention_id", "community_id");`);

    this.addSql(`create table "convention_article" ("id" serial primary key, "convention_id" int not null, "number" int not null, "text" varchar(500) not null);`);
    this.addSql(`alter table "convention_article" add constraint "convention_article_convention_id_number_unique" unique ("convention_id", "number");`);

    this.addSql(`create table "article_comment" ("id" serial primary key, "article_id" int not null, "home_id" int not null, "text" varchar(300) not null, "at" timestamptz not null);`);
    this.addSql(`create index "article_comment_article_id_at_index" on "article_comment" ("article_id", "at");`);

    this.addSql(`create table "amendment" ("id" serial primary key, "article_id" int not null, "home_id" int not null, "text" varchar(500) not null, "reason" varchar(300) null, "state" varchar(10) not null default 'PROPOSED', "support" int not null default 0, "decision_note" varchar(300) null, "applied_in_version" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "amendment_article_id_state_index" on "amendment" ("article_id", "state");`);

    this.addSql(`create table "amendment_support" ("id" serial primary key, "amendment_id" int not null, "home_id" int not null);`);
    this.addSql(`alter table "amendment_support" add constraint "amendment_support_amendment_id_home_id_unique" unique ("amendment_id", "home_id");`);

    this.addSql(`create table "breach" ("id" serial primary key, "convention_id" int not null, "article_id" int not null, "community_id" int not null, "building_id" int null, "place" varchar(100) not null, "outcome" varchar(10) not null, "note" varchar(300) null, "recorded_by_id" int not null, "at" timestamptz not null);`);
    this.addSql(`create index "breach_convention_id_at_index" on "breach" ("convention_id", "at");`);

    this.addSql(`alter table "grid_post" add constraint "grid_post_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "grid_post" add constraint "grid_post_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "grid_post" add constraint "grid_post_parent_id_foreign" foreign key ("parent_id") references "grid_post" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "joint_meeting" add constraint "joint_meeting_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff_user" ("id") on update cascade;`);

    this.addSql(`alter table "joint_problem" add constraint "joint_problem_lead_unit_id_foreign" foreign key ("lead_unit_id") references "joint_unit" ("id") on update cascade;`);
    this.addSql(`alter table "joint_problem" add constraint "joint_problem_raised_at_id_foreign" foreign key ("raised_at_id") references "joint_meeting" ("id") on update cascade;`);

    this.addSql(`alter table "joint_partner" add constraint "joint_partner_problem_id_foreign" foreign key ("problem_id") references "joint_problem" ("id") on update cascade;`);
    this.addSql(`alter table "joint_partner" add constraint "joint_partner_unit_id_foreign" foreign key ("unit_id") references "joint_unit" ("id") on update cascade;`);

    this.addSql(`alter table "joint_attendance" add constraint "joint_attendance_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade;`);
    this.addSql(`alter table "joint_attendance" add constraint "joint_attendance_unit_id_foreign" foreign key ("unit_id") references "joint_unit" ("id") on update cascade;`);

    this.addSql(`alter table "joint_agenda" add constraint "joint_agenda_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade;`);
    this.addSql(`alter table "joint_agenda" add constraint "joint_agenda_problem_id_foreign" foreign key ("problem_id") references "joint_problem" ("id") on update cascade;`);

    this.addSql(`alter table "convention" add constraint "convention_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "convention" add constraint "convention_vote_id_foreign" foreign key ("vote_id") references "vote" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "convention" add constraint "convention_drafted_by_id_foreign" foreign key ("drafted_by_id") references "staff_user" ("id") on update cascade;`);

    this.addSql(`alter table "convention_version" add constraint "convention_version_convention_id_foreign" foreign key ("convention_id") references "convention" ("id") on update cascade;`);

    this.addSql(`alter table "convention_community" add constraint "convention_community_convention_id_foreign" foreign key ("convention_id") references "convention" ("id") on update cascade;`);
    this.addSql(`alter table "convention_community" add constraint "convention_community_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "convention_article" add constraint "convention_article_convention_id_foreign" foreign key ("convention_id") references "convention" ("id") on update cascade;`);

    this.addSql(`alter table "article_comment" add constraint "article_comment_article_id_foreign" foreign key ("article_id") references "convention_article" ("id") on update cascade;`);
    this.addSql(`alter table "article_comment" add constraint "article_comment_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);

    this.addSql(`alter table "amendment" add constraint "amendment_article_id_foreign" foreign key ("article_id") references "convention_article" ("id") on update cascade;`);
    this.addSql(`alter table "amendment" add constraint "amendment_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);

    this.addSql(`alter table "amendment_support" add constraint "amendment_support_amendment_id_foreign" foreign key ("amendment_id") references "amendment" ("id") on update cascade;`);
    this.addSql(`alter table "amendment_support" add constraint "amendment_support_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);

    this.addSql(`alter table "breach" add constraint "breach_convention_id_foreign" foreign key ("convention_id") references "convention" ("id") on update cascade;`);
    this.addSql(`alter table "breach" add constraint "breach_article_id_foreign" foreign key ("article_id") references "convention_article" ("id") on update cascade;`);
    this.addSql(`alter table "breach" add constraint "breach_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "breach" add constraint "breach_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "breach" add constraint "breach_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "vote" alter column "scope_kind" type varchar(10) using ("scope_kind"::varchar(10));`);

    this.addSql(`alter table "joint_problem" drop constraint "joint_problem_lead_unit_id_foreign";`);

    this.addSql(`alter table "joint_partner" drop constraint "joint_partner_unit_id_foreign";`);

    this.addSql(`alter table "joint_attendance" drop constraint "joint_attendance_unit_id_foreign";`);

    this.addSql(`alter table "grid_post" drop constraint "grid_post_parent_id_foreign";`);

    this.addSql(`alter table "joint_problem" drop constraint "joint_problem_raised_at_id_foreign";`);

    this.addSql(`alter table "joint_attendance" drop constraint "joint_attendance_meeting_id_foreign";`);

    this.addSql(`alter table "joint_agenda" drop constraint "joint_agenda_meeting_id_foreign";`);

    this.addSql(`alter table "joint_partner" drop constraint "joint_partner_problem_id_foreign";`);

    this.addSql(`alter table "joint_agenda" drop constraint "joint_agenda_problem_id_foreign";`);

    this.addSql(`alter table "convention_version" drop constraint "convention_version_convention_id_foreign";`);

    this.addSql(`alter table "convention_community" drop constraint "convention_community_convention_id_foreign";`);

    this.addSql(`alter table "convention_article" drop constraint "convention_article_convention_id_foreign";`);

    this.addSql(`alter table "breach" drop constraint "breach_convention_id_foreign";`);

    this.addSql(`alter table "article_comment" drop constraint "article_comment_article_id_foreign";`);

    this.addSql(`alter table "amendment" drop constraint "amendment_article_id_foreign";`);

    this.addSql(`alter table "breach" drop constraint "breach_article_id_foreign";`);

    this.addSql(`alter table "amendment_support" drop constraint "amendment_support_amendment_id_foreign";`);

    this.addSql(`drop table if exists "joint_unit" cascade;`);

    this.addSql(`drop table if exists "grid_post" cascade;`);

    this.addSql(`drop table if exists "joint_meeting" cascade;`);

    this.addSql(`drop table if exists "joint_problem" cascade;`);

    this.addSql(`drop table if exists "joint_partner" cascade;`);

    this.addSql(`drop table if exists "joint_attendance" cascade;`);

    this.addSql(`drop table if exists "joint_agenda" cascade;`);

    this.addSql(`drop table if exists "convention" cascade;`);

    this.addSql(`drop table if exists "convention_version" cascade;`);

    this.addSql(`drop table if exists "convention_community" cascade;`);

    this.addSql(`drop table if exists "convention_article" cascade;`);

    this.addSql(`drop table if exists "article_comment" cascade;`);

    this.addSql(`drop table if exists "amendment" cascade;`);

    this.addSql(`drop table if exists "amendment_support" cascade;`);

    this.addSql(`drop table if exists "breach" cascade;`);
  }

}
