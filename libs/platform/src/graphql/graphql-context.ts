import type { FastifyReply, FastifyRequest } from 'fastify';
import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { RequestLoaders } from './request-loaders';

export type ParleyRequest = FastifyRequest & { user?: Actor };

export interface GraphQLContext {
  req: ParleyRequest;
  reply: FastifyReply;
  loaders: RequestLoaders;
}

export function createGraphQLContext(req: FastifyRequest, reply: FastifyReply): GraphQLContext {
  return { req, reply, loaders: new RequestLoaders() };
}

export function graphqlContextOf(context: ExecutionContext): GraphQLContext {
  return GqlExecutionContext.create(context).getContext<GraphQLContext>();
}
