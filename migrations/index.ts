export { MIGRATIONS } from './migrations';
export { ALL_ENTITIES } from './entities';
// For the test that checks it reads back every count the app stores.
export { basisFromSteps } from './1796300000000-CalendarChanges';
