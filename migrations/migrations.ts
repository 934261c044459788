import { Foundation1795839244860 } from './1795839244860-Foundation';
import { DiscoveryExchange1795842992392 } from './1795842992392-DiscoveryExchange';

/** Applied in this order; a test checks that every migration file in this folder is listed. */
export const MIGRATIONS = [Foundation1795839244860, DiscoveryExchange1795842992392];
