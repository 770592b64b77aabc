import { Migration } from '@mikro-orm/migrations';

export class Migration20261127135648_service_centre extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification" ("id" serial primary key, "community_id" int not null, "phone" varchar(20) not null, "text" varchar(500) not null, "tracking_code" varchar(16) not null, "status" varchar(10) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "claimed_until" timestamptz null, "last_error" varchar(300) null, "created_at" timestamptz not null, "sent_at" timestamptz null);`);
    this.addSql(`create index "notification_community_id_created_at_index" on "notification" ("community_id", "created_at");`);
    this.addSql(`create index "notification_status_next_attempt_at_index" on "notification" ("status", "next_attempt_at");`);

    this.addSql(`create table "service_category" ("id" serial primary key, "code" varchar(20) not null, "name" varchar(40) not null, "position" int not null);`);
    this.addSql(`alter table "service_category" add constraint "service_category_code_unique" unique ("code");`);

    this.addSql(`create table "service_item" ("id" serial primary key, "code" varchar(20) not null, "version" int not null, "current" boolean not null, "category_id" int not null, "name" varchar(40) not null, "standard" varchar(300) not null, "respond_minutes" int not null, "resolve_minutes" int not null, "paid" boolean not null, "team_kind" varchar(20) not null, "position" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "service_item_current_position_index" on "service_item" ("current", "position");`);
    this.addSql(`alter table "service_item" add constraint "service_item_code_version_unique" unique ("code", "version");`);

    this.addSql(`create table "service_team" ("id" serial primary key, "name" varchar(60) not null, "kind" varchar(20) not null, "community_id" int not null);`);
    this.addSql(`create index "service_team_community_id_kind_index" on "service_team" ("community_id", "kind");`);

    this.addSql(`create table "service_duty" ("id" serial primary key, "team_id" int not null, "weekday" int not null);`);
    this.addSql(`alter table "service_duty" add constraint "service_duty_team_id_weekday_unique" unique ("team_id", "weekday");`);

    this.addSql(`create table "service_team_member" ("id" serial primary key, "team_id" int not null, "staff_id" int not null);`);
    this.addSql(`create index "service_team_member_staff_id_index" on "service_team_member" ("staff_id");`);
    this.addSql(`alter table "service_team_member" add constraint "service_team_member_team_id_staff_id_unique" unique ("team_id", "staff_id");`);

    this.addSql(`create table "work_order" ("id" serial primary key, "tracking_code" varchar(16) not null, "item_id" int not null, "status" varchar(20) not null, "source" varchar(20) not null, "community_id" int not null, "pavilion_id" int null, "building_id" int null, "note" text null, "team_id" int null, "matter_id" int null, "contact_phone" varchar(20) null, "reported_by_id" int null, "reported_at" timestamptz not null, "respond_by" timestamptz not null, "resolve_by" timestamptz not null, "acknowledged_at" timestamptz null, "done_at" timestamptz null, "responded_in_minutes" int null, "resolved_on_time" boolean null, "reporter_count" int not null default 1, "urge_count" int not null default 0, "rework_count" int not null default 0, "reason" varchar(500) null, "rating_speed" int null, "rating_quality" int null, "rating_comment" varchar(500) null, "rated_at" timestamptz null, "follow_up" boolean not null default false, "respond_warned" boolean not null default false, "resolve_warned" boolean not null default false, "due_at" timestamptz null, "version" int not null default 1);`);
    this.addSql(`alter table "work_order" add constraint "work_order_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`create index "work_order_matter_id_index" on "work_order" ("matter_id");`);
    this.addSql(`create index "work_order_community_id_item_id_building_id_status_index" on "work_order" ("community_id", "item_id", "building_id", "status");`);
    this.addSql(`create index "work_order_reported_at_index" on "work_order" ("reported_at");`);
    this.addSql(`create index "work_order_status_respond_by_index" on "work_order" ("status", "respond_by");`);
    this.addSql(`create index "work_order_team_id_due_at_index" on "work_order" ("team_id", "due_at");`);
    this.addSql(`create index "work_order_community_id_due_at_index" on "work_order" ("community_id", "due_at");`);
    this.addSql(`create index "work_order_team_id_status_index" on "work_order" ("team_id", "status");`);
    this.addSql(`create index "work_order_community_id_status_index" on "work_order" ("community_id", "status");`);

    this.addSql(`create table "work_order_event" ("id" serial primary key, "work_order_id" int not null, "at" timestamptz not null, "status" varchar(20) not null, "kind" varchar(20) not null, "note" text null, "by" varchar(100) null);`);
    this.addSql(`create index "work_order_event_work_order_id_at_index" on "work_order_event" ("work_order_id", "at");`);

    this.addSql(`alter table "notification" add constraint "notification_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "service_item" add constraint "service_item_category_id_foreign" foreign key ("category_id") references "service_category" ("id") on update cascade;`);

    this.addSql(`alter table "service_team" add constraint "service_team_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "service_duty" add constraint "service_duty_team_id_foreign" foreign key ("team_id") references "service_team" ("id") on update cascade;`);

    this.addSql(`alter table "service_team_member" add constraint "service_team_member_team_id_foreign" foreign key ("team_id") references "service_team" ("id") on update cascade;`);
    this.addSql(`alter table "service_team_member" add constraint "service_team_member_staff_id_foreign" foreign key ("staff_id") references "staff_user" ("id") on update cascade;`);

    this.addSql(`alter table "work_order" add constraint "work_order_item_id_foreign" foreign key ("item_id") references "service_item" ("id") on update cascade;`);
    this.addSql(`alter table "work_order" add constraint "work_order_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "work_order" add constraint "work_order_pavilion_id_foreign" foreign key ("pavilion_id") references "pavilion" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "work_order" add constraint "work_order_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "work_order" add constraint "work_order_team_id_foreign" foreign key ("team_id") references "service_team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "work_order" add constraint "work_order_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "work_order" add constraint "work_order_reported_by_id_foreign" foreign key ("reported_by_id") references "home" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "work_order_event" add constraint "work_order_event_work_order_id_foreign" foreign key ("work_order_id") references "work_order" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_item" drop constraint "service_item_category_id_foreign";`);

    this.addSql(`alter table "work_order" drop constraint "work_order_item_id_foreign";`);

    this.addSql(`alter table "service_duty" drop constraint "service_duty_team_id_foreign";`);

    this.addSql(`alter table "service_team_member" drop constraint "service_team_member_team_id_foreign";`);

    this.addSql(`alter table "work_order" drop constraint "work_order_team_id_foreign";`);

    this.addSql(`alter table "work_order_event" drop constraint "work_order_event_work_order_id_foreign";`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "service_category" cascade;`);

    this.addSql(`drop table if exists "service_item" cascade;`);

    this.addSql(`drop table if exists "service_team" cascade;`);

    this.addSql(`drop table if exists "service_duty" cascade;`);

    this.addSql(`drop table if exists "service_team_member" cascade;`);

    this.addSql(`drop table if exists "work_order" cascade;`);

    this.addSql(`drop table if exists "work_order_event" cascade;`);
  }

}
