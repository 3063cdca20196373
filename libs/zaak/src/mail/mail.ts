import { createTransport } from 'nodemailer';

/** A plain-text e-mail to one person. */
export interface Mail {
  readonly aan: string;
  readonly onderwerp: string;
  readonly tekst: string;
}

export interface MailVerzender {
  /** Resolves when the SMTP server accepted the mail; rejects otherwise. */
  verzend(mail: Mail): Promise<void>;
}

/**
 * Sends through an SMTP server (`smtp://host:port`, `smtps://user:pass@host`) from a fixed
 * sender. No retries here: the caller records what was sent and tries again next time.
 */
export function smtpVerzender(url: string, van: string): MailVerzender {
  const transport = createTransport(url);
  return {
    async verzend(mail: Mail): Promise<void> {
      await transport.sendMail({ from: van, to: mail.aan, subject: mail.onderwerp, text: mail.tekst });
    },
  };
}
