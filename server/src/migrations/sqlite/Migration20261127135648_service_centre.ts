import { Migration } from '@mikro-orm/migrations';

export class Migration20261127135648_service_centre extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notification\` (\`id\` integer not null primary key autoincrement, \`community_id\` integer not null, \`phone\` text not null, \`text\` text not null, \`tracking_code\` text not null, \`status\` text not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`claimed_until\` datetime null, \`last_error\` text null, \`created_at\` datetime not null, \`sent_at\` datetime null, constraint \`notification_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`notification_community_id_index\` on \`notification\` (\`community_id\`);`);
    this.addSql(`create index \`notification_community_id_created_at_index\` on \`notification\` (\`community_id\`, \`created_at\`);`);
    this.addSql(`create index \`notification_status_next_attempt_at_index\` on \`notification\` (\`status\`, \`next_attempt_at\`);`);

    this.addSql(`create table \`service_category\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`name\` text not null, \`position\` integer not null);`);
    this.addSql(`create unique index \`service_category_code_unique\` on \`service_category\` (\`code\`);`);

    this.addSql(`create table \`service_item\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`version\` integer not null, \`current\` integer not null, \`category_id\` integer not null, \`name\` text not null, \`standard\` text not null, \`respond_minutes\` integer not null, \`resolve_minutes\` integer not null, \`paid\` integer not null, \`team_kind\` text not null, \`position\` integer not null, \`created_at\` datetime not null, constraint \`service_item_category_id_foreign\` foreign key(\`category_id\`) references \`service_category\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`service_item_category_id_index\` on \`service_item\` (\`category_id\`);`);
    this.addSql(`create index \`service_item_current_position_index\` on \`service_item\` (\`current\`, \`position\`);`);
    this.addSql(`create unique index \`service_item_code_version_unique\` on \`service_item\` (\`code\`, \`version\`);`);

    this.addSql(`create table \`service_team\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`kind\` text not null, \`community_id\` integer not null, constraint \`service_team_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`service_team_community_id_index\` on \`service_team\` (\`community_id\`);`);
    this.addSql(`create index \`service_team_community_id_kind_index\` on \`service_team\` (\`community_id\`, \`kind\`);`);

    this.addSql(`create table \`service_duty\` (\`id\` integer not null primary key autoincrement, \`team_id\` integer not null, \`weekday\` integer not null, constraint \`service_duty_team_id_foreign\` foreign key(\`team_id\`) references \`service_team\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`service_duty_team_id_index\` on \`service_duty\` (\`team_id\`);`);
    this.addSql(`create unique index \`service_duty_team_id_weekday_unique\` on \`service_duty\` (\`team_id\`, \`weekday\`);`);

    this.addSql(`create table \`service_team_member\` (\`id\` integer not null primary key autoincrement, \`team_id\` integer not null, \`staff_id\` integer not null, constraint \`service_team_member_team_id_foreign\` foreign key(\`team_id\`) references \`service_team\`(\`id\`) on update cascade, constraint \`service_team_member_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`service_team_member_team_id_index\` on \`service_team_member\` (\`team_id\`);`);
    this.addSql(`create index \`service_team_member_staff_id_index\` on \`service_team_member\` (\`staff_id\`);`);
    this.addSql(`create unique index \`service_team_member_team_id_staff_id_unique\` on \`service_team_member\` (\`team_id\`, \`staff_id\`);`);

    this.addSql(`create table \`work_order\` (\`id\` integer not null primary key autoincrement, \`tracking_code\` text not null, \`item_id\` integer not null, \`status\` text not null, \`source\` text not null, \`community_id\` integer not null, \`pavilion_id\` integer null, \`building_id\` integer null, \`note\` text null, \`team_id\` integer null, \`matter_id\` integer null, \`contact_phone\` text null, \`reported_by_id\` integer null, \`reported_at\` datetime not null, \`respond_by\` datetime not null, \`resolve_by\` datetime not null, \`acknowledged_at\` datetime null, \`done_at\` datetime null, \`responded_in_minutes\` integer null, \`resolved_on_time\` integer null, \`reporter_count\` integer not null default 1, \`urge_count\` integer not null default 0, \`rework_count\` integer not null default 0, \`reason\` text null, \`rating_speed\` integer null, \`rating_quality\` integer null, \`rating_comment\` text null, \`rated_at\` datetime null, \`follow_up\` integer not null default false, \`respond_warned\` integer not null default false, \`resolve_warned\` integer not null default false, \`due_at\` datetime null, \`version\` integer not null default 1, constraint \`work_order_item_id_foreign\` foreign key(\`item_id\`) references \`service_item\`(\`id\`) on update cascade, constraint \`work_order_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`work_order_pavilion_id_foreign\` foreign key(\`pavilion_id\`) references \`pavilion\`(\`id\`) on delete set null on update cascade, constraint \`work_order_building_id_foreign\` foreign key(\`building_id\`) references \`building\`(\`id\`) on delete set null on update cascade, constraint \`work_order_team_id_foreign\` foreign key(\`team_id\`) references \`service_team\`(\`id\`) on delete set null on update cascade, constraint \`work_order_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on delete set null on update cascade, constraint \`work_order_reported_by_id_foreign\` foreign key(\`reported_by_id\`) references \`home\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`work_order_tracking_code_unique\` on \`work_order\` (\`tracking_code\`);`);
    this.addSql(`create index \`work_order_item_id_index\` on \`work_order\` (\`item_id\`);`);
    this.addSql(`create index \`work_order_community_id_index\` on \`work_order\` (\`community_id\`);`);
    this.addSql(`create index \`work_order_pavilion_id_index\` on \`work_order\` (\`pavilion_id\`);`);
    this.addSql(`create index \`work_order_building_id_index\` on \`work_order\` (\`building_id\`);`);
    this.addSql(`create index \`work_order_team_id_index\` on \`work_order\` (\`team_id\`);`);
    this.addSql(`create index \`work_order_reported_by_id_index\` on \`work_order\` (\`reported_by_id\`);`);
    this.addSql(`create index \`work_order_matter_id_index\` on \`work_order\` (\`matter_id\`);`);
    this.addSql(`create index \`work_order_community_id_item_id_building_id_status_index\` on \`work_order\` (\`community_id\`, \`item_id\`, \`building_id\`, \`status\`);`);
    this.addSql(`create index \`work_order_reported_at_index\` on \`work_order\` (\`reported_at\`);`);
    this.addSql(`create index \`work_order_status_respond_by_index\` on \`work_order\` (\`status\`, \`respond_by\`);`);
    this.addSql(`create index \`work_order_team_id_due_at_index\` on \`work_order\` (\`team_id\`, \`due_at\`);`);
    this.addSql(`create index \`work_order_community_id_due_at_index\` on \`work_order\` (\`community_id\`, \`due_at\`);`);
    this.addSql(`create index \`work_order_team_id_status_index\` on \`work_order\` (\`team_id\`, \`status\`);`);
    this.addSql(`create index \`work_order_community_id_status_index\` on \`work_order\` (\`community_id\`, \`status\`);`);

    this.addSql(`create table \`work_order_event\` (\`id\` integer not null primary key autoincrement, \`work_order_id\` integer not null, \`at\` datetime not null, \`status\` text not null, \`kind\` text not null, \`note\` text null, \`by\` text null, constraint \`work_order_event_work_order_id_foreign\` foreign key(\`work_order_id\`) references \`work_order\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`work_order_event_work_order_id_index\` on \`work_order_event\` (\`work_order_id\`);`);
    this.addSql(`create index \`work_order_event_work_order_id_at_index\` on \`work_order_event\` (\`work_order_id\`, \`at\`);`);
  }

}
