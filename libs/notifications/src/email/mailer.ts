import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@parley/platform';
import { PinoLogger } from 'nestjs-pino';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per delivery, so a resend after a crash is recognisably the same message. */
  messageId: string;
}

/** nodemailer over SMTP_URL; without one, each message is written to the log instead (development). */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(Mailer.name);
    this.transport =
      config.mail.transport === 'smtp' && config.mail.smtpUrl
        ? createTransport(config.mail.smtpUrl)
        : createTransport({ jsonTransport: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.mail.from, ...mail });
    if (this.config.mail.transport === 'log') {
      this.logger.info(
        { to: mail.to, subject: mail.subject, text: mail.text },
        'Email (MAIL transport: log)',
      );
    } else if (info.rejected?.length) {
      throw new Error(`The mail server refused ${info.rejected.join(', ')}`);
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
