import { Migration } from '@mikro-orm/migrations';

export class Migration20261202013308_pavilion_estate extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "pavilion" add column "estate_id" int null;`);
    this.addSql(`alter table "pavilion" add constraint "pavilion_estate_id_foreign" foreign key ("estate_id") references "estate" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pavilion" drop constraint "pavilion_estate_id_foreign";`);

    this.addSql(`alter table "pavilion" drop column "estate_id";`);
  }

}
