import { Migration } from '@mikro-orm/migrations';

export class Migration20261126215344_init extends Migration {

  override async up(): Promise<void> {
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

    this.addSql(`create table "auth_session" ("id" serial primary key, "token_hash" varchar(64) not null, "role" varchar(20) not null, "staff_id" int null, "home_id" int null, "expires_at" timestamptz not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_session_expires_at_index" on "auth_session" ("expires_at");`);

    this.addSql(`alter table "community" add constraint "community_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "estate" add constraint "estate_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "building" add constraint "building_estate_id_foreign" foreign key ("estate_id") references "estate" ("id") on update cascade;`);

    this.addSql(`alter table "pavilion" add constraint "pavilion_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "staff_user" add constraint "staff_user_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "unit" add constraint "unit_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade;`);

    this.addSql(`alter table "home" add constraint "home_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "home_credential" add constraint "home_credential_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade;`);
    this.addSql(`alter table "home_credential" add constraint "home_credential_issued_by_id_foreign" foreign key ("issued_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_staff_id_foreign" foreign key ("staff_id") references "staff_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_home_id_foreign" foreign key ("home_id") references "home" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "community" drop constraint "community_branch_id_foreign";`);

    this.addSql(`alter table "staff_user" drop constraint "staff_user_branch_id_foreign";`);

    this.addSql(`alter table "estate" drop constraint "estate_community_id_foreign";`);

    this.addSql(`alter table "pavilion" drop constraint "pavilion_community_id_foreign";`);

    this.addSql(`alter table "staff_user" drop constraint "staff_user_community_id_foreign";`);

    this.addSql(`alter table "building" drop constraint "building_estate_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_building_id_foreign";`);

    this.addSql(`alter table "home_credential" drop constraint "home_credential_issued_by_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_staff_id_foreign";`);

    this.addSql(`alter table "home" drop constraint "home_unit_id_foreign";`);

    this.addSql(`alter table "home_credential" drop constraint "home_credential_home_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_home_id_foreign";`);

    this.addSql(`drop table if exists "branch" cascade;`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "estate" cascade;`);

    this.addSql(`drop table if exists "building" cascade;`);

    this.addSql(`drop table if exists "pavilion" cascade;`);

    this.addSql(`drop table if exists "staff_user" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "home" cascade;`);

    this.addSql(`drop table if exists "home_credential" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);
  }

}
