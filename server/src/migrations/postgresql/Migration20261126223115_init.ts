import { Migration } from '@mikro-orm/migrations';

export class Migration20261126223115_init extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "actor_id" int null, "actor_name" varchar(100) not null, "actor_role" varchar(20) not null, "action" varchar(40) not null, "matter_id" int null, "details" text not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null);`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_hash_unique" unique ("hash");`);

    this.addSql(`create table "branch" ("id" serial primary key, "name" varchar(100) not null);`);
    this.addSql(`alter table "branch" add constraint "branch_name_unique" unique ("name");`);

    this.addSql(`create table "community" ("id" serial primary key, "name" varchar(100) not null, "branch_id" int null);`);
    this.addSql(`alter table "community" add constraint "community_name_unique" unique ("name");`);

    this.addSql(`create table "estate" ("id" serial primary key, "community_id" int not null, "name" varchar(100) not null, "property_company" varchar(100) null);`);
    this.addSql(`alter table "estate" add constraint "estate_community_id_name_unique" unique ("community_id", "name");`);

    this.addSql(`create table "building" ("id" serial primary key, "estate_id" int not null, "name" varchar(100) not null);`);
    this.addSql(`alter table "building" add constraint "building_estate_id_name_unique" unique ("estate_id", "name");`);

    this.addSql(`create table "pavilion" ("id" serial primary key, "name" varchar(100) not null, "community_id" int not null);`);
    this.addSql(`alter table "pavilion" add constraint "pavilion_name_unique" unique ("name");`);

    this.addSql(`create table "meeting" ("id" serial primary key, "pavilion_id" int not null, "community_id" int not null, "title" varchar(100) not null, "starts_at" timestamptz not null, "attendance" int null, "minutes" text null, "created_at" timestamptz not null);`);
    this.addSql(`create index "meeting_community_id_starts_at_index" on "meeting" ("community_id", "starts_at");`);

    this.addSql(`create table "staff_user" ("id" serial primary key, "username" varchar(64) not null, "password_hash" varchar(255) not null, "role" varchar(20) not null, "display_name" varchar(100) not null, "community_id" int null, "branch_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_username_unique" unique ("username");`);

    this.addSql(`create table "unit" ("id" serial primary key, "building_id" int not null, "name" varchar(100) not null);`);
    this.addSql(`alter table "unit" add constraint "unit_building_id_name_unique" unique ("building_id", "name");`);

    this.addSql(`create table "home" ("id" serial primary key, "unit_id" int not null, "floor" int not null, "room" varchar(20) not null, "area_centi_m2" int not null, "owner_key" varchar(64) not null);`);
    this.addSql(`create index "home_owner_key_index" on "home" ("owner_key");`);
    this.addSql(`alter table "home" add constraint "home_unit_id_room_unique" unique ("unit_id", "room");`);

    this.addSql(`create table "home_credential" ("id" serial primary key, "home_id" int not null, "home_code" varchar(16) not null, "pin_hash" varchar(255) not null, "issued_by_id" int null, "issued_at" timestamptz not null);`);
    this.addSql(`alter table "home_credential" add constraint "home_credential_home_id_unique" unique ("home_id");`);
    this.addSql(`alter table "home_credential" add constraint "home_credential_home_code_unique" unique ("home_code");`);

    this.addSql(`create table "auth_session" ("id" serial primary key, "token_hash" varchar(64) not null, "role" varchar(20) not null, "staff_id" int null, "home_id" int null, "community_id" int null, "label" varchar(200) null, "expires_at" timestamptz not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_session_expires_at_index" on "auth_session" ("expires_at");`);

    this.addSql(`create table "matter" ("id" serial primary key, "tracking_code" varchar(16) not null, "title" varchar(60) not null, "description" text not null, "category" varchar(20) not null, "status" varchar(20) not null, "pavilion_id" int not null, "community_id" int not null, "raised_by_id" int null, "contact_phone" varchar(20) null, "created_at" timestamptz not null, "triaged_at" timestamptz null, "completed_at" timestamptz null, "progress" int not null default 0, "second_count" int not null default 0, "decline_reason" varchar(500) null, "resolution_summary" text null, "resolution_outcome" varchar(20) null, "resolved_at" timestamptz null, "merged_into_id" int null, "vote_id" int null, "rating" int null, "rating_comment" varchar(500) null, "rated_at" timestamptz null, "follow_up" boolean not null default false, "version" int not null default 1);`);
    this.addSql(`alter table "matter" add constraint "matter_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`create index "matter_community_id_status_index" on "matter" ("community_id", "status");`);
    this.addSql(`create index "matter_community_id_created_at_id_index" on "matter" ("community_id", "created_at", "id");`);
    this.addSql(`create index "matter_pavilion_id_created_at_id_index" on "matter" ("pavilion_id", "created_at", "id");`);
    this.addSql(`create index "matter_created_at_id_index" on "matter" ("created_at", "id");`);

    this.addSql(`create table "vote" ("id" serial primary key, "matter_id" int not null, "community_id" int not null, "question" varchar(200) not null, "rule" varchar(20) not null, "scope_kind" varchar(10) not null, "scope_id" int not null, "scope_name" varchar(300) not null, "status" varchar(10) not null default 'OPEN', "opened_at" timestamptz not null, "closes_at" timestamptz not null, "closed_at" timestamptz null, "eligible_voters" int not null, "eligible_area_centi_m2" bigint not null, "eligible_homes" int not null, "participating_voters" int not null default 0, "participating_area" bigint not null default 0, "passed" boolean null, "quorum_met" boolean null, "yes_voters" int null, "yes_area" bigint null, "no_voters" int null, "no_area" bigint null, "abstain_voters" int null, "abstain_area" bigint null, "digest" varchar(64) null, "opened_by" int null);`);
    this.addSql(`alter table "vote" add constraint "vote_matter_id_unique" unique ("matter_id");`);
    this.addSql(`create index "vote_status_closes_at_index" on "vote" ("status", "closes_at");`);

    this.addSql(`create table "matter_second" ("id" serial primary key, "matter_id" int not null, "home_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "matter_second" add constraint "matter_second_matter_id_home_id_unique" unique ("matter_id", "home_id");`);

    this.addSql(`create table "notice" ("id" serial primary key, "matter_id" int not null, "community_id" int not null, "kind" varchar(20) not null, "title" varchar(100) not null, "body" text not null, "published_at" timestamptz not null);`);
    this.addSql(`create index "notice_community_id_published_at_index" on "notice" ("community_id", "published_at");`);

    this.addSql(`create table "matter_event" ("id" serial primary key, "matter_id" int not null, "at" timestamptz not null, "status" varchar(20) not null, "kind" varchar(20) not null, "note" text null, "progress" int null);`);
    this.addSql(`create index "matter_event_matter_id_at_index" on "matter_event" ("matter_id", "at");`);

    this.addSql(`create table "cost_plan" ("id" serial primary key, "matter_id" int not null, "scope_kind" varchar(10) not null, "scope_id" int not null, "total_fen" bigint not null, "subsidy_fen" bigint not null, "coefficients" text not null, "calculated_at" timestamptz not null);`);
    this.addSql(`alter table "cost_plan" add constraint "cost_plan_matter_id_unique" unique ("matter_id");`);

    this.addSql(`create table "cost_share" ("id" serial primary key, "plan_id" int not null, "home_id" int not null, "floor" int not null, "area_centi_m2" int not null, "coefficient_permille" int not null, "share_fen" bigint not null);`);
    this.addSql(`alter table "cost_share" add constraint "cost_share_plan_id_home_id_unique" unique ("plan_id", "home_id");`);

    this.addSql(`create table "agenda_item" ("id" serial primary key, "meeting_id" int not null, "matter_id" int not null, "position" int not null);`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_matter_id_unique" unique ("meeting_id", "matter_id");`);

    this.addSql(`create table "vote_elector" ("id" serial primary key, "vote_id" int not null, "home_id" int not null, "voter_key" varchar(64) not null, "floor" int not null, "area_centi_m2" int not null, "voter_area_centi_m2" int not null default 0);`);
    this.addSql(`create index "vote_elector_vote_id_voter_key_index" on "vote_elector" ("vote_id", "voter_key");`);
    this.addSql(`alter table "vote_elector" add constraint "vote_elector_vote_id_home_id_unique" unique ("vote_id", "home_id");`);

    this.addSql(`create table "ballot" ("id" serial primary key, "vote_id" int not null, "voter_key" varchar(64) not null, "home_id" int not null, "choice" varchar(10) not null, "area_centi_m2" int not null, "receipt" varchar(20) not null, "cast_at" timestamptz not null, "channel" varchar(10) not null, "recorded_by" int null);`);
    this.addSql(`alter table "ballot" add constraint "ballot_receipt_unique" unique ("receipt");`);
    this.addSql(`create index "ballot_vote_id_receipt_index" on "ballot" ("vote_id", "receipt");`);
    this.addSql(`alter table "ballot" add constraint "ballot_vote_id_voter_key_unique" unique ("vote_id", "voter_key");`);

    this.addSql(`alter table "community" add constraint "community_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "estate" add constraint "estate_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "building" add constraint "building_estate_id_foreign" foreign key ("estate_id") references "estate" ("id") on update cascade;`);

    this.addSql(`alter table "pavilion" add constraint "pavilion_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "meeting" add constraint "meeting_pavilion_id_foreign" foreign key ("pavilion_id") references "pavilion" ("id") on update cascade;`);
    this.addSql(`alter table "meeting" add constraint "meeting_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "staff_user" add constraint "staff_user_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "unit" add constraint "unit_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade;`);

    this.addSql(`alter table "home" add constraint "home_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "home_credential" add constraint "home_credential_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);
    this.addSql(`alter table "home_credential" add constraint "home_credential_issued_by_id_foreign" foreign key ("issued_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_staff_id_foreign" foreign key ("staff_id") references "staff_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "matter" add constraint "matter_pavilion_id_foreign" foreign key ("pavilion_id") references "pavilion" ("id") on update cascade;`);
    this.addSql(`alter table "matter" add constraint "matter_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "matter" add constraint "matter_raised_by_id_foreign" foreign key ("raised_by_id") references "home" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "matter" add constraint "matter_merged_into_id_foreign" foreign key ("merged_into_id") references "matter" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "matter" add constraint "matter_vote_id_foreign" foreign key ("vote_id") references "vote" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "vote" add constraint "vote_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "matter_second" add constraint "matter_second_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`);
    this.addSql(`alter table "matter_second" add constraint "matter_second_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);

    this.addSql(`alter table "notice" add constraint "notice_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`);
    this.addSql(`alter table "notice" add constraint "notice_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "matter_event" add constraint "matter_event_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`);

    this.addSql(`alter table "cost_plan" add constraint "cost_plan_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`);

    this.addSql(`alter table "cost_share" add constraint "cost_share_plan_id_foreign" foreign key ("plan_id") references "cost_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cost_share" add constraint "cost_share_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);

    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`);

    this.addSql(`alter table "vote_elector" add constraint "vote_elector_vote_id_foreign" foreign key ("vote_id") references "vote" ("id") on update cascade;`);
    this.addSql(`alter table "vote_elector" add constraint "vote_elector_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);

    this.addSql(`alter table "ballot" add constraint "ballot_vote_id_foreign" foreign key ("vote_id") references "vote" ("id") on update cascade;`);
    this.addSql(`alter table "ballot" add constraint "ballot_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "community" drop constraint "community_branch_id_foreign";`);

    this.addSql(`alter table "staff_user" drop constraint "staff_user_branch_id_foreign";`);

    this.addSql(`alter table "estate" drop constraint "estate_community_id_foreign";`);

    this.addSql(`alter table "pavilion" drop constraint "pavilion_community_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_community_id_foreign";`);

    this.addSql(`alter table "staff_user" drop constraint "staff_user_community_id_foreign";`);

    this.addSql(`alter table "matter" drop constraint "matter_community_id_foreign";`);

    this.addSql(`alter table "vote" drop constraint "vote_community_id_foreign";`);

    this.addSql(`alter table "notice" drop constraint "notice_community_id_foreign";`);

    this.addSql(`alter table "building" drop constraint "building_estate_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_building_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_pavilion_id_foreign";`);

    this.addSql(`alter table "matter" drop constraint "matter_pavilion_id_foreign";`);

    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);

    this.addSql(`alter table "home_credential" drop constraint "home_credential_issued_by_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_staff_id_foreign";`);

    this.addSql(`alter table "home" drop constraint "home_unit_id_foreign";`);

    this.addSql(`alter table "home_credential" drop constraint "home_credential_home_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_home_id_foreign";`);

    this.addSql(`alter table "matter" drop constraint "matter_raised_by_id_foreign";`);

    this.addSql(`alter table "matter_second" drop constraint "matter_second_home_id_foreign";`);

    this.addSql(`alter table "cost_share" drop constraint "cost_share_home_id_foreign";`);

    this.addSql(`alter table "vote_elector" drop constraint "vote_elector_home_id_foreign";`);

    this.addSql(`alter table "ballot" drop constraint "ballot_home_id_foreign";`);

    this.addSql(`alter table "matter" drop constraint "matter_merged_into_id_foreign";`);

    this.addSql(`alter table "vote" drop constraint "vote_matter_id_foreign";`);

    this.addSql(`alter table "matter_second" drop constraint "matter_second_matter_id_foreign";`);

    this.addSql(`alter table "notice" drop constraint "notice_matter_id_foreign";`);

    this.addSql(`alter table "matter_event" drop constraint "matter_event_matter_id_foreign";`);

    this.addSql(`alter table "cost_plan" drop constraint "cost_plan_matter_id_foreign";`);

    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_matter_id_foreign";`);

    this.addSql(`alter table "matter" drop constraint "matter_vote_id_foreign";`);

    this.addSql(`alter table "vote_elector" drop constraint "vote_elector_vote_id_foreign";`);

    this.addSql(`alter table "ballot" drop constraint "ballot_vote_id_foreign";`);

    this.addSql(`alter table "cost_share" drop constraint "cost_share_plan_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "branch" cascade;`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "estate" cascade;`);

    this.addSql(`drop table if exists "building" cascade;`);

    this.addSql(`drop table if exists "pavilion" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "staff_user" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "home" cascade;`);

    this.addSql(`drop table if exists "home_credential" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "matter" cascade;`);

    this.addSql(`drop table if exists "vote" cascade;`);

    this.addSql(`drop table if exists "matter_second" cascade;`);

    this.addSql(`drop table if exists "notice" cascade;`);

    this.addSql(`drop table if exists "matter_event" cascade;`);

    this.addSql(`drop table if exists "cost_plan" cascade;`);

    this.addSql(`drop table if exists "cost_share" cascade;`);

    this.addSql(`drop table if exists "agenda_item" cascade;`);

    this.addSql(`drop table if exists "vote_elector" cascade;`);

    this.addSql(`drop table if exists "ballot" cascade;`);
  }

}
