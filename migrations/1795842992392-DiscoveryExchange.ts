import { MigrationInterface, QueryRunner } from 'typeorm';

export class DiscoveryExchange1795842992392 implements MigrationInterface {
  name = 'DiscoveryExchange1795842992392';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "deadlines" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "party_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "description" text NOT NULL,
                "due_on" date NOT NULL,
                "status" text NOT NULL,
                "steps" jsonb NOT NULL,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "deadlines_subject_kind_key" UNIQUE ("subject_id", "kind"),
                CONSTRAINT "PK_a9b8551c028a78298641a8e3470" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "deadlines_case_due_idx" ON "deadlines" ("case_id", "due_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "discovery_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "set_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "text" text NOT NULL,
                "subparts" integer NOT NULL,
                CONSTRAINT "discovery_items_set_number_key" UNIQUE ("set_id", "number"),
                CONSTRAINT "PK_669a7ea62522663a041819c14e9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "discovery_sets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "serving_party_id" uuid NOT NULL,
                "responding_party_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "status" text NOT NULL,
                "created_by_id" uuid NOT NULL,
                "served_at" TIMESTAMP WITH TIME ZONE,
                "served_on" date,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                "service_method" text,
                "served_by_id" uuid,
                "signature" text,
                "certificate_of_service" jsonb,
                "paper_sha256" text,
                "response_due_on" date,
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3869f8b9349025f5cf98d6ba666" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "discovery_sets_parties_idx" ON "discovery_sets" (
                "serving_party_id",
                "responding_party_id",
                "kind"
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "discovery_sets_case_created_idx" ON "discovery_sets" ("case_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "discovery_extensions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "set_id" uuid NOT NULL,
                "new_due_on" date NOT NULL,
                "previous_due_on" date NOT NULL,
                "proposed_by_party_id" uuid NOT NULL,
                "proposed_by_id" uuid NOT NULL,
                "status" text NOT NULL,
                "agreed_by_party_id" uuid,
                "agreed_by_id" uuid,
                "agreed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_328f72863e5f5c8fbe5ab1f3c20" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "discovery_extensions_set_idx" ON "discovery_extensions" ("set_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "discovery_orders" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "interrogatory_limit" integer,
                "source" text NOT NULL,
                "recorded_by_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b172c622dc512c41ab16eb1e495" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "discovery_orders_case_idx" ON "discovery_orders" ("case_id", "kind")
        `);
    await queryRunner.query(`
            CREATE TABLE "discovery_response_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "response_id" uuid NOT NULL,
                "item_id" uuid NOT NULL,
                "answer" text,
                "objections" text array NOT NULL,
                "admission" text,
                "production" text,
                CONSTRAINT "discovery_response_items_response_item_key" UNIQUE ("response_id", "item_id"),
                CONSTRAINT "PK_8c781bebd56a296bc5f774dcd15" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "discovery_responses" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "set_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "responding_party_id" uuid NOT NULL,
                "served_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "served_on" date NOT NULL,
                "service_method" text NOT NULL,
                "served_by_id" uuid NOT NULL,
                "signature" text NOT NULL,
                "late" boolean NOT NULL,
                "paper_sha256" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "discovery_responses_set_version_key" UNIQUE ("set_id", "version"),
                CONSTRAINT "PK_497c3603df117ad2a1ea7f4ef5f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "deadlines"
            ADD CONSTRAINT "FK_e14a72431c2b5de785e6f2ea23f" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "deadlines"
            ADD CONSTRAINT "FK_8aa7024fe516b8befc5eae3cd0a" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_items"
            ADD CONSTRAINT "FK_9bf27247423c63e709461b3f14b" FOREIGN KEY ("set_id") REFERENCES "discovery_sets"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets"
            ADD CONSTRAINT "FK_ffddd116ace3fb05b210aef5e18" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets"
            ADD CONSTRAINT "FK_6c145d7ebefc603aee4c5bab1a0" FOREIGN KEY ("serving_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets"
            ADD CONSTRAINT "FK_9c2359ecce4899bc2c154927dc0" FOREIGN KEY ("responding_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_extensions"
            ADD CONSTRAINT "FK_a97a01493e61df5cf8f5ee6191a" FOREIGN KEY ("set_id") REFERENCES "discovery_sets"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_extensions"
            ADD CONSTRAINT "FK_7c8359cc21d2d8019dbd691bf5e" FOREIGN KEY ("proposed_by_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_orders"
            ADD CONSTRAINT "FK_53a37b73d714d8e8d3043d3f503" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_response_items"
            ADD CONSTRAINT "FK_b65acfe0f58961645790830a5bf" FOREIGN KEY ("response_id") REFERENCES "discovery_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_response_items"
            ADD CONSTRAINT "FK_2acb967b6a1bdf38cf8cf8be6a3" FOREIGN KEY ("item_id") REFERENCES "discovery_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses"
            ADD CONSTRAINT "FK_d919c7f10a2f8bda594f6c985af" FOREIGN KEY ("set_id") REFERENCES "discovery_sets"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses"
            ADD CONSTRAINT "FK_c3d97fe0d8fe4c3f26c4317d9f5" FOREIGN KEY ("responding_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Hand-written: a served paper is immutable at the database too (DOMAIN.md: corrections are new papers).
    await queryRunner.query(`
            CREATE FUNCTION discovery_items_fixed_once_served() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM discovery_sets s WHERE s.id = OLD.set_id AND s.status <> 'DRAFT') THEN
                    RAISE EXCEPTION 'the items of a served discovery set cannot change: % is not allowed', TG_OP;
                END IF;
                RETURN COALESCE(NEW, OLD);
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER discovery_items_fixed_once_served BEFORE UPDATE OR DELETE ON "discovery_items"
            FOR EACH ROW EXECUTE FUNCTION discovery_items_fixed_once_served()
        `);
    await queryRunner.query(`
            CREATE FUNCTION discovery_sets_paper_fixed_once_served() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD.status <> 'DRAFT' AND (
                    NEW.title, NEW.kind, NEW.serving_party_id, NEW.responding_party_id, NEW.served_at, NEW.served_on,
                    NEW.delivered_at, NEW.service_method, NEW.served_by_id, NEW.signature, NEW.paper_sha256,
                    NEW.certificate_of_service
                ) IS DISTINCT FROM (
                    OLD.title, OLD.kind, OLD.serving_party_id, OLD.responding_party_id, OLD.served_at, OLD.served_on,
                    OLD.delivered_at, OLD.service_method, OLD.served_by_id, OLD.signature, OLD.paper_sha256,
                    OLD.certificate_of_service
                ) THEN
                    RAISE EXCEPTION 'a served discovery paper cannot change; serve an amended or supplemental one';
                END IF;
                RETURN NEW;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER discovery_sets_paper_fixed_once_served BEFORE UPDATE ON "discovery_sets"
            FOR EACH ROW EXECUTE FUNCTION discovery_sets_paper_fixed_once_served()
        `);
    await queryRunner.query(`
            CREATE FUNCTION served_paper_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER discovery_responses_append_only BEFORE UPDATE OR DELETE ON "discovery_responses"
            FOR EACH ROW EXECUTE FUNCTION served_paper_append_only()
        `);
    await queryRunner.query(`
            CREATE TRIGGER discovery_response_items_append_only BEFORE UPDATE OR DELETE ON "discovery_response_items"
            FOR EACH ROW EXECUTE FUNCTION served_paper_append_only()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER discovery_response_items_append_only ON "discovery_response_items"`,
    );
    await queryRunner.query(`DROP TRIGGER discovery_responses_append_only ON "discovery_responses"`);
    await queryRunner.query(`DROP FUNCTION served_paper_append_only()`);
    await queryRunner.query(`DROP TRIGGER discovery_sets_paper_fixed_once_served ON "discovery_sets"`);
    await queryRunner.query(`DROP FUNCTION discovery_sets_paper_fixed_once_served()`);
    await queryRunner.query(`DROP TRIGGER discovery_items_fixed_once_served ON "discovery_items"`);
    await queryRunner.query(`DROP FUNCTION discovery_items_fixed_once_served()`);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses" DROP CONSTRAINT "FK_c3d97fe0d8fe4c3f26c4317d9f5"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses" DROP CONSTRAINT "FK_d919c7f10a2f8bda594f6c985af"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_response_items" DROP CONSTRAINT "FK_2acb967b6a1bdf38cf8cf8be6a3"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_response_items" DROP CONSTRAINT "FK_b65acfe0f58961645790830a5bf"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_orders" DROP CONSTRAINT "FK_53a37b73d714d8e8d3043d3f503"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_extensions" DROP CONSTRAINT "FK_7c8359cc21d2d8019dbd691bf5e"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_extensions" DROP CONSTRAINT "FK_a97a01493e61df5cf8f5ee6191a"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets" DROP CONSTRAINT "FK_9c2359ecce4899bc2c154927dc0"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets" DROP CONSTRAINT "FK_6c145d7ebefc603aee4c5bab1a0"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets" DROP CONSTRAINT "FK_ffddd116ace3fb05b210aef5e18"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_items" DROP CONSTRAINT "FK_9bf27247423c63e709461b3f14b"
        `);
    await queryRunner.query(`
            ALTER TABLE "deadlines" DROP CONSTRAINT "FK_8aa7024fe516b8befc5eae3cd0a"
        `);
    await queryRunner.query(`
            ALTER TABLE "deadlines" DROP CONSTRAINT "FK_e14a72431c2b5de785e6f2ea23f"
        `);
    await queryRunner.query(`
            DROP TABLE "discovery_responses"
        `);
    await queryRunner.query(`
            DROP TABLE "discovery_response_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."discovery_orders_case_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "discovery_orders"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."discovery_extensions_set_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "discovery_extensions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."discovery_sets_case_created_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."discovery_sets_parties_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "discovery_sets"
        `);
    await queryRunner.query(`
            DROP TABLE "discovery_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."deadlines_case_due_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "deadlines"
        `);
  }
}
