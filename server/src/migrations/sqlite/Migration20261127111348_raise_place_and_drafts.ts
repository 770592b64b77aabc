import { Migration } from '@mikro-orm/migrations';

export class Migration20261127111348_raise_place_and_drafts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`raise_draft\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`pavilion_id\` integer not null, \`category\` text not null, \`problem\` text null, \`building_id\` integer null, \`unit_id\` integer null, \`title\` text null, \`description\` text null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`matter_id\` integer null, constraint \`raise_draft_pavilion_id_foreign\` foreign key(\`pavilion_id\`) references \`pavilion\`(\`id\`) on update cascade, constraint \`raise_draft_matter_id_foreign\` foreign key(\`matter_id\`) references \`matter\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`raise_draft_code_unique\` on \`raise_draft\` (\`code\`);`);
    this.addSql(`create index \`raise_draft_pavilion_id_index\` on \`raise_draft\` (\`pavilion_id\`);`);
    this.addSql(`create index \`raise_draft_matter_id_index\` on \`raise_draft\` (\`matter_id\`);`);
    this.addSql(`create index \`raise_draft_expires_at_index\` on \`raise_draft\` (\`expires_at\`);`);

    // One foreign key per column: SQLite adds a column with at most its own reference.
    this.addSql(`alter table \`matter\` add column \`building_id\` integer null constraint \`matter_building_id_foreign\` references \`building\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`matter\` add column \`unit_id\` integer null constraint \`matter_unit_id_foreign\` references \`unit\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`matter\` add column \`place\` text null;`);
    this.addSql(`alter table \`matter\` add column \`problem_id\` text null;`);
    this.addSql(`create index \`matter_building_id_index\` on \`matter\` (\`building_id\`);`);
    this.addSql(`create index \`matter_unit_id_index\` on \`matter\` (\`unit_id\`);`);
  }

}
