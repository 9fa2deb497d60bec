import {
  AppShell,
  AuthProvider,
  type NavMenu,
  RequireAuth,
  lazyPage,
  SignInPage,
  useAuth,
} from '@casework/web-kit';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
// Outside the app shell (no header): small, loaded with the app.
import { InvitationPage } from './invitation/invitation-page.js';

// Each page is its own chunk, loaded when its route is first shown (issue 15).
const InquiriesPage = lazyPage(() => import('./inquiries/inquiries-page.js'), 'InquiriesPage');
const InquiryPage = lazyPage(() => import('./inquiries/inquiry-page.js'), 'InquiryPage');
const OrganisationPage = lazyPage(
  () => import('./organisation/organisation-page.js'),
  'OrganisationPage',
);
const HomePage = lazyPage(() => import('./home/home-page.js'), 'HomePage');
const SupportAssistantPage = lazyPage(
  () => import('./support/support-assistant-page.js'),
  'SupportAssistantPage',
);
const SupportRequestPage = lazyPage(
  () => import('./support/support-request-page.js'),
  'SupportRequestPage',
);
const SupportRequestsPage = lazyPage(
  () => import('./support/support-requests-page.js'),
  'SupportRequestsPage',
);
const TicketFormPage = lazyPage(() => import('./support/ticket-form-page.js'), 'TicketFormPage');

function PortalRoutes() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const admin = can('admin-request:create');
  const create = [
    { to: '/support/assistant', label: t('nav.supportAssistant') },
    { to: '/support/new', label: t('nav.createTicket') },
  ];
  const menus: NavMenu[] = [
    // Only provider administrators raise administrative requests (R5.1, R5.2).
    ...(admin ? [{ label: t('nav.create'), buttonText: '+', items: create }] : []),
    {
      label: t('nav.support'),
      items: [...(admin ? create : []), { to: '/support', label: t('nav.supportRequests') }],
    },
  ];
  return (
    <RequireAuth permission="app:portal">
      <AppShell
        appName={t('app.name')}
        nav={[
          { to: '/home', label: t('nav.home') },
          { to: '/inquiries', label: t('nav.inquiries') },
          { to: '/organisation', label: t('nav.organisation') },
        ]}
        menus={menus}
      >
        <Routes>
          <Route index element={<Navigate to="/home" replace />} />
          <Route path="home" element={<HomePage />} />
          <Route path="inquiries" element={<InquiriesPage />} />
          <Route path="inquiries/:id" element={<InquiryPage />} />
          <Route path="organisation" element={<OrganisationPage />} />
          <Route path="support" element={<SupportRequestsPage />} />
          <Route path="support/requests/:id" element={<SupportRequestPage />} />
          {admin && <Route path="support/assistant" element={<SupportAssistantPage />} />}
          {admin && <Route path="support/new" element={<TicketFormPage />} />}
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
