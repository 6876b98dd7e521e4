import type { SentMail } from '../services/mail';

// nodemailer's composer writes correct MIME for Japanese subjects and bodies (RFC 2047 headers,
// UTF-8 bodies), which a person can open in any mail client.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MailComposer = require('nodemailer/lib/mail-composer') as new (mail: object) => {
  compile(): { build(cb: (err: Error | null, message: Buffer) => void): void };
};

/** One sent email as an .eml file's bytes. */
export function toEml(mail: SentMail): Promise<Buffer> {
  const composer = new MailComposer({
    from: mail.name ? { name: mail.name, address: mail.from } : mail.from,
    to: mail.to,
    cc: mail.cc || undefined,
    bcc: mail.bcc || undefined,
    replyTo: mail.replyTo || undefined,
    subject: mail.subject,
    text: mail.body,
    html: mail.htmlBody || undefined,
    date: new Date(mail.sentAtMs),
    attachments: mail.attachments.map((a) => ({
      filename: a.name,
      contentType: a.contentType,
      content: Buffer.from(a.bytes),
    })),
  });
  return new Promise((resolve, reject) =>
    composer.compile().build((err, message) => (err ? reject(err) : resolve(message))),
  );
}
