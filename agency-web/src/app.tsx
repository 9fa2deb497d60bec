import {
  AppShell,
  AuthProvider,
  type NavItem,
  RequireAuth,
  SignInPage,
  useAuth,
} from '@casework/web-kit';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { PersonPage } from './persons/person-page.js';
import { PersonSearchPage } from './persons/person-search-page.js';
import { ProviderPage } from './providers/provider-page.js';
import { ProviderSearchPage } from './providers/provider-search-page.js';
import { InquiryPage } from './inquiries/inquiry-page.js';
import { MyInquiriesPage } from './inquiries/my-inquiries-page.js';
import { ConfigurationPage } from './admin/configuration-page.js';
import { ApplicationPage } from './applications/application-page.js';
import { CaseListPage } from './cases/case-list-page.js';
import { CasePage } from './cases/case-page.js';
import { NewCaseWizard } from './cases/new-case-wizard.js';
import { RegisterPersonPage } from './persons/register-person-page.js';
import { DeskRequestPage } from './support/desk-request-page.js';
import { RequestCategoriesPage } from './support/request-categories-page.js';
import { SupportDeskPage } from './support/support-desk-page.js';
import { NotificationBell } from './notifications/notification-bell.js';
import { GlobalSearch } from './search/global-search.js';
import { StartPage } from './start/start-page.js';
import { AgendaPage } from './meetings/agenda-page.js';
import { LetterTemplatesPage } from './letters/letter-templates-page.js';
import { PrintQueuePage } from './letters/print-queue-page.js';
import { MinutesPage } from './minutes/minutes-page.js';
import { ApiClientsPage } from './integrations/api-clients-page.js';

function AgencyRoutes() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const persons = can('person:read');
  const inquiries = can('inquiry:read');
  const cases = can('case:read');
  const writeCases = can('case:write');
  const configure = can('case:configure');
  const support = can('admin-request:handle');
  const letters = can('communication:write');
  const templates = can('letter-template:manage');
  const integrations = can('api-client:manage');
  const nav: NavItem[] = [
    { to: '/start', label: t('nav.start') },
    ...(persons ? [{ to: '/persons', label: t('nav.persons') }] : []),
    { to: '/providers', label: t('nav.providers') },
    ...(inquiries ? [{ to: '/inquiries', label: t('nav.inquiries') }] : []),
    ...(cases ? [{ to: '/cases', label: t('nav.cases') }] : []),
    ...(cases ? [{ to: '/agenda', label: t('nav.agenda') }] : []),
    ...(letters ? [{ to: '/print-queue', label: t('nav.printQueue') }] : []),
    ...(support ? [{ to: '/support', label: t('nav.support') }] : []),
    ...(configure ? [{ to: '/configuration', label: t('nav.configuration') }] : []),
    ...(templates ? [{ to: '/letter-templates', label: t('nav.letterTemplates') }] : []),
    ...(integrations ? [{ to: '/api-clients', label: t('nav.apiClients') }] : []),
  ];
  return (
    <RequireAuth permission="app:agency">
      <AppShell
        appName={t('app.name')}
        nav={nav}
        search={<GlobalSearch />}
        actions={<NotificationBell />}
      >
        <Routes>
          <Route index element={<Navigate to="/start" replace />} />
          <Route path="start" element={<StartPage />} />
          {persons && <Route path="persons" element={<PersonSearchPage />} />}
          {writeCases && <Route path="persons/new" element={<RegisterPersonPage />} />}
          {persons && <Route path="persons/:id" element={<PersonPage />} />}
          {cases && <Route path="cases" element={<CaseListPage />} />}
          {writeCases && <Route path="cases/new" element={<NewCaseWizard />} />}
          {cases && <Route path="cases/:id" element={<CasePage />} />}
          {cases && <Route path="applications/:id" element={<ApplicationPage />} />}
          {cases && <Route path="agenda" element={<AgendaPage />} />}
          {cases && <Route path="meetings/:meetingId/minutes" element={<MinutesPage />} />}
          {configure && <Route path="configuration" element={<ConfigurationPage />} />}
          {letters && <Route path="print-queue" element={<PrintQueuePage />} />}
          {templates && <Route path="letter-templates" element={<LetterTemplatesPage />} />}
          {integrations && <Route path="api-clients" element={<ApiClientsPage />} />}
          {support && <Route path="support" element={<SupportDeskPage />} />}
          {support && <Route path="support/requests/:id" element={<DeskRequestPage />} />}
          {configure && <Route path="support/categories" element={<RequestCategoriesPage />} />}
          <Route path="providers" element={<ProviderSearchPage />} />
          <Route path="providers/:id" element={<ProviderPage />} />
          {inquiries && <Route path="inquiries" element={<MyInquiriesPage />} />}
          {inquiries && <Route path="inquiries/:id" element={<InquiryPage />} />}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppShell>
    </RequireAuth>
  );
}

export function App() {
  const { t } = useTranslation();
  return (
    <BrowserRouter basename="/agency">
      <AuthProvider>
        <Routes>
          <Route path="sign-in" element={<SignInPage appName={t('app.name')} />} />
          <Route path="*" element={<AgencyRoutes />} />
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
