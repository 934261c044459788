export { MIGRATIONS } from './migrations';
export { ALL_ENTITIES } from './entities';
