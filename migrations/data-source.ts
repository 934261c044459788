// For the TypeORM CLI (`npx nx run migrations:generate --name=AddThing`): entities in, migration out.
import { dataSourceOptions, loadConfigFromEnvironment } from '@parley/platform';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export default new DataSource({
  ...dataSourceOptions(loadConfigFromEnvironment(), 'parley-cli'),
  entities: ALL_ENTITIES,
  migrations: MIGRATIONS,
});
