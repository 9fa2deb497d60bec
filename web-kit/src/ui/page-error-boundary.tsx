import { Button, InlineNotification, Stack } from '@carbon/react';
import { type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

function PageFailed({ resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={5} className="cw-page" data-testid="page-failed">
      <h1 className="cds--type-heading-05">{t('error.pageFailed.title')}</h1>
      <InlineNotification
        kind="error"
        role="alert"
        hideCloseButton
        title={t('error.title')}
        subtitle={t('error.pageFailed.text')}
      />
      <div>
        <Button kind="primary" onClick={resetErrorBoundary}>
          {t('error.pageFailed.retry')}
        </Button>{' '}
        <Button kind="ghost" as={Link} to="/">
          {t('error.pageFailed.start')}
        </Button>
      </div>
    </Stack>
  );
}

/**
 * A page that fails while rendering shows an error in its place; the header, the navigation and
 * the live connection stay. Leaving the page (another path) clears the error.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    // React itself reports the caught error on the console.
    <ErrorBoundary FallbackComponent={PageFailed} resetKeys={[pathname]}>
      {children}
    </ErrorBoundary>
  );
}
