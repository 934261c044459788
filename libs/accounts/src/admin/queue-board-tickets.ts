import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Actor, AppConfig, InjectConfig, SystemRole } from '@parley/platform';
import { UsersService } from '../users/users.service';

const TTL_SECONDS = 15 * 60;

/**
 * Short-lived tickets for the queue board, a browser page that cannot send a Bearer header: an admin
 * asks for a link, the link's ticket (in its fragment, which no server or log sees) becomes an
 * HttpOnly cookie, and both expire in 15 minutes.
 */
@Injectable()
export class QueueBoardTickets {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async issue(actor: Actor): Promise<{ url: string; expiresAt: Date }> {
    const ticket = await this.jwt.signAsync(
      { sub: actor.userId, typ: 'queue-board' },
      { expiresIn: TTL_SECONDS },
    );
    return {
      url: `${this.config.publicUrl}/admin/queues/enter#${encodeURIComponent(ticket)}`,
      expiresAt: new Date(Date.now() + TTL_SECONDS * 1000),
    };
  }

  /** True for a valid, unexpired ticket of someone who is still an admin. */
  async valid(ticket: string | undefined): Promise<boolean> {
    if (!ticket) return false;
    try {
      const claims = await this.jwt.verifyAsync<{ sub: string; typ: string }>(ticket);
      if (claims.typ !== 'queue-board') return false;
      return (await this.users.findById(claims.sub))?.role === SystemRole.ADMIN;
    } catch {
      return false;
    }
  }

  get ttlSeconds(): number {
    return TTL_SECONDS;
  }
}
