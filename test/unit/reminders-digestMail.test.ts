import { sendDigestMail } from '../../src/app/reminders/digestMail';
import { defaultSettings } from '../../src/domain/settings';

describe('sendDigestMail', () => {
  const sendEmail = jest.fn();
  beforeAll(() => {
    (globalThis as unknown as { MailApp: unknown }).MailApp = { sendEmail };
  });
  afterAll(() => {
    delete (globalThis as unknown as { MailApp?: unknown }).MailApp;
  });
  beforeEach(() => sendEmail.mockReset());

  const settings = { ...defaultSettings(), deskEmail: 'desk@city.example.lg.jp' };

  test('a digest goes with its HTML body', () => {
    const mail = { subject: 's', body: 'text', htmlBody: '<p>html</p>' };
    expect(sendDigestMail(settings, 'a@example.jp', mail)).toEqual({ ok: true });
    expect(sendEmail).toHaveBeenCalledWith('a@example.jp', 's', 'text', {
      name: settings.deskName,
      htmlBody: '<p>html</p>',
      replyTo: 'desk@city.example.lg.jp',
    });
  });

  test('a plain-text message (the desk notice) is sent without an empty HTML part', () => {
    sendDigestMail(settings, 'a@example.jp', { subject: 's', body: 'text', htmlBody: '' });
    const options = sendEmail.mock.calls[0][3] as Record<string, unknown>;
    expect(options).not.toHaveProperty('htmlBody');
    expect(options.name).toBe(settings.deskName);
  });

  test('the quota refusal is told apart from other failures', () => {
    sendEmail.mockImplementation(() => {
      throw new Error('Service invoked too many times for one day: email.');
    });
    expect(
      sendDigestMail(settings, 'a@example.jp', { subject: 's', body: 'b', htmlBody: '' }),
    ).toMatchObject({ ok: false, quota: true });
  });
});
