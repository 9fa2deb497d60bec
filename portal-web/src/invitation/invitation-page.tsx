import { acceptInvitation, LanguageSwitcher, refusalText, SignInError } from '@casework/web-kit';
import { Button, Form, InlineNotification, PasswordInput, Stack, Tile } from '@carbon/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MIN_LENGTH = 12;

/**
 * Where the invitation mail's link lands: the user chooses a password and is signed in. The token
 * is in the URL fragment, which the browser never sends to a server.
 */
export function InvitationPage({ appName }: { appName: string }) {
  const { t } = useTranslation();
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tooShort = password.length > 0 && password.length < MIN_LENGTH;
  const mismatch = repeat.length > 0 && repeat !== password;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_LENGTH || password !== repeat) return;
    setBusy(true);
    setError(null);
    try {
      await acceptInvitation(token, password);
      // A full load lets the app start with the new session cookie.
      window.location.assign('/portal/');
    } catch (caught) {
      const code = caught instanceof SignInError ? caught.code : 'UNKNOWN';
      // A refused password or address is worded from its code (kit's REFUSALS) in the user's language.
      const field =
        caught instanceof SignInError && code !== 'INVALID_INVITATION'
          ? caught.fields[0]
          : undefined;
      setError(
        field?.code
          ? refusalText(t, field.code, field.params, (caught as Error).message)
          : t(`invitation.error.${code}`, { defaultValue: t('invitation.error.UNKNOWN') }),
      );
      setBusy(false);
    }
  };

  return (
    <main className="cw-signin" id="main-content">
      <Tile>
        <Stack gap={6}>
          <div className="cw-row" style={{ justifyContent: 'space-between' }}>
            <h1 className="cds--type-heading-04">{appName}</h1>
            <LanguageSwitcher />
          </div>
          <h2 className="cds--type-heading-03">{t('invitation.title')}</h2>
          {!token ? (
            <InlineNotification
              kind="error"
              role="alert"
              hideCloseButton
              title={t('invitation.error.INVALID_INVITATION')}
            />
          ) : (
            <>
              <p className="cw-muted">{t('invitation.intro', { length: MIN_LENGTH })}</p>
              {error && (
                <InlineNotification kind="error" title={error} hideCloseButton role="alert" />
              )}
              <Form
                // submit reports its own failures in the form, so nothing is left to await here.
                onSubmit={(event) => void submit(event)}
                aria-label={t('invitation.title')}
              >
                <Stack gap={5}>
                  <PasswordInput
                    id="invitation-password"
                    labelText={t('invitation.password')}
                    autoComplete="new-password"
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                    invalid={tooShort}
                    invalidText={t('invitation.tooShort', { length: MIN_LENGTH })}
                    hidePasswordLabel={t('auth.hidePassword')}
                    showPasswordLabel={t('auth.showPassword')}
                  />
                  <PasswordInput
                    id="invitation-repeat"
                    labelText={t('invitation.repeat')}
                    autoComplete="new-password"
                    value={repeat}
                    onChange={(e) => setRepeat(e.target.value)}
                    invalid={mismatch}
                    invalidText={t('invitation.mismatch')}
                    hidePasswordLabel={t('auth.hidePassword')}
                    showPasswordLabel={t('auth.showPassword')}
                  />
                  <Button
                    type="submit"
                    disabled={busy || password.length < MIN_LENGTH || password !== repeat}
                  >
                    {t('invitation.submit')}
                  </Button>
                </Stack>
              </Form>
            </>
          )}
        </Stack>
      </Tile>
    </main>
  );
}
