import {
  AppShell,
  AuthProvider,
  type NavItem,
  RequireAuth,
  lazyPage,
  SignInPage,
  useAuth,
} from '@casework/web-kit';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { NotificationBell } from './notifications/notification-bell.js';
import { GlobalSearch } from './search/global-search.js';

// Each page is its own chunk, loaded when its route is first shown (issue 15).
const PersonPage = lazyPage(() => import('./persons/person-page.js'), 'PersonPage');
const PersonSearchPage = lazyPage(
  () => import('./persons/person-search-page.js'),
  'PersonSearchPage',
);
const ProviderPage = lazyPage(() => import('./providers/provider-page.js'), 'ProviderPage');
const ProviderSearchPage = lazyPage(
  () => import('./providers/provider-search-page.js'),
  'ProviderSearchPage',
);
const InquiryPage = lazyPage(() => import('./inquiries/inquiry-page.js'), 'InquiryPage');
const MyInquiriesPage = lazyPage(
  () => import('./inquiries/my-inquiries-page.js'),
  'MyInquiriesPage',
);
const ConfigurationPage = lazyPage(
  () => import('./admin/configuration-page.js'),
  'ConfigurationPage',
);
const ApplicationPage = lazyPage(
  () => import('./applications/application-page.js'),
  'ApplicationPage',
);
const CaseListPage = lazyPage(() => import('./cases/case-list-page.js'), 'CaseListPage');
const CasePage = lazyPage(() => import('./cases/case-page.js'), 'CasePage');
const NewCaseWizard = lazyPage(() => import('./cases/new-case-wizard.js'), 'NewCaseWizard');
const RegisterPersonPage = lazyPage(
  () => import('./persons/register-person-page.js'),
  'RegisterPersonPage',
);
const DeskRequestPage = lazyPage(() => import('./support/desk-request-page.js'), 'DeskRequestPage');
const RequestCategoriesPage = lazyPage(
  () => import('./support/request-categories-page.js'),
  'RequestCategoriesPage',
);
const SupportDeskPage = lazyPage(() => import('./support/support-desk-page.js'), 'SupportDeskPage');
const StartPage = lazyPage(() => import('./start/start-page.js'), 'StartPage');
const AgendaPage = lazyPage(() => import('./meetings/agenda-page.js'), 'AgendaPage');
const LetterTemplatesPage = lazyPage(
  () => import('./letters/letter-templates-page.js'),
  'LetterTemplatesPage',
);
const PrintQueuePage = lazyPage(() => import('./letters/print-queue-page.js'), 'PrintQueuePage');
const MinutesPage = lazyPage(() => import('./minutes/minutes-page.js'), 'MinutesPage');
const ApiClientsPage = lazyPage(
  () => import('./integrations/api-clients-page.js'),
  'ApiClientsPage',
);

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
