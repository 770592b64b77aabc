import { Migration } from '@mikro-orm/migrations';

export class Migration20261127164029_evaluation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "evaluation_standard" ("version" int not null, "body" text not null, "created_at" timestamptz not null, constraint "evaluation_standard_pkey" primary key ("version"));`);

    this.addSql(`create table "property_company" ("id" serial primary key, "name" varchar(100) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "property_company" add constraint "property_company_name_unique" unique ("name");`);

    this.addSql(`create table "fee_collection" ("id" serial primary key, "estate_id" int not null, "month" varchar(7) not null, "billed_homes" int not null, "paid_homes" int not null, "imported_at" timestamptz not null);`);
    this.addSql(`alter table "fee_collection" add constraint "fee_collection_estate_id_month_unique" unique ("estate_id", "month");`);

    this.addSql(`create table "inspection" ("id" serial primary key, "company_id" int not null, "month" varchar(7) not null, "inspector_id" int not null, "community_id" int null, "note" varchar(500) null, "recorded_at" timestamptz not null);`);
    this.addSql(`create index "inspection_month_index" on "inspection" ("month");`);
    this.addSql(`alter table "inspection" add constraint "inspection_company_id_month_inspector_id_unique" unique ("company_id", "month", "inspector_id");`);

    this.addSql(`create table "inspection_score" ("id" serial primary key, "inspection_id" int not null, "indicator" varchar(8) not null, "centipoints" int not null);`);
    this.addSql(`alter table "inspection_score" add constraint "inspection_score_inspection_id_indicator_unique" unique ("inspection_id", "indicator");`);

    this.addSql(`create table "evaluation_close" ("id" serial primary key, "kind" varchar(10) not null, "period" varchar(7) not null, "standard_version" int not null, "closed_by_id" int not null, "closed_at" timestamptz not null);`);
    this.addSql(`alter table "evaluation_close" add constraint "evaluation_close_kind_period_unique" unique ("kind", "period");`);

    this.addSql(`create table "frozen_scorecard" ("id" serial primary key, "close_id" int not null, "company_id" int not null, "rank" int not null, "body" text not null);`);
    this.addSql(`alter table "frozen_scorecard" add constraint "frozen_scorecard_close_id_company_id_unique" unique ("close_id", "company_id");`);

    this.addSql(`create table "third_party_score" ("id" serial primary key, "company_id" int not null, "period" varchar(7) not null, "indicator" varchar(8) not null, "centipoints" int not null, "imported_at" timestamptz not null);`);
    this.addSql(`alter table "third_party_score" add constraint "third_party_score_company_id_period_indicator_unique" unique ("company_id", "period", "indicator");`);

    this.addSql(`create table "property_rating" ("id" serial primary key, "home_id" int not null, "estate_id" int not null, "company_id" int not null, "month" varchar(7) not null, "comment" varchar(300) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "property_rating_company_id_month_index" on "property_rating" ("company_id", "month");`);
    this.addSql(`alter table "property_rating" add constraint "property_rating_home_id_month_unique" unique ("home_id", "month");`);

    this.addSql(`create table "property_rating_score" ("id" serial primary key, "rating_id" int not null, "indicator" varchar(8) not null, "stars" int not null);`);
    this.addSql(`alter table "property_rating_score" add constraint "property_rating_score_rating_id_indicator_unique" unique ("rating_id", "indicator");`);

    this.addSql(`create table "property_complaint" ("id" serial primary key, "estate_id" int not null, "company_id" int not null, "home_id" int not null, "topic" varchar(20) not null, "note" varchar(300) null, "created_at" timestamptz not null);`);
    this.addSql(`create index "property_complaint_home_id_created_at_index" on "property_complaint" ("home_id", "created_at");`);
    this.addSql(`create index "property_complaint_company_id_created_at_index" on "property_complaint" ("company_id", "created_at");`);

    this.addSql(`create table "property_review" ("id" serial primary key, "matter_id" int not null, "scorecard_id" int not null, "estate_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "property_review" add constraint "property_review_matter_id_unique" unique ("matter_id");`);
    this.addSql(`alter table "property_review" add constraint "property_review_scorecard_id_estate_id_unique" unique ("scorecard_id", "estate_id");`);

    this.addSql(`alter table "fee_collection" add constraint "fee_collection_estate_id_foreign" foreign key ("estate_id") references "estate" ("id") on update cascade;`);

    this.addSql(`alter table "inspection" add constraint "inspection_company_id_foreign" foreign key ("company_id") references "property_company" ("id") on update cascade;`);
    this.addSql(`alter table "inspection" add constraint "inspection_inspector_id_foreign" foreign key ("inspector_id") references "staff_user" ("id") on update cascade;`);
    this.addSql(`alter table "inspection" add constraint "inspection_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "inspection_score" add constraint "inspection_score_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "evaluation_close" add constraint "evaluation_close_closed_by_id_foreign" foreign key ("closed_by_id") references "staff_user" ("id") on update cascade;`);

    this.addSql(`alter table "frozen_scorecard" add constraint "frozen_scorecard_close_id_foreign" foreign key ("close_id") references "evaluation_close" ("id") on update cascade;`);
    this.addSql(`alter table "frozen_scorecard" add constraint "frozen_scorecard_company_id_foreign" foreign key ("company_id") references "property_company" ("id") on update cascade;`);

    this.addSql(`alter table "third_party_score" add constraint "third_party_score_company_id_foreign" foreign key ("company_id") references "property_company" ("id") on update cascade;`);

    this.addSql(`alter table "property_rating" add constraint "property_rating_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);
    this.addSql(`alter table "property_rating" add constraint "property_rating_estate_id_foreign" foreign key ("estate_id") references "estate" ("id") on update cascade;`);
    this.addSql(`alter table "property_rating" add constraint "property_rating_company_id_foreign" foreign key ("company_id") references "property_company" ("id") on update cascade;`);

    this.addSql(`alter table "property_rating_score" add constraint "property_rating_score_rating_id_foreign" foreign key ("rating_id") references "property_rating" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "property_complaint" add constraint "property_complaint_estate_id_foreign" foreign key ("estate_id") references "estate" ("id") on update cascade;`);
    this.addSql(`alter table "property_complaint" add constraint "property_complaint_company_id_foreign" foreign key ("company_id") references "property_company" ("id") on update cascade;`);
    this.addSql(`alter table "property_complaint" add constraint "property_complaint_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);

    this.addSql(`alter table "property_review" add constraint "property_review_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`);
    this.addSql(`alter table "property_review" add constraint "property_review_scorecard_id_foreign" foreign key ("scorecard_id") references "frozen_scorecard" ("id") on update cascade;`);
    this.addSql(`alter table "property_review" add constraint "property_review_estate_id_foreign" foreign key ("estate_id") references "estate" ("id") on update cascade;`);

    this.addSql(`alter table "notice" drop constraint "notice_matter_id_foreign";`);

    // The company of an estate becomes a row of its own; estates keep the company they named.
    this.addSql(`alter table "estate" add column "company_id" int null;`);
    this.addSql(`alter table "estate" add constraint "estate_company_id_foreign" foreign key ("company_id") references "property_company" ("id") on update cascade on delete set null;`);
    this.addSql(`insert into "property_company" ("name", "created_at") select distinct "property_company", now() from "estate" where "property_company" is not null;`);
    this.addSql(`update "estate" set "company_id" = (select "id" from "property_company" where "name" = "estate"."property_company");`);
    this.addSql(`alter table "estate" drop column "property_company";`);

    this.addSql(`alter table "notice" alter column "matter_id" type int using ("matter_id"::int);`);
    this.addSql(`alter table "notice" alter column "matter_id" drop not null;`);
    this.addSql(`alter table "notice" add constraint "notice_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "estate" drop constraint "estate_company_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_company_id_foreign";`);

    this.addSql(`alter table "frozen_scorecard" drop constraint "frozen_scorecard_company_id_foreign";`);

    this.addSql(`alter table "third_party_score" drop constraint "third_party_score_company_id_foreign";`);

    this.addSql(`alter table "property_rating" drop constraint "property_rating_company_id_foreign";`);

    this.addSql(`alter table "property_complaint" drop constraint "property_complaint_company_id_foreign";`);

    this.addSql(`alter table "inspection_score" drop constraint "inspection_score_inspection_id_foreign";`);

    this.addSql(`alter table "frozen_scorecard" drop constraint "frozen_scorecard_close_id_foreign";`);

    this.addSql(`alter table "property_review" drop constraint "property_review_scorecard_id_foreign";`);

    this.addSql(`alter table "property_rating_score" drop constraint "property_rating_score_rating_id_foreign";`);

    this.addSql(`drop table if exists "evaluation_standard" cascade;`);

    this.addSql(`drop table if exists "property_company" cascade;`);

    this.addSql(`drop table if exists "fee_collection" cascade;`);

    this.addSql(`drop table if exists "inspection" cascade;`);

    this.addSql(`drop table if exists "inspection_score" cascade;`);

    this.addSql(`drop table if exists "evaluation_close" cascade;`);

    this.addSql(`drop table if exists "frozen_scorecard" cascade;`);

    this.addSql(`drop table if exists "third_party_score" cascade;`);

    this.addSql(`drop table if exists "property_rating" cascade;`);

    this.addSql(`drop table if exists "property_rating_score" cascade;`);

    this.addSql(`drop table if exists "property_complaint" cascade;`);

    this.addSql(`drop table if exists "property_review" cascade;`);

    this.addSql(`alter table "notice" drop constraint "notice_matter_id_foreign";`);

    this.addSql(`alter table "estate" drop column "company_id";`);

    this.addSql(`alter table "estate" add column "property_company" varchar(100) null;`);

    this.addSql(`alter table "notice" alter column "matter_id" type int4 using ("matter_id"::int4);`);
    this.addSql(`alter table "notice" alter column "matter_id" set not null;`);
    this.addSql(`alter table "notice" add constraint "notice_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade on delete no action;`);
  }

}
