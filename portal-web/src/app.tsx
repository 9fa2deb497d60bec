import {
  AppShell,
  AuthProvider,
  type NavMenu,
  RequireAuth,
  SignInPage,
  useAuth,
} from '@casework/web-kit';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { InvitationPage } from './invitation/invitation-page.js';
import { InquiriesPage } from './inquiries/inquiries-page.js';
import { InquiryPage } from './inquiries/inquiry-page.js';
import { OrganisationPage } from './organisation/organisation-page.js';
import { SupportRequestsPage } from './support/support-requests-page.js';

function PortalRoutes() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const admin = can('provider:administer-own');
  const menus: NavMenu[] = [
    // Only provider administrators raise administrative requests (R5.1, R5.2).
    ...(admin
      ? [
          {
            label: t('nav.create'),
            buttonText: '+',
            items: [{ to: '/support', label: t('nav.newSupportRequest') }],
          },
        ]
      : []),
    { label: t('nav.support'), items: [{ to: '/support', label: t('nav.supportRequests') }] },
  ];
  return (
    <RequireAuth permission="app:portal">
      <AppShell
        appName={t('app.name')}
        nav={[
          { to: '/inquiries', label: t('nav.inquiries') },
          { to: '/organisation', label: t('nav.organisation') },
        ]}
        menus={menus}
      >
        <Routes>
          <Route index element={<Navigate to="/inquiries" replace />} />
          <Route path="inquiries" element={<InquiriesPage />} />
          <Route path="inquiries/:id" element={<InquiryPage />} />
          <Route path="organisation" element={<OrganisationPage />} />
          <Route path="support" element={<SupportRequestsPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppShell>
    </RequireAuth>
  );
}

export function App() {
  const { t } = useTranslation();
  return (
    <BrowserRouter basename="/portal">
      <AuthProvider>
        <Routes>
          <Route path="sign-in" element={<SignInPage appName={t('app.name')} />} />
          <Route path="invitation" element={<InvitationPage appName={t('app.name')} />} />
          <Route path="*" element={<PortalRoutes />} />
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
