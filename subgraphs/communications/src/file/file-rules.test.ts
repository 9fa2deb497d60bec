import { Role } from '@casework/kit';
import { sampleDocx, sampleExe, samplePdf, testIdentity } from '@casework/testing';
import { describe, expect, it } from 'vitest';
import { checkSignedQuery, configureFileLinks, signedQuery } from './file-links.js';
import { FilePurpose, mayUseFilePurpose } from './file-purpose.js';
import { readFileSettings } from './file-settings.js';
import { contentMatches, detectContent, KNOWN_FILE_TYPES, typeForName } from './file-types.js';

describe('file types (R3.4)', () => {
  it('R3.4: the type is detected from the content and must match the name', async () => {
    expect(await detectContent(samplePdf())).toBe('pdf');
    expect(await detectContent(sampleDocx())).toBe('docx');
    expect(await detectContent(Buffer.from('Kontoauszug März\n', 'utf8'))).toBe('text');
    expect(contentMatches(KNOWN_FILE_TYPES.pdf!, await detectContent(sampleExe()))).toBe(false);
    expect(contentMatches(KNOWN_FILE_TYPES.docx!, await detectContent(samplePdf()))).toBe(false);
    expect(contentMatches(KNOWN_FILE_TYPES.txt!, await detectContent(Buffer.from([0, 1, 2])))).toBe(
      false,
    );
  });

  it('R3.4: the allow-list is configurable and names what is allowed', () => {
    const settings = readFileSettings({ ATTACHMENT_ALLOWED_TYPES: 'pdf, .PNG' });
    expect(settings.allowedExtensions).toEqual(['pdf', 'png']);
    expect(typeForName('scan.PDF', settings.allowedExtensions)).toMatchObject({ ext: 'pdf' });
    expect(typeForName('letter.docx', settings.allowedExtensions)).toEqual({
      refusal: 'files of type .docx are not allowed; allowed: .pdf, .png',
    });
    expect(() => readFileSettings({ ATTACHMENT_ALLOWED_TYPES: 'pdf,exe' })).toThrow(
      /ATTACHMENT_ALLOWED_TYPES/,
    );
    expect(readFileSettings({}).maxBytes).toBeUndefined();
  });
});

describe('signed links (R3.4)', () => {
  configureFileLinks('unit-test-internal-secret-0123456789');
  const link = {
    subject: 'download:f1:attachment',
    accountId: 'u1',
    expiresAt: new Date(Date.now() + 60_000),
  };

  it('R3.4: a link works for its account until it expires; altered, foreign or expired links do not', () => {
    const q = new URLSearchParams(signedQuery(link));
    const check = (subject: string, account: string, now?: Date) =>
      checkSignedQuery(
        subject,
        account,
        q.get('expires') ?? undefined,
        q.get('signature') ?? undefined,
        now,
      );
    expect(check(link.subject, 'u1')).toBe('ok');
    expect(check('download:f2:attachment', 'u1')).toBe('invalid');
    expect(check('download:f1:inline', 'u1')).toBe('invalid');
    expect(check(link.subject, 'u2')).toBe('invalid');
    expect(check(link.subject, 'u1', new Date(Date.now() + 120_000))).toBe('expired');
    expect(checkSignedQuery(link.subject, 'u1', '1e99', 'x')).toBe('invalid');
  });
});

describe('purposes (R5.7)', () => {
  it('R5.7: provider administrators may upload administrative request files for their own organisation only; provider users not at all', () => {
    const user = testIdentity([Role.PROVIDER_USER], { organisationId: 'org-a' });
    expect(mayUseFilePurpose(user, FilePurpose.ADMINISTRATIVE_REQUEST, 'org-a')).toBe(false);
    const provider = testIdentity([Role.PROVIDER_ADMIN], { organisationId: 'org-a' });
    expect(mayUseFilePurpose(provider, FilePurpose.ADMINISTRATIVE_REQUEST, 'org-a')).toBe(true);
    expect(mayUseFilePurpose(provider, FilePurpose.ADMINISTRATIVE_REQUEST, 'org-b')).toBe(false);
    expect(mayUseFilePurpose(provider, FilePurpose.CASE_ATTACHMENT, null)).toBe(false);
    const support = testIdentity([Role.SUPPORT_AGENT]);
    expect(mayUseFilePurpose(support, FilePurpose.ADMINISTRATIVE_REQUEST, 'org-b')).toBe(true);
    expect(mayUseFilePurpose(support, FilePurpose.CASE_ATTACHMENT, null)).toBe(false);
    expect(
      mayUseFilePurpose(testIdentity([Role.CASEWORKER]), FilePurpose.MEETING_MINUTES, null),
    ).toBe(true);
  });
});
