import { Migration } from '@mikro-orm/migrations';

export class Migration20261127111348_raise_place_and_drafts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "raise_draft" ("id" serial primary key, "code" varchar(16) not null, "pavilion_id" int not null, "category" varchar(20) not null, "problem" varchar(40) null, "building_id" int null, "unit_id" int null, "title" varchar(60) null, "description" text null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "matter_id" int null);`);
    this.addSql(`alter table "raise_draft" add constraint "raise_draft_code_unique" unique ("code");`);
    this.addSql(`create index "raise_draft_expires_at_index" on "raise_draft" ("expires_at");`);

    this.addSql(`alter table "raise_draft" add constraint "raise_draft_pavilion_id_foreign" foreign key ("pavilion_id") references "pavilion" ("id") on update cascade;`);
    this.addSql(`alter table "raise_draft" add constraint "raise_draft_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "matter" add column "building_id" int null, add column "unit_id" int null, add column "place" varchar(220) null, add column "problem_id" varchar(40) null;`);
    this.addSql(`alter table "matter" add constraint "matter_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "matter" add constraint "matter_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "raise_draft" cascade;`);

    this.addSql(`alter table "matter" drop constraint "matter_building_id_foreign";`);
    this.addSql(`alter table "matter" drop constraint "matter_unit_id_foreign";`);

    this.addSql(`alter table "matter" drop column "building_id", drop column "unit_id", drop column "place", drop column "problem_id";`);
  }

}
