import {
  Button,
  Form,
  InlineNotification,
  PasswordInput,
  Stack,
  TextInput,
  Tile,
} from '@carbon/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LanguageSwitcher } from '../i18n/language-switcher.js';
import { useAuth } from './auth-context.js';
import { SignInError } from './session.js';

/** The sign-in form; after signing in it returns to the page the user wanted. */
export function SignInPage({ appName }: { appName: string }) {
  const { t } = useTranslation();
  const { user, notice, signIn } = useAuth();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (user) return <Navigate to={from} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
    } catch (caught) {
      const code = caught instanceof SignInError ? caught.code : 'UNKNOWN';
      setError(t(`auth.error.${code}`, { defaultValue: t('auth.error.UNKNOWN') }));
    } finally {
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
          <p className="cw-muted">{t('auth.intro')}</p>
          {notice && <InlineNotification kind="info" title={notice} hideCloseButton lowContrast />}
          {error && <InlineNotification kind="error" title={error} hideCloseButton role="alert" />}
          <Form
            // submit reports its own failures in the form, so nothing is left to await here.
            onSubmit={(event) => void submit(event)}
            aria-label={t('auth.signIn')}
          >
            <Stack gap={5}>
              <TextInput
                id="sign-in-email"
                labelText={t('auth.email')}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                required
              />
              <PasswordInput
                id="sign-in-password"
                labelText={t('auth.password')}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                hidePasswordLabel={t('auth.hidePassword')}
                showPasswordLabel={t('auth.showPassword')}
                required
              />
              <Button type="submit" disabled={busy}>
                {busy ? t('auth.signingIn') : t('auth.signIn')}
              </Button>
            </Stack>
          </Form>
        </Stack>
      </Tile>
    </main>
  );
}
