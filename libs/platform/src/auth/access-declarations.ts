import { Injectable, OnModuleInit, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_METADATA, AccessRule } from './access.decorator';

export interface AccessDeclaration {
  operation: string;
  access: AccessRule | undefined;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

const joinPath = (...parts: unknown[]) =>
  `/${parts
    .map((p) => String(p ?? '').replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

export interface RootResolverMethod {
  /** Query, Mutation or Subscription. */
  type: string;
  /** The field's name in the schema. */
  name: string;
  handler: (...args: unknown[]) => unknown;
  /** The resolver's class. */
  owner: Type;
}

/** Every resolver method of a root field, on every provider. */
export function rootResolverMethods(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
): RootResolverMethod[] {
  const methods: RootResolverMethod[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method];
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler);
      if (typeof type !== 'string' || !ROOT_TYPES.has(type)) continue;
      const name = Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) ?? method;
      methods.push({ type, name, handler, owner: instance.constructor as Type });
    }
  }
  return methods;
}

/**
 * Lists every root GraphQL operation and every HTTP route of a controller with its access
 * declaration, and refuses to start when one has none: an undeclared operation would otherwise be
 * decided by whoever wrote the guard last.
 */
@Injectable()
export class AccessDeclarations implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing = this.list().filter((d) => !d.access);
    if (missing.length > 0) {
      throw new Error(
        `These GraphQL operations declare no access (add @Access.…): ${missing.map((d) => d.operation).join(', ')}`,
      );
    }
    // A change must be decided before it runs; only a query may answer with its decision.
    const heldChanges = this.list().filter(
      (d) => d.access?.kind === 'capability' && d.access.withRead && !d.operation.startsWith('Query.'),
    );
    if (heldChanges.length > 0) {
      throw new Error(
        `Access.toRead is for queries; these are not: ${heldChanges.map((d) => d.operation).join(', ')}`,
      );
    }
  }

  list(): AccessDeclaration[] {
    const declarations: AccessDeclaration[] = [];
    for (const { type, name, handler, owner } of rootResolverMethods(this.discovery, this.scanner)) {
      const access = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
        handler,
        owner,
      ]);
      declarations.push({ operation: `${type}.${name}`, access });
    }
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      const base = Reflect.getMetadata(PATH_METADATA, instance.constructor);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const verb = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (verb === undefined) continue;
        const access = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
          handler,
          instance.constructor,
        ]);
        const path = joinPath(base, Reflect.getMetadata(PATH_METADATA, handler));
        declarations.push({ operation: `${RequestMethod[verb]} ${path}`, access });
      }
    }
    return declarations.sort((a, b) => a.operation.localeCompare(b.operation));
  }
}
