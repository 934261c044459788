import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../errors/app-error';
import { Actor } from './actor';

/** The authenticated actor; on an operation declared public it is null when nobody signed in. */
export function actorOf(context: ExecutionContext): Actor | null {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext().req
      : context.switchToHttp().getRequest();
  return (request?.user as Actor | undefined) ?? null;
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = actorOf(context);
  if (!actor) throw new UnauthenticatedError();
  return actor;
});
