import { ExtensionEntity } from './extensions/extension.entity';
import { DiscoveryOrderEntity } from './orders/discovery-order.entity';
import { DiscoveryResponseEntity } from './responses/discovery-response.entity';
import { ResponseItemEntity } from './responses/response-item.entity';
import { DiscoveryItemEntity } from './sets/discovery-item.entity';
import { DiscoverySetEntity } from './sets/discovery-set.entity';

export * from './discovery-capabilities';
export * from './discovery-enums';
export * from './discovery-events';
export * from './discovery-reader';
export * from './discovery.loader';
export * from './discovery.module';
export * from './papers/legacy-paper';
export * from './papers/paper-records';
export * from './papers/paper-words';
export * from './sets/discovery-set.model';
export * from './sets/serve-discovery-set.input';
export * from './sets/service-instant';

/** For the schema project's DataSource only; other libs ask DiscoveryReader, never these. */
export const DISCOVERY_ENTITIES = [
  DiscoverySetEntity,
  DiscoveryItemEntity,
  DiscoveryResponseEntity,
  ResponseItemEntity,
  ExtensionEntity,
  DiscoveryOrderEntity,
];
