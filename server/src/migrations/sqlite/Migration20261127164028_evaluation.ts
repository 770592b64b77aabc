import { Migration } from '@mikro-orm/migrations';

export class Migration20261127164028_evaluation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`evaluation_standard\` (\`version\` integer not null, \`body\` text not null, \`created_at\` datetime not null, primary key (\`version\`));`);

    this.addSql(`create table \`property_company\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`property_company_name_unique\` on \`property_company\` (\`name\`);`);

    this.addSql(`create table \`fee_collection\` (\`id\` integer not null primary key autoincrement, \`estate_id\` integer not null, \`month\` text not null, \`billed_homes\` integer not null, \`paid_homes\` integer not null, \`imported_at\` datetime not null, constraint \`fee_collection_estate_id_foreign\` foreign key(\`estate_id\`) references \`estate\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`fee_collection_estate_id_index\` on \`fee_collection\` (\`estate_id\`);`);
    this.addSql(`create unique index \`fee_collection_estate_id_month_unique\` on \`fee_collection\` (\`estate_id\`, \`month\`);`);

    this.addSql(`create table \`inspection\` (\`id\` integer not null primary key autoincrement, \`company_id\` integer not null, \`month\` text not null, \`inspector_id\` integer not null, \`community_id\` integer null, \`note\` text null, \`recorded_at\` datetime not null, constraint \`inspection_company_id_foreign\` foreign key(\`company_id\`) references \`property_company\`(\`id\`) on update cascade, constraint \`inspection_inspector_id_foreign\` foreign key(\`inspector_id\`) references \`staff_user\`(\`id\`) on update cascade, constraint \`inspection_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`inspection_company_id_index\` on \`inspection\` (\`company_id\`);`);
    this.addSql(`create index \`inspection_inspector_id_index\` on \`inspection\` (\`inspector_id\`);`);
    this.addSql(`create index \`inspection_community_id_index\` on \`inspection\` (\`community_id\`);`);
    this.addSql(`create index \`inspection_month_index\` on \`inspection\` (\`month\`);`);
    this.addSql(`create unique index \`inspection_company_id_month_inspector_id_unique\` on \`inspection\` (\`company_id\`, \`month\`, \`inspector_id\`);`);

    this.addSql(`create table \`inspection_score\` (\`id\` integer not null primary key autoincrement, \`inspection_id\` integer not null, \`indicator\` text not null, \`centipoints\` integer not null, constraint \`inspection_score_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`inspection_score_inspection_id_index\` on \`inspection_score\` (\`inspection_id\`);`);
    this.addSql(`create unique index \`inspection_score_inspection_id_indicator_unique\` on \`inspection_score\` (\`inspection_id\`, \`indicator\`);`);

    this.addSql(`create table \`evaluation_close\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`period\` text not null, \`standard_version\` integer not null, \`closed_by_id\` integer not null, \`closed_at\` datetime not null, constraint \`evaluation_close_closed_by_id_foreign\` foreign key(\`closed_by_id\`) references \`staff_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`evaluation_close_closed_by_id_index\` on \`evaluation_close\` (\`closed_by_id\`);`);
    this.addSql(`create unique index \`evaluation_close_kind_period_unique\` on \`evaluation_close\` (\`kind\`, \`period\`);`);

    this.addSql(`create table \`frozen_scorecard\` (\`id\` integer not null primary key autoincrement, \`close_id\` integer not null, \`company_id\` integer not null, \`rank\` integer not null, \`body\` text not null, constraint \`frozen_scorecard_close_id_foreign\` foreign key(\`close_id\`) references \`evaluation_close\`(\`id\`) on update cascade, constraint \`frozen_scorecard_company_id_foreign\` foreign key(\`company_id\`) references \`property_company\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`frozen_scorecard_close_id_index\` on \`frozen_scorecard\` (\`close_id\`);`);
    this.addSql(`create index \`frozen_scorecard_company_id_index\` on \`frozen_scorecard\` (\`company_id\`);`);
    this.addSql(`create unique index \`frozen_scorecard_close_id_company_id_unique\` on \`frozen_scorecard\` (\`close_id\`, \`company_id\`);`);

    this.addSql(`create table \`third_party_score\` (\`id\` integer not null primary key autoincrement, \`company_id\` integer not null, \`period\` text not null, \`indicator\` text not null, \`centipoints\` integer not null, \`imported_at\` datetime not null, constraint \`third_party_score_company_id_foreign\` foreign key(\`company_id\`) references \`property_company\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`third_party_score_company_id_index\` on \`third_party_score\` (\`company_id\`);`);
    this.addSql(`create unique index \`third_party_score_company_id_period_indicator_unique\` on \`third_party_score\` (\`company_id\`, \`period\`, \`indicator\`);`);

    this.addSql(`create table \`property_rating\` (\`id\` integer not null primary key autoincrement, \`home_id\` integer not null, \`estate_id\` integer not null, \`company_id\` integer not null, \`month\` text not null, \`comment\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`property_rating_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on update cascade, constraint \`property_rating_estate_id_foreign\` foreign key(\`estate_id\`) references \`estate\`(\`id\`) on update cascade, constraint \`property_rating_company_id_foreign\` foreign key(\`company_id\`) references \`property_company\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`property_rating_home_id_index\` on \`property_rating\` (\`home_id\`);`);
    this.addSql(`create index \`property_rating_estate_id_index\` on \`property_rating\` (\`estate_id\`);`);
    this.addSql(`create index \`property_rating_company_id_index\` on \`property_rating\` (\`company_id\`);`);
    this.addSql(`create index \`property_rating_company_id_month_index\` on \`property_rating\` (\`company_id\`, \`month\`);`);
    this.addSql(`create unique index \`property_rating_home_id_month_unique\` on \`property_rating\` (\`home_id\`, \`month\`);`);

    this.addSql(`create table \`property_rating_score\` (\`id\` integer not null primary key autoincrement, \`rating_id\` integer not null, \`indicator\` text not null, \`stars\` integer not null, constraint \`property_rating_score_rating_id_foreign\` foreign key(\`rating_id\`) references \`property_rating\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`property_rating_score_rating_id_index\` on \`property_rating_score\` (\`rating_id\`);`);
    this.addSql(`create unique index \`property_rating_score_rating_id_indicator_unique\` on \`property_rating_score\` (\`rating_id\`, \`indicator\`);`);

    this.addSql(`create table \`property_complaint\` (\`id\` integer not null primary key autoincrement, \`estate_id\` integer not null, \`company_id\` integer not null, \`home_id\` integer not null, \`topic\` text not null, \`note\` text null, \`created_at\` datetime not null, constraint \`property_complaint_estate_id_foreign\` foreign key(\`estate_id\`) references \`estate\`(\`id\`) on update cascade, constraint \`property_complaint_company_id_foreign\` foreign key(\`company_id\`) references \`property_company\`(\`id\`) on update cascade, constraint \`property_complaint_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`property_complaint_estate_id_index\` on \`property_complaint\` (\`estate_id\`);`);
    this.addSql(`create index \`property_complaint_company_id_index\` on \`property_complaint\` (\`company_id\`);`);
    this.addSql(`create index \`property_complaint_home_id_index\` on \`property_complaint\` (\`home_id\`);`);
    this.addSql(`create index \`property_complaint_home_id_created_at_index\` on \`property_complaint\` (\`home_id\`, \`created_at\`);`);
    this.addSql(`create index \`property_complaint_company_id_created_at_index\` on \`property_complaint\` (\`company_id\`, \`created_at\`);`);

    this.addSql(`create table \`property_review\` (\`id\` integer not null primary key autoincrement, \`matter_id\` integer not null, \`scorecard_id\` integer not null, \`estate_id\` integer not null, \`created_at\` datetime not null, constraint \`property_review_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on update cascade, constraint \`property_review_scorecard_id_foreign\` foreign key(\`scorecard_id\`) references \`frozen_scorecard\`(\`id\`) on update cascade, constraint \`property_review_estate_id_foreign\` foreign key(\`estate_id\`) references \`estate\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`property_review_matter_id_index\` on \`property_review\` (\`matter_id\`);`);
    this.addSql(`create unique index \`property_review_matter_id_unique\` on \`property_review\` (\`matter_id\`);`);
    this.addSql(`create index \`property_review_scorecard_id_index\` on \`property_review\` (\`scorecard_id\`);`);
    this.addSql(`create index \`property_review_estate_id_index\` on \`property_review\` (\`estate_id\`);`);
    this.addSql(`create unique index \`property_review_scorecard_id_estate_id_unique\` on \`property_review\` (\`scorecard_id\`, \`estate_id\`);`);

    // The company of an estate becomes a row of its own; estates keep the company they named.
    this.addSql(`alter table \`estate\` add column \`company_id\` integer null constraint \`estate_company_id_foreign\` references \`property_company\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`estate_company_id_index\` on \`estate\` (\`company_id\`);`);
    this.addSql(`insert into \`property_company\` (\`name\`, \`created_at\`) select distinct \`property_company\`, cast(strftime('%s', 'now') as integer) * 1000 from \`estate\` where \`property_company\` is not null;`);
    this.addSql(`update \`estate\` set \`company_id\` = (select \`id\` from \`property_company\` where \`name\` = \`estate\`.\`property_company\`);`);
    this.addSql(`alter table \`estate\` drop column \`property_company\`;`);

    // A notice of the sub-district's own has no matter: SQLite changes a column only by copying the table.
    this.addSql(`create table \`notice_next\` (\`id\` integer not null primary key autoincrement, \`matter_id\` integer null, \`community_id\` integer not null, \`kind\` text not null, \`title\` text not null, \`body\` text not null, \`published_at\` datetime not null, constraint \`notice_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on delete set null on update cascade, constraint \`notice_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`insert into \`notice_next\` (\`id\`, \`matter_id\`, \`community_id\`, \`kind\`, \`title\`, \`body\`, \`published_at\`) select \`id\`, \`matter_id\`, \`community_id\`, \`kind\`, \`title\`, \`body\`, \`published_at\` from \`notice\`;`);
    this.addSql(`drop table \`notice\`;`);
    this.addSql(`alter table \`notice_next\` rename to \`notice\`;`);
    this.addSql(`create index \`notice_matter_id_index\` on \`notice\` (\`matter_id\`);`);
    this.addSql(`create index \`notice_community_id_index\` on \`notice\` (\`community_id\`);`);
    this.addSql(`create index \`notice_community_id_published_at_index\` on \`notice\` (\`community_id\`, \`published_at\`);`);
  }

}
