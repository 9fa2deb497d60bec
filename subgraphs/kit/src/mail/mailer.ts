import nodemailer, { type Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A stable id ("<...@casework>") so a resent mail can be recognised. */
  messageId?: string;
  /** An iCalendar part (text/calendar with its METHOD), for meeting invitations. */
  icalEvent?: { method: string; filename?: string; content: string };
  /** Files sent with the mail (letters carry their PDF). */
  attachments?: { filename: string; content: Buffer | string; contentType?: string }[];
}

/** SMTP sender; features call it from jobs only, never inside a request. */
export function createMailer(smtpUrl: string, from: string) {
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    send: (mail: Mail) => transport.sendMail({ from, ...mail }),
    close: () => transport.close(),
  };
}

export type Mailer = ReturnType<typeof createMailer>;
