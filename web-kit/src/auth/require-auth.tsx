import { Button, Stack, Tile } from '@carbon/react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './auth-context.js';

/**
 * Sends visitors to sign-in, and tells users without the app's permission (`app:agency`,
 * `app:portal`) that this app is not theirs.
 */
export function RequireAuth({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { user, signOut, can } = useAuth();
  const location = useLocation();
  if (!user)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (!can(permission)) {
    return (
      <main className="cw-signin" id="main-content">
        <Tile>
          <Stack gap={5}>
            <h1 className="cds--type-heading-03">{t('auth.wrongApp.title')}</h1>
            <p>{t('auth.wrongApp.text', { name: user.name })}</p>
            <Button kind="secondary" onClick={() => void signOut()}>
              {t('auth.signOut')}
            </Button>
          </Stack>
        </Tile>
      </main>
    );
  }
  return <>{children}</>;
}
