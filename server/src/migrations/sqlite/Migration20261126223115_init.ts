import { Migration } from '@mikro-orm/migrations';

export class Migration20261126223115_init extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_id\` integer null, \`actor_name\` text not null, \`actor_role\` text not null, \`action\` text not null, \`matter_id\` integer null, \`details\` text not null, \`prev_hash\` text not null, \`hash\` text not null);`);
    this.addSql(`create unique index \`audit_entry_hash_unique\` on \`audit_entry\` (\`hash\`);`);

    this.addSql(`create table \`branch\` (\`id\` integer not null primary key autoincrement, \`name\` text not null);`);
    this.addSql(`create unique index \`branch_name_unique\` on \`branch\` (\`name\`);`);

    this.addSql(`create table \`community\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`branch_id\` integer null, constraint \`community_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`community_name_unique\` on \`community\` (\`name\`);`);
    this.addSql(`create index \`community_branch_id_index\` on \`community\` (\`branch_id\`);`);

    this.addSql(`create table \`estate\` (\`id\` integer not null primary key autoincrement, \`community_id\` integer not null, \`name\` text not null, \`property_company\` text null, constraint \`estate_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`estate_community_id_index\` on \`estate\` (\`community_id\`);`);
    this.addSql(`create unique index \`estate_community_id_name_unique\` on \`estate\` (\`community_id\`, \`name\`);`);

    this.addSql(`create table \`building\` (\`id\` integer not null primary key autoincrement, \`estate_id\` integer not null, \`name\` text not null, constraint \`building_estate_id_foreign\` foreign key(\`estate_id\`) references \`estate\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`building_estate_id_index\` on \`building\` (\`estate_id\`);`);
    this.addSql(`create unique index \`building_estate_id_name_unique\` on \`building\` (\`estate_id\`, \`name\`);`);

    this.addSql(`create table \`pavilion\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`community_id\` integer not null, constraint \`pavilion_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`pavilion_name_unique\` on \`pavilion\` (\`name\`);`);
    this.addSql(`create index \`pavilion_community_id_index\` on \`pavilion\` (\`community_id\`);`);

    this.addSql(`create table \`meeting\` (\`id\` integer not null primary key autoincrement, \`pavilion_id\` integer not null, \`community_id\` integer not null, \`title\` text not null, \`starts_at\` datetime not null, \`attendance\` integer null, \`minutes\` text null, \`created_at\` datetime not null, constraint \`meeting_pavilion_id_foreign\` foreign key(\`pavilion_id\`) references \`pavilion\`(\`id\`) on update cascade, constraint \`meeting_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`meeting_pavilion_id_index\` on \`meeting\` (\`pavilion_id\`);`);
    this.addSql(`create index \`meeting_community_id_index\` on \`meeting\` (\`community_id\`);`);
    this.addSql(`create index \`meeting_community_id_starts_at_index\` on \`meeting\` (\`community_id\`, \`starts_at\`);`);

    this.addSql(`create table \`staff_user\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`password_hash\` text not null, \`role\` text not null, \`display_name\` text not null, \`community_id\` integer null, \`branch_id\` integer null, \`created_at\` datetime not null, constraint \`staff_user_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on delete set null on update cascade, constraint \`staff_user_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`staff_user_username_unique\` on \`staff_user\` (\`username\`);`);
    this.addSql(`create index \`staff_user_community_id_index\` on \`staff_user\` (\`community_id\`);`);
    this.addSql(`create index \`staff_user_branch_id_index\` on \`staff_user\` (\`branch_id\`);`);

    this.addSql(`create table \`unit\` (\`id\` integer not null primary key autoincrement, \`building_id\` integer not null, \`name\` text not null, constraint \`unit_building_id_foreign\` foreign key(\`building_id\`) references \`building\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`unit_building_id_index\` on \`unit\` (\`building_id\`);`);
    this.addSql(`create unique index \`unit_building_id_name_unique\` on \`unit\` (\`building_id\`, \`name\`);`);

    this.addSql(`create table \`home\` (\`id\` integer not null primary key autoincrement, \`unit_id\` integer not null, \`floor\` integer not null, \`room\` text not null, \`area_centi_m2\` integer not null, \`owner_key\` text not null, constraint \`home_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`home_unit_id_index\` on \`home\` (\`unit_id\`);`);
    this.addSql(`create index \`home_owner_key_index\` on \`home\` (\`owner_key\`);`);
    this.addSql(`create unique index \`home_unit_id_room_unique\` on \`home\` (\`unit_id\`, \`room\`);`);

    this.addSql(`create table \`home_credential\` (\`id\` integer not null primary key autoincrement, \`home_id\` integer not null, \`home_code\` text not null, \`pin_hash\` text not null, \`issued_by_id\` integer null, \`issued_at\` datetime not null, constraint \`home_credential_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on update cascade, constraint \`home_credential_issued_by_id_foreign\` foreign key(\`issued_by_id\`) references \`staff_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`home_credential_home_id_unique\` on \`home_credential\` (\`home_id\`);`);
    this.addSql(`create unique index \`home_credential_home_code_unique\` on \`home_credential\` (\`home_code\`);`);
    this.addSql(`create index \`home_credential_issued_by_id_index\` on \`home_credential\` (\`issued_by_id\`);`);

    this.addSql(`create table \`auth_session\` (\`id\` integer not null primary key autoincrement, \`token_hash\` text not null, \`role\` text not null, \`staff_id\` integer null, \`home_id\` integer null, \`community_id\` integer null, \`label\` text null, \`expires_at\` datetime not null, \`created_at\` datetime not null, constraint \`auth_session_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff_user\`(\`id\`) on delete set null on update cascade, constraint \`auth_session_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`auth_session_token_hash_unique\` on \`auth_session\` (\`token_hash\`);`);
    this.addSql(`create index \`auth_session_staff_id_index\` on \`auth_session\` (\`staff_id\`);`);
    this.addSql(`create index \`auth_session_home_id_index\` on \`auth_session\` (\`home_id\`);`);
    this.addSql(`create index \`auth_session_expires_at_index\` on \`auth_session\` (\`expires_at\`);`);

    this.addSql(`create table \`matter\` (\`id\` integer not null primary key autoincrement, \`tracking_code\` text not null, \`title\` text not null, \`description\` text not null, \`category\` text not null, \`status\` text not null, \`pavilion_id\` integer not null, \`community_id\` integer not null, \`raised_by_id\` integer null, \`contact_phone\` text null, \`created_at\` datetime not null, \`triaged_at\` datetime null, \`completed_at\` datetime null, \`progress\` integer not null default 0, \`second_count\` integer not null default 0, \`decline_reason\` text null, \`resolution_summary\` text null, \`resolution_outcome\` text null, \`resolved_at\` datetime null, \`merged_into_id\` integer null, \`vote_id\` integer null, \`rating\` integer null, \`rating_comment\` text null, \`rated_at\` datetime null, \`follow_up\` integer not null default false, \`version\` integer not null default 1, constraint \`matter_pavilion_id_foreign\` foreign key(\`pavilion_id\`) references \`pavilion\`(\`id\`) on update cascade, constraint \`matter_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`matter_raised_by_id_foreign\` foreign key(\`raised_by_id\`) references \`home\`(\`id\`) on delete set null on update cascade, constraint \`matter_merged_into_id_foreign\` foreign key(\`merged_into_id\`) references \`matter\`(\`id\`) on delete set null on update cascade, constraint \`matter_vote_id_foreign\` foreign key(\`vote_id\`) references \`vote\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`matter_tracking_code_unique\` on \`matter\` (\`tracking_code\`);`);
    this.addSql(`create index \`matter_pavilion_id_index\` on \`matter\` (\`pavilion_id\`);`);
    this.addSql(`create index \`matter_community_id_index\` on \`matter\` (\`community_id\`);`);
    this.addSql(`create index \`matter_raised_by_id_index\` on \`matter\` (\`raised_by_id\`);`);
    this.addSql(`create index \`matter_merged_into_id_index\` on \`matter\` (\`merged_into_id\`);`);
    this.addSql(`create index \`matter_vote_id_index\` on \`matter\` (\`vote_id\`);`);
    this.addSql(`create index \`matter_community_id_status_index\` on \`matter\` (\`community_id\`, \`status\`);`);
    this.addSql(`create index \`matter_community_id_created_at_id_index\` on \`matter\` (\`community_id\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`matter_pavilion_id_created_at_id_index\` on \`matter\` (\`pavilion_id\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`matter_created_at_id_index\` on \`matter\` (\`created_at\`, \`id\`);`);

    this.addSql(`create table \`vote\` (\`id\` integer not null primary key autoincrement, \`matter_id\` integer not null, \`community_id\` integer not null, \`question\` text not null, \`rule\` text not null, \`scope_kind\` text not null, \`scope_id\` integer not null, \`scope_name\` text not null, \`status\` text not null default 'OPEN', \`opened_at\` datetime not null, \`closes_at\` datetime not null, \`closed_at\` datetime null, \`eligible_voters\` integer not null, \`eligible_area_centi_m2\` bigint not null, \`eligible_homes\` integer not null, \`participating_voters\` integer not null default 0, \`participating_area\` bigint not null default 0, \`passed\` integer null, \`quorum_met\` integer null, \`yes_voters\` integer null, \`yes_area\` bigint null, \`no_voters\` integer null, \`no_area\` bigint null, \`abstain_voters\` integer null, \`abstain_area\` bigint null, \`digest\` text null, \`opened_by\` integer null, constraint \`vote_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on update cascade, constraint \`vote_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`vote_matter_id_index\` on \`vote\` (\`matter_id\`);`);
    this.addSql(`create unique index \`vote_matter_id_unique\` on \`vote\` (\`matter_id\`);`);
    this.addSql(`create index \`vote_community_id_index\` on \`vote\` (\`community_id\`);`);
    this.addSql(`create index \`vote_status_closes_at_index\` on \`vote\` (\`status\`, \`closes_at\`);`);

    this.addSql(`create table \`matter_second\` (\`id\` integer not null primary key autoincrement, \`matter_id\` integer not null, \`home_id\` integer not null, \`created_at\` datetime not null, constraint \`matter_second_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on update cascade, constraint \`matter_second_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`matter_second_matter_id_index\` on \`matter_second\` (\`matter_id\`);`);
    this.addSql(`create index \`matter_second_home_id_index\` on \`matter_second\` (\`home_id\`);`);
    this.addSql(`create unique index \`matter_second_matter_id_home_id_unique\` on \`matter_second\` (\`matter_id\`, \`home_id\`);`);

    this.addSql(`create table \`notice\` (\`id\` integer not null primary key autoincrement, \`matter_id\` integer not null, \`community_id\` integer not null, \`kind\` text not null, \`title\` text not null, \`body\` text not null, \`published_at\` datetime not null, constraint \`notice_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on update cascade, constraint \`notice_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`notice_matter_id_index\` on \`notice\` (\`matter_id\`);`);
    this.addSql(`create index \`notice_community_id_index\` on \`notice\` (\`community_id\`);`);
    this.addSql(`create index \`notice_community_id_published_at_index\` on \`notice\` (\`community_id\`, \`published_at\`);`);

    this.addSql(`create table \`matter_event\` (\`id\` integer not null primary key autoincrement, \`matter_id\` integer not null, \`at\` datetime not null, \`status\` text not null, \`kind\` text not null, \`note\` text null, \`progress\` integer null, constraint \`matter_event_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`matter_event_matter_id_index\` on \`matter_event\` (\`matter_id\`);`);
    this.addSql(`create index \`matter_event_matter_id_at_index\` on \`matter_event\` (\`matter_id\`, \`at\`);`);

    this.addSql(`create table \`cost_plan\` (\`id\` integer not null primary key autoincrement, \`matter_id\` integer not null, \`scope_kind\` text not null, \`scope_id\` integer not null, \`total_fen\` bigint not null, \`subsidy_fen\` bigint not null, \`coefficients\` text not null, \`calculated_at\` datetime not null, constraint \`cost_plan_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`cost_plan_matter_id_index\` on \`cost_plan\` (\`matter_id\`);`);
    this.addSql(`create unique index \`cost_plan_matter_id_unique\` on \`cost_plan\` (\`matter_id\`);`);

    this.addSql(`create table \`cost_share\` (\`id\` integer not null primary key autoincrement, \`plan_id\` integer not null, \`home_id\` integer not null, \`floor\` integer not null, \`area_centi_m2\` integer not null, \`coefficient_permille\` integer not null, \`share_fen\` bigint not null, constraint \`cost_share_plan_id_foreign\` foreign key(\`plan_id\`) references \`cost_plan\`(\`id\`) on delete cascade on update cascade, constraint \`cost_share_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`cost_share_plan_id_index\` on \`cost_share\` (\`plan_id\`);`);
    this.addSql(`create index \`cost_share_home_id_index\` on \`cost_share\` (\`home_id\`);`);
    this.addSql(`create unique index \`cost_share_plan_id_home_id_unique\` on \`cost_share\` (\`plan_id\`, \`home_id\`);`);

    this.addSql(`create table \`agenda_item\` (\`id\` integer not null primary key autoincrement, \`meeting_id\` integer not null, \`matter_id\` integer not null, \`position\` integer not null, constraint \`agenda_item_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on update cascade, constraint \`agenda_item_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`agenda_item_meeting_id_index\` on \`agenda_item\` (\`meeting_id\`);`);
    this.addSql(`create index \`agenda_item_matter_id_index\` on \`agenda_item\` (\`matter_id\`);`);
    this.addSql(`create unique index \`agenda_item_meeting_id_matter_id_unique\` on \`agenda_item\` (\`meeting_id\`, \`matter_id\`);`);

    this.addSql(`create table \`vote_elector\` (\`id\` integer not null primary key autoincrement, \`vote_id\` integer not null, \`home_id\` integer not null, \`voter_key\` text not null, \`floor\` integer not null, \`area_centi_m2\` integer not null, \`voter_area_centi_m2\` integer not null default 0, constraint \`vote_elector_vote_id_foreign\` foreign key(\`vote_id\`) references \`vote\`(\`id\`) on update cascade, constraint \`vote_elector_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`vote_elector_vote_id_index\` on \`vote_elector\` (\`vote_id\`);`);
    this.addSql(`create index \`vote_elector_home_id_index\` on \`vote_elector\` (\`home_id\`);`);
    this.addSql(`create index \`vote_elector_vote_id_voter_key_index\` on \`vote_elector\` (\`vote_id\`, \`voter_key\`);`);
    this.addSql(`create unique index \`vote_elector_vote_id_home_id_unique\` on \`vote_elector\` (\`vote_id\`, \`home_id\`);`);

    this.addSql(`create table \`ballot\` (\`id\` integer not null primary key autoincrement, \`vote_id\` integer not null, \`voter_key\` text not null, \`home_id\` integer not null, \`choice\` text not null, \`area_centi_m2\` integer not null, \`receipt\` text not null, \`cast_at\` datetime not null, \`channel\` text not null, \`recorded_by\` integer null, constraint \`ballot_vote_id_foreign\` foreign key(\`vote_id\`) references \`vote\`(\`id\`) on update cascade, constraint \`ballot_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`ballot_vote_id_index\` on \`ballot\` (\`vote_id\`);`);
    this.addSql(`create index \`ballot_home_id_index\` on \`ballot\` (\`home_id\`);`);
    this.addSql(`create unique index \`ballot_receipt_unique\` on \`ballot\` (\`receipt\`);`);
    this.addSql(`create index \`ballot_vote_id_receipt_index\` on \`ballot\` (\`vote_id\`, \`receipt\`);`);
    this.addSql(`create unique index \`ballot_vote_id_voter_key_unique\` on \`ballot\` (\`vote_id\`, \`voter_key\`);`);
  }

}
