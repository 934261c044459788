import { CapabilityRef } from '@parley/platform';
import { Permit } from './access.policy';
import { SubjectDefinition } from './subject-definition';

/** A capability with what the policy needs to decide it. */
export interface Capability<Roles extends string = string> extends CapabilityRef {
  readonly definition: SubjectDefinition<Roles>;
  readonly permit: Permit;
}

const capabilities = new Map<string, Capability>();

/**
 * Declares what may be done to a kind of subject and who may do it; resolvers name it in
 * @Access.to(capability, argumentPath), and the guard decides it before they run.
 */
export function defineCapability<Roles extends string>(
  name: string,
  definition: SubjectDefinition<Roles>,
  permit: Permit,
): Capability<Roles> {
  if (capabilities.has(name)) throw new Error(`Capability ${name} is defined twice`);
  const capability: Capability<Roles> = {
    name,
    subject: definition.kind,
    holders: permit.holders,
    definition,
    permit,
  };
  capabilities.set(name, capability as unknown as Capability);
  return capability;
}

export function capabilityNamed(name: string): Capability | undefined {
  return capabilities.get(name);
}
