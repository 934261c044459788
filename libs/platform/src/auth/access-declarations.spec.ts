import { Test } from '@nestjs/testing';
import { DiscoveryModule } from '@nestjs/core';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from './access.decorator';
import { AccessDeclarations } from './access-declarations';

@Resolver()
class DeclaredResolver {
  @Query(() => String)
  @Access.public()
  hello(): string {
    return 'hi';
  }

  @Mutation(() => String, { name: 'renamedOperation' })
  @Access.to({ name: 'case.read', subject: 'case', holders: 'any member of the case' }, 'id')
  change(): string {
    return 'ok';
  }
}

@Resolver()
class ForgetfulResolver {
  @Query(() => String)
  undeclared(): string {
    return 'oops';
  }
}

async function boot(...resolvers: Array<new () => object>) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [AccessDeclarations, ...resolvers],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

describe('AccessDeclarations', () => {
  it('lists every root operation with its declared access', async () => {
    const moduleRef = await boot(DeclaredResolver);
    expect(moduleRef.get(AccessDeclarations).list()).toEqual([
      {
        operation: 'Mutation.renamedOperation',
        access: {
          kind: 'capability',
          capability: { name: 'case.read', subject: 'case', holders: 'any member of the case' },
          from: 'id',
        },
      },
      { operation: 'Query.hello', access: { kind: 'public' } },
    ]);
  });

  it('refuses to start when an operation declares no access', async () => {
    await expect(boot(DeclaredResolver, ForgetfulResolver)).rejects.toThrow(
      /These GraphQL operations declare no access \(add @Access\.…\): Query\.undeclared/,
    );
  });
});
