import { registerEnumType } from '@nestjs/graphql';

export enum SystemRole {
  USER = 'USER',
  COURT_STAFF = 'COURT_STAFF',
  ADMIN = 'ADMIN',
}

registerEnumType(SystemRole, {
  name: 'SystemRole',
  description:
    'USER: parties and their representatives. COURT_STAFF: chambers or clerk of one court. ADMIN: runs the installation.',
});
