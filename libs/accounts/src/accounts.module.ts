import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG } from '@parley/platform';
import { AuditModule } from '@parley/audit';
import { CourtsModule } from '@parley/courts';
import { QueueBoardTickets } from './admin/queue-board-tickets';
import { QueueBoardResolver } from './admin/queue-board.resolver';
import { ApiTokenEntity } from './api-tokens/api-token.entity';
import { ApiTokensResolver } from './api-tokens/api-tokens.resolver';
import { ApiTokensService } from './api-tokens/api-tokens.service';
import { ApiTokenStrategy } from './auth/api-token.strategy';
import { BearerAuthGuard } from './auth/bearer-auth.guard';
import { jwtKey } from './auth/jwt-key';
import { JwtStrategy } from './auth/jwt.strategy';
import { LocalStrategy } from './auth/local.strategy';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordHasher } from './passwords/password-hasher';
import { RefreshTokenEntity } from './sessions/refresh-token.entity';
import { SessionsResolver } from './sessions/sessions.resolver';
import { SessionsService } from './sessions/sessions.service';
import { UserEntity } from './users/user.entity';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

@Module({
  imports: [
    AuditModule,
    CourtsModule,
    PassportModule,
    TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity, ApiTokenEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // @nestjs/jwt's types say string or Buffer; jsonwebtoken takes the KeyObject as it is.
        secret: jwtKey(config.jwt.secret) as unknown as Buffer,
        signOptions: {
          algorithm: 'HS256',
          issuer: config.jwt.issuer,
          audience: config.jwt.audience,
          expiresIn: config.jwt.accessTtlSeconds,
        },
        verifyOptions: { algorithms: ['HS256'], issuer: config.jwt.issuer, audience: config.jwt.audience },
      }),
    }),
  ],
  providers: [
    PasswordHasher,
    UsersService,
    SessionsService,
    ApiTokensService,
    JwtStrategy,
    ApiTokenStrategy,
    LocalStrategy,
    LoginThrottle,
    BearerAuthGuard,
    UsersResolver,
    SessionsResolver,
    ApiTokensResolver,
    QueueBoardTickets,
    QueueBoardResolver,
  ],
  exports: [UsersService, BearerAuthGuard, QueueBoardTickets],
})
export class AccountsModule {}
