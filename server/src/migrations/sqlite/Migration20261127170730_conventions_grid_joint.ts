import { Migration } from '@mikro-orm/migrations';

export class Migration20261127170730_conventions_grid_joint extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`joint_unit\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`kind\` text not null);`);
    this.addSql(`create unique index \`joint_unit_name_unique\` on \`joint_unit\` (\`name\`);`);

    this.addSql(`create table \`grid_post\` (\`id\` integer not null primary key autoincrement, \`role\` text not null, \`name\` text not null, \`community_id\` integer not null, \`building_id\` integer null, \`area\` text null, \`parent_id\` integer null, \`phone\` text null, \`created_at\` datetime not null, constraint \`grid_post_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`grid_post_building_id_foreign\` foreign key(\`building_id\`) references \`building\`(\`id\`) on delete set null on update cascade, constraint \`grid_post_parent_id_foreign\` foreign key(\`parent_id\`) references \`grid_post\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`grid_post_community_id_index\` on \`grid_post\` (\`community_id\`);`);
    this.addSql(`create index \`grid_post_building_id_index\` on \`grid_post\` (\`building_id\`);`);
    this.addSql(`create index \`grid_post_parent_id_index\` on \`grid_post\` (\`parent_id\`);`);
    this.addSql(`create index \`grid_post_building_id_role_index\` on \`grid_post\` (\`building_id\`, \`role\`);`);
    this.addSql(`create index \`grid_post_community_id_role_index\` on \`grid_post\` (\`community_id\`, \`role\`);`);

    this.addSql(`create table \`joint_meeting\` (\`id\` integer not null primary key autoincrement, \`quarter\` text not null, \`held_at\` datetime not null, \`minutes\` text null, \`recorded_by_id\` integer not null, constraint \`joint_meeting_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`staff_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`joint_meeting_recorded_by_id_index\` on \`joint_meeting\` (\`recorded_by_id\`);`);
    this.addSql(`create index \`joint_meeting_held_at_index\` on \`joint_meeting\` (\`held_at\`);`);

    this.addSql(`create table \`joint_problem\` (\`id\` integer not null primary key autoincrement, \`title\` text not null, \`lead_unit_id\` integer not null, \`due_by\` datetime not null, \`status\` text not null default 'OPEN', \`raised_at_id\` integer not null, \`carried_over\` integer not null default 0, \`solved_at\` datetime null, \`solved_note\` text null, constraint \`joint_problem_lead_unit_id_foreign\` foreign key(\`lead_unit_id\`) references \`joint_unit\`(\`id\`) on update cascade, constraint \`joint_problem_raised_at_id_foreign\` foreign key(\`raised_at_id\`) references \`joint_meeting\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`joint_problem_lead_unit_id_index\` on \`joint_problem\` (\`lead_unit_id\`);`);
    this.addSql(`create index \`joint_problem_raised_at_id_index\` on \`joint_problem\` (\`raised_at_id\`);`);
    this.addSql(`create index \`joint_problem_status_index\` on \`joint_problem\` (\`status\`);`);

    this.addSql(`create table \`joint_partner\` (\`id\` integer not null primary key autoincrement, \`problem_id\` integer not null, \`unit_id\` integer not null, constraint \`joint_partner_problem_id_foreign\` foreign key(\`problem_id\`) references \`joint_problem\`(\`id\`) on update cascade, constraint \`joint_partner_unit_id_foreign\` foreign key(\`unit_id\`) references \`joint_unit\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`joint_partner_problem_id_index\` on \`joint_partner\` (\`problem_id\`);`);
    this.addSql(`create index \`joint_partner_unit_id_index\` on \`joint_partner\` (\`unit_id\`);`);
    this.addSql(`create unique index \`joint_partner_problem_id_unit_id_unique\` on \`joint_partner\` (\`problem_id\`, \`unit_id\`);`);

    this.addSql(`create table \`joint_attendance\` (\`id\` integer not null primary key autoincrement, \`meeting_id\` integer not null, \`unit_id\` integer not null, constraint \`joint_attendance_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`joint_meeting\`(\`id\`) on update cascade, constraint \`joint_attendance_unit_id_foreign\` foreign key(\`unit_id\`) references \`joint_unit\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`joint_attendance_meeting_id_index\` on \`joint_attendance\` (\`meeting_id\`);`);
    this.addSql(`create index \`joint_attendance_unit_id_index\` on \`joint_attendance\` (\`unit_id\`);`);
    this.addSql(`create unique index \`joint_attendance_meeting_id_unit_id_unique\` on \`joint_attendance\` (\`meeting_id\`, \`unit_id\`);`);

    this.addSql(`create table \`joint_agenda\` (\`id\` integer not null primary key autoincrement, \`meeting_id\` integer not null, \`problem_id\` integer not null, \`carried\` integer not null, constraint \`joint_agenda_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`joint_meeting\`(\`id\`) on update cascade, constraint \`joint_agenda_problem_id_foreign\` foreign key(\`problem_id\`) references \`joint_problem\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`joint_agenda_meeting_id_index\` on \`joint_agenda\` (\`meeting_id\`);`);
    this.addSql(`create index \`joint_agenda_problem_id_index\` on \`joint_agenda\` (\`problem_id\`);`);
    this.addSql(`create unique index \`joint_agenda_meeting_id_problem_id_unique\` on \`joint_agenda\` (\`meeting_id\`, \`problem_id\`);`);

    this.addSql(`create table \`convention\` (\`id\` integer not null primary key autoincrement, \`title\` text not null, \`stage\` text not null, \`version\` integer not null, \`in_force_version\` integer null, \`consultation_closes_at\` datetime null, \`matter_id\` integer null, \`vote_id\` integer null, \`drafted_by_id\` integer not null, \`created_at\` datetime not null, \`row_version\` integer not null default 1, constraint \`convention_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on delete set null on update cascade, constraint \`convention_vote_id_foreign\` foreign key(\`vote_id\`) references \`vote\`(\`id\`) on delete set null on update cascade, constraint \`convention_drafted_by_id_foreign\` foreign key(\`drafted_by_id\`) references \`staff_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`convention_matter_id_index\` on \`convention\` (\`matter_id\`);`);
    this.addSql(`create index \`convention_vote_id_index\` on \`convention\` (\`vote_id\`);`);
    this.addSql(`create index \`convention_drafted_by_id_index\` on \`convention\` (\`drafted_by_id\`);`);

    this.addSql(`create table \`convention_version\` (\`id\` integer not null primary key autoincrement, \`convention_id\` integer not null, \`version\` integer not null, \`published_at\` datetime not null, \`articles\` text not null, \`changes\` text not null, constraint \`convention_version_convention_id_foreign\` foreign key(\`convention_id\`) references \`convention\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`convention_version_convention_id_index\` on \`convention_version\` (\`convention_id\`);`);
    this.addSql(`create unique index \`convention_version_convention_id_version_unique\` on \`convention_version\` (\`convention_id\`, \`version\`);`);

    this.addSql(`create table \`convention_community\` (\`id\` integer not null primary key autoincrement, \`convention_id\` integer not null, \`community_id\` integer not null, constraint \`convention_community_convention_id_foreign\` foreign key(\`convention_id\`) references \`convention\`(\`id\`) on update cascade, constraint \`convention_community_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`convention_community_convention_id_index\` on \`convention_community\` (\`convention_id\`);`);
    this.addSql(`create index \`convention_community_community_id_index\` on \`convention_community\` (\`community_id\`);`);
    this.addSql(`create unique index \`convention_community_convention_id_community_id_unique\` on \`convention_community\` (\`convention_id\`, \`community_id\`);`);

    this.addSql(`create table \`convention_article\` (\`id\` integer not null primary key autoincrement, \`convention_id\` integer not null, \`number\` integer not null, \`text\` text not null, constraint \`convention_article_convention_id_foreign\` foreign key(\`convention_id\`) references \`convention\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`convention_article_convention_id_index\` on \`convention_article\` (\`convention_id\`);`);
    this.addSql(`create unique index \`convention_article_convention_id_number_unique\` on \`convention_article\` (\`convention_id\`, \`number\`);`);

    this.addSql(`create table \`article_comment\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`home_id\` integer not null, \`text\` text not null, \`at\` datetime not null, constraint \`article_comment_article_id_foreign\` foreign key(\`article_id\`) references \`convention_article\`(\`id\`) on update cascade, constraint \`article_comment_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`article_comment_article_id_index\` on \`article_comment\` (\`article_id\`);`);
    this.addSql(`create index \`article_comment_home_id_index\` on \`article_comment\` (\`home_id\`);`);
    this.addSql(`create index \`article_comment_article_id_at_index\` on \`article_comment\` (\`article_id\`, \`at\`);`);

    this.addSql(`create table \`amendment\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`home_id\` integer not null, \`text\` text not null, \`reason\` text null, \`state\` text not null default 'PROPOSED', \`support\` integer not null default 0, \`decision_note\` text null, \`applied_in_version\` integer null, \`created_at\` datetime not null, constraint \`amendment_article_id_foreign\` foreign key(\`article_id\`) references \`convention_article\`(\`id\`) on update cascade, constraint \`amendment_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`amendment_article_id_index\` on \`amendment\` (\`article_id\`);`);
    this.addSql(`create index \`amendment_home_id_index\` on \`amendment\` (\`home_id\`);`);
    this.addSql(`create index \`amendment_article_id_state_index\` on \`amendment\` (\`article_id\`, \`state\`);`);

    this.addSql(`create table \`amendment_support\` (\`id\` integer not null primary key autoincrement, \`amendment_id\` integer not null, \`home_id\` integer not null, constraint \`amendment_support_amendment_id_foreign\` foreign key(\`amendment_id\`) references \`amendment\`(\`id\`) on update cascade, constraint \`amendment_support_home_id_foreign\` foreign key(\`home_id\`) references \`home\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`amendment_support_amendment_id_index\` on \`amendment_support\` (\`amendment_id\`);`);
    this.addSql(`create index \`amendment_support_home_id_index\` on \`amendment_support\` (\`home_id\`);`);
    this.addSql(`create unique index \`amendment_support_amendment_id_home_id_unique\` on \`amendment_support\` (\`amendment_id\`, \`home_id\`);`);

    this.addSql(`create table \`breach\` (\`id\` integer not null primary key autoincrement, \`convention_id\` integer not null, \`article_id\` integer not null, \`community_id\` integer not null, \`building_id\` integer null, \`place\` text not null, \`outcome\` text not null, \`note\` text null, \`recorded_by_id\` integer not null, \`at\` datetime not null, constraint \`breach_convention_id_foreign\` foreign key(\`convention_id\`) references \`convention\`(\`id\`) on update cascade, constraint \`breach_article_id_foreign\` foreign key(\`article_id\`) references \`convention_article\`(\`id\`) on update cascade, constraint \`breach_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`breach_building_id_foreign\` foreign key(\`building_id\`) references \`building\`(\`id\`) on delete set null on update cascade, constraint \`breach_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`staff_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`breach_convention_id_index\` on \`breach\` (\`convention_id\`);`);
    this.addSql(`create index \`breach_article_id_index\` on \`breach\` (\`article_id\`);`);
    this.addSql(`create index \`breach_community_id_index\` on \`breach\` (\`community_id\`);`);
    this.addSql(`create index \`breach_building_id_index\` on \`breach\` (\`building_id\`);`);
    this.addSql(`create index \`breach_recorded_by_id_index\` on \`breach\` (\`recorded_by_id\`);`);
    this.addSql(`create index \`breach_convention_id_at_index\` on \`breach\` (\`convention_id\`, \`at\`);`);
  }

}
