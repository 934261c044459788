import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { BearerAuthGuard } from '@parley/accounts';
import { AccessEnforcer } from '@parley/cases';
import {
  ACCESS_METADATA,
  Actor,
  AccessRule,
  Clock,
  combineJsonReads,
  JsonRead,
  preparedQuery,
  rootResolverMethods,
  SQL_ANSWER_METADATA,
  SqlAnswerBuilder,
} from '@parley/platform';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DocumentNode, GraphQLSchema } from 'graphql';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AnswerableRoot, AnswerPlan, answerPlanOf } from './answer-plan';

/** How many query texts' plans are kept (then forgotten all at once, as request-hooks.ts does). */
const MOST_PLANS = 1_000;

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/**
 * Answers a query made only of fields AnsweredInSql with one statement whose text is the answer: the
 * access decision's facts and each root field's JSON, built by PostgreSQL through the policy's
 * visibility SQL. The decision is still taken by the policy here (AccessEnforcer.decideOn), as the
 * guard takes it; the answer is sent only when every decision allows it and every subject was found.
 * Anything else (a refusal, a text never seen through the resolvers, a session token this process has
 * not verified yet, an unknown, revoked or expired API token, an id that is not one) goes the
 * resolvers' way, which answers it, or refuses it, in their own words. A dashboard then costs neither
 * the resolvers nor the parsing of its JSON and writing it again (issue 14).
 */
@Injectable()
export class SqlAnswerer implements OnModuleInit {
  private readonly answerable = new Map<string, AnswerableRoot>();
  /** Plans by query text; null for a text the resolvers alone answer. */
  private readonly plans = new Map<string, AnswerPlan | null>();
  /** Requests answered here since start: for the tests and the bench to tell which way one went. */
  answered = 0;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly enforcer: AccessEnforcer,
    private readonly bearer: BearerAuthGuard,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Finds the queries AnsweredInSql, each with the access rule its resolver declares. */
  onModuleInit(): void {
    for (const { type, name, handler, owner } of rootResolverMethods(this.discovery, this.scanner)) {
      const build = Reflect.getMetadata(SQL_ANSWER_METADATA, handler) as SqlAnswerBuilder | undefined;
      if (!build) continue;
      const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
        handler,
        owner,
      ]);
      // Answered in SQL means decided in the same statement: only Access.toRead reads that way.
      if (type !== 'Query' || rule?.kind !== 'capability' || !rule.withRead || rule.from.includes('.')) {
        throw new Error(
          `${type}.${name}: AnsweredInSql is for queries declared Access.toRead on a top-level argument`,
        );
      }
      this.answerable.set(name, { capability: rule.capability, argument: rule.from, build });
    }
  }

  /**
   * Mercurius's preExecution, after every check of the text passed (request-hooks.ts): the text's
   * plan, made once. Only a text that got this far is ever answered here.
   */
  learn(schema: GraphQLSchema, document: DocumentNode, context: { req?: FastifyRequest }): void {
    const text = (context.req?.body as GraphQLBody | undefined)?.query;
    if (typeof text !== 'string' || this.plans.has(text)) return;
    if (this.plans.size >= MOST_PLANS) this.plans.clear();
    this.plans.set(text, answerPlanOf(schema, document, this.answerable));
  }

  /** Fastify's preHandler of POST /graphql: whether it answered the request. */
  async answer(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const body = request.body as GraphQLBody | undefined;
    const plan = typeof body?.query === 'string' ? this.plans.get(body.query) : undefined;
    if (!plan || (body?.operationName != null && body.operationName !== plan.operationName)) return false;
    const ids = idsOf(plan, body?.variables);
    if (!ids) return false;
    const actor = await this.actorOf(request);
    if (!actor) return false;

    const now = this.clock.now();
    const reads: JsonRead<unknown>[] = [];
    const decisions = new Map<string, { column: number; root: AnswerPlan['roots'][number] }>();
    const answers: Array<{ key: string; column: number }> = [];
    for (const root of plan.roots) {
      const subjectId = ids.get(root.variable) as string;
      const decision = `${root.capability.name} ${subjectId}`;
      if (!decisions.has(decision)) {
        decisions.set(decision, { column: reads.length, root });
        reads.push(this.enforcer.factsRead(actor, root.capability, subjectId));
      }
      const parameters: unknown[] = [];
      const sql = root.build({ actor, subjectId, now, selection: root.selection, parameters });
      if (sql === null) return false;
      answers.push({ key: root.key, column: reads.length });
      reads.push({ sql, parameters });
    }

    const { sql, parameters } = combineJsonReads(reads);
    let row: Record<string, unknown>;
    try {
      [row] = await preparedQuery<Record<string, unknown>>(this.dataSource, sql, parameters);
    } catch (error) {
      // The resolvers' way reads again, and answers a failure as every other failure is answered.
      this.logger.warn({ err: error }, 'A query answered in SQL failed; answering it with the resolvers');
      return false;
    }
    for (const { column, root } of decisions.values()) {
      try {
        this.enforcer.decideOn(actor, root.capability, row[`r${column}`]);
      } catch {
        return false;
      }
    }
    let payload = '{"data":{';
    for (const [i, { key, column }] of answers.entries()) {
      const text = row[`r${column}`];
      // A subject the decision allowed but its read did not find: the resolver says why.
      if (typeof text !== 'string') return false;
      payload += `${i === 0 ? '' : ','}"${key}":${text}`;
    }
    this.answered++;
    void reply.type('application/json; charset=utf-8').send(`${payload}}}`);
    return true;
  }

  /**
   * Who asks: a session known to this process costs nothing; an API token is checked (and its use
   * recorded) by its own statement, as the guard checks it. A failed check goes the resolvers' way,
   * which checks again and answers a failure as every other is answered.
   */
  private async actorOf(request: FastifyRequest): Promise<Actor | undefined> {
    try {
      return this.bearer.knownActor(request.headers) ?? (await this.bearer.apiTokenActor(request.headers));
    } catch (error) {
      this.logger.warn({ err: error }, 'Checking an API token for a query answered in SQL failed');
      return undefined;
    }
  }
}

/** The plan's id variables, each a UUID lowercased as the guard reads it; null when one is not. */
function idsOf(plan: AnswerPlan, variables: unknown): Map<string, string> | null {
  const ids = new Map<string, string>();
  for (const name of plan.variables) {
    const value =
      variables !== null && typeof variables === 'object'
        ? (variables as Record<string, unknown>)[name]
        : undefined;
    if (typeof value !== 'string' || !isUUID(value)) return null;
    ids.set(name, value.toLowerCase());
  }
  return ids;
}
