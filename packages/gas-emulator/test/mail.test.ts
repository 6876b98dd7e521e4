/**
 * MailApp emulation.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 * https://developers.google.com/apps-script/guides/services/quotas
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import { createMailApp, MAIL_ERRORS } from '../src/services/mail';

const DESK = 'desk@city.example.lg.jp';

function setup(mailQuota = 1500) {
  const ws = new Workspace({ now: '2026-04-01T09:00:00+09:00', mailQuota });
  const mail = createMailApp(ws);
  const run = <T>(body: () => T, options: Partial<ExecutionOptions> = {}): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: DESK, ...options }, body);
  return { ws, mail, run };
}

const blob = (name: string, size: number) => ({
  getBytes: () => new Uint8Array(size).fill(65),
  getName: () => name,
  getContentType: () => 'application/pdf',
});

// mail-app#sendEmail(recipient, subject, body)
test('sendEmail(recipient, subject, body) records the message', () => {
  const { ws, mail, run } = setup();
  run(() => mail.sendEmail('a@company.example.jp', '件名', '本文'));
  expect(ws.mail.outbox[0]).toMatchObject({
    to: 'a@company.example.jp',
    subject: '件名',
    body: '本文',
    from: DESK,
  });
});

// mail-app#sendEmail(recipient, subject, body, options)
test('sendEmail with options records cc, bcc, name and htmlBody', () => {
  const { ws, mail, run } = setup();
  run(() =>
    mail.sendEmail('a@x.example.jp', 's', 'b', {
      cc: 'c@x.example.jp',
      bcc: 'd@x.example.jp',
      name: '公民連携デスク',
      htmlBody: '<b>b</b>',
    }),
  );
  expect(ws.mail.outbox[0]).toMatchObject({
    cc: 'c@x.example.jp',
    bcc: 'd@x.example.jp',
    name: '公民連携デスク',
    htmlBody: '<b>b</b>',
  });
});

// mail-app#sendEmail(message)
test('sendEmail(message) takes a message object', () => {
  const { ws, mail, run } = setup();
  run(() =>
    mail.sendEmail({ to: 'a@x.example.jp', subject: 's', body: 'b', replyTo: 'r@x.example.jp' }),
  );
  expect(ws.mail.outbox[0]).toMatchObject({ to: 'a@x.example.jp', replyTo: 'r@x.example.jp' });
});

// mail-app#sendEmail(to, replyTo, subject, body)
test('sendEmail(to, replyTo, subject, body) sets the reply-to address', () => {
  const { ws, mail, run } = setup();
  run(() => mail.sendEmail('a@x.example.jp', 'r@x.example.jp', 'subject', 'body'));
  expect(ws.mail.outbox[0]).toMatchObject({
    replyTo: 'r@x.example.jp',
    subject: 'subject',
    body: 'body',
  });
});

// mail-app#sendEmail: attachments are an array of BlobSource
test('attachments keep name, content type and bytes', () => {
  const { ws, mail, run } = setup();
  run(() =>
    mail.sendEmail('a@x.example.jp', 's', 'b', {
      attachments: [blob('report.pdf', 3) as unknown as GoogleAppsScript.Base.BlobSource],
    }),
  );
  const [attachment] = ws.mail.outbox[0].attachments;
  expect(attachment.name).toBe('report.pdf');
  expect(attachment.contentType).toBe('application/pdf');
  expect(Array.from(attachment.bytes)).toEqual([65, 65, 65]);
});

// quotas: "Email recipients per day" — every To, Cc and Bcc address counts
test('each recipient counts against the daily quota', () => {
  const { mail, run } = setup();
  run(() => {
    mail.sendEmail('a@x.example.jp,b@x.example.jp', 's', 'b', {
      cc: 'c@x.example.jp',
      bcc: 'd@x.example.jp',
    });
    expect(mail.getRemainingDailyQuota()).toBe(1496);
  });
});

// quotas: over the daily quota the service fails
test('sending past the quota throws Service invoked too many times for one day: email.', () => {
  const { ws, mail, run } = setup();
  run(() => {
    ws.mail.setRemaining(0);
    expect(() => mail.sendEmail('a@x.example.jp', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
  });
});

// quotas: "Quotas are per user and reset 24 hours after the first request"
test('the quota resets 24 hours after the first send', () => {
  const { ws, mail, run } = setup(100);
  run(() => mail.sendEmail('a@x.example.jp', 's', 'b'));
  ws.clock.advance(24 * 60 * 60 * 1000);
  run(() => expect(mail.getRemainingDailyQuota()).toBe(100));
});

// quotas: still within 24 hours, the quota is not restored
test('the quota is not restored before 24 hours have passed', () => {
  const { ws, mail, run } = setup(100);
  run(() => mail.sendEmail('a@x.example.jp', 's', 'b'));
  ws.clock.advance(23 * 60 * 60 * 1000);
  run(() => expect(mail.getRemainingDailyQuota()).toBe(99));
});

// mail-app#sendEmail: an invalid address fails
test('an invalid address throws Invalid email', () => {
  const { mail, run } = setup();
  run(() =>
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow(
      'Invalid email: not-an-address',
    ),
  );
});

// mail-app#sendEmail: a message needs a recipient
test('no recipient throws Failed to send email: no recipient', () => {
  const { mail, run } = setup();
  run(() =>
    expect(() => mail.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow(
      MAIL_ERRORS.noRecipient,
    ),
  );
});

// quotas: "Email recipients per message 50 / msg"
test('more than 50 recipients in one message are refused', () => {
  const { mail, run } = setup();
  const many = Array.from({ length: 51 }, (_, i) => `p${i}@x.example.jp`).join(',');
  run(() =>
    expect(() => mail.sendEmail(many, 's', 'b')).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    ),
  );
});

// quotas: "Email body size 200 KB / msg" for consumer accounts
test('a consumer body over 200 KB is refused', () => {
  const { mail, run } = setup(100);
  run(() =>
    expect(() => mail.sendEmail('a@x.example.jp', 's', 'x'.repeat(200 * 1024 + 1))).toThrow(
      'Limit Exceeded: Email Body Size.',
    ),
  );
});

// quotas: "Email body size 400 KB / msg" for Workspace accounts
test('a Workspace body of 300 KB is accepted', () => {
  const { ws, mail, run } = setup(1500);
  run(() => mail.sendEmail('a@x.example.jp', 's', 'x'.repeat(300 * 1024)));
  expect(ws.mail.outbox).toHaveLength(1);
});

// quotas: "Email total attachments size 25 MB / msg"
test('attachments over 25 MB in total are refused', () => {
  const { mail, run } = setup();
  const big = blob('big.bin', 25 * 1024 * 1024 + 1) as unknown as GoogleAppsScript.Base.BlobSource;
  run(() =>
    expect(() => mail.sendEmail('a@x.example.jp', 's', 'b', { attachments: [big] })).toThrow(
      'Limit Exceeded: Email Total Attachments Size.',
    ),
  );
});

// A refused message does not use quota
test('a refused message does not consume quota', () => {
  const { mail, run } = setup();
  run(() => {
    expect(() => mail.sendEmail('a@x.example.jp,bad', 's', 'b')).toThrow();
    expect(mail.getRemainingDailyQuota()).toBe(1500);
  });
});

// reference/script/auth-mode: simple triggers (LIMITED) cannot use services needing authorization
test('sendEmail is refused in a simple trigger', () => {
  const { mail, run } = setup();
  run(
    () =>
      expect(() => mail.sendEmail('a@x.example.jp', 's', 'b')).toThrow(
        /permission to call MailApp.sendEmail/,
      ),
    {
      source: 'simple',
    },
  );
});

// mail-app sendEmail advanced parameter noReply: only for Google Workspace accounts
test('noReply sends from a no-reply address on Workspace accounts', () => {
  const { ws, mail, run } = setup(1500);
  run(() => mail.sendEmail('a@x.example.jp', 's', 'b', { noReply: true }));
  expect(ws.mail.outbox[0].from).toBe('noreply@city.example.lg.jp');
});

// ledger: sendEmail is charged as mail
test('sendEmail is charged to MailApp', () => {
  const { ws, mail, run } = setup();
  run(() => mail.sendEmail('a@x.example.jp', 's', 'b'));
  expect(ws.ledger.records[0]).toMatchObject({
    service: 'MailApp',
    method: 'MailApp.sendEmail',
    kind: 'mail',
  });
});
