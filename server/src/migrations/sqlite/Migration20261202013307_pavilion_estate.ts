import { Migration } from '@mikro-orm/migrations';

export class Migration20261202013307_pavilion_estate extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`pavilion\` add column \`estate_id\` integer null constraint \`pavilion_estate_id_foreign\` references \`estate\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`pavilion_estate_id_index\` on \`pavilion\` (\`estate_id\`);`);
  }

}
