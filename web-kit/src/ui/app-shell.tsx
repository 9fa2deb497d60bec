import { Logout } from '@carbon/icons-react';
import {
  Content,
  Header,
  HeaderGlobalAction,
  HeaderGlobalBar,
  HeaderMenu,
  HeaderMenuItem,
  HeaderName,
  HeaderNavigation,
  SkipToContent,
  Theme,
} from '@carbon/react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context.js';
import { LanguageSwitcher } from '../i18n/language-switcher.js';

export interface NavItem {
  to: string;
  label: string;
}

export interface NavMenu {
  label: string;
  /** Shown as the menu's button text, for example "+". */
  buttonText?: string;
  items: NavItem[];
}

/** Header with the app name, role-dependent navigation and menus, language and sign-out. */
export function AppShell({
  appName,
  nav,
  menus = [],
  actions,
  children,
}: {
  appName: string;
  nav: NavItem[];
  menus?: NavMenu[];
  /** More header actions before sign-out, such as the notification bell. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const isCurrent = (to: string) =>
    location.pathname === to || location.pathname.startsWith(`${to}/`);
  return (
    <>
      <Theme theme="g100">
        <Header aria-label={appName}>
          <SkipToContent>{t('common.skipToContent')}</SkipToContent>
          <HeaderName as={Link} to="/" prefix="">
            {appName}
          </HeaderName>
          <HeaderNavigation aria-label={t('common.mainNavigation')}>
            {nav.map((item) => (
              <HeaderMenuItem
                key={item.to}
                as={Link}
                to={item.to}
                isActive={isCurrent(item.to)}
                aria-current={isCurrent(item.to) ? 'page' : undefined}
              >
                {item.label}
              </HeaderMenuItem>
            ))}
            {menus.map((menu) => (
              <HeaderMenu
                key={menu.label}
                aria-label={menu.label}
                menuLinkName={menu.buttonText ?? menu.label}
              >
                {menu.items.map((item) => (
                  <HeaderMenuItem key={item.to} as={Link} to={item.to}>
                    {item.label}
                  </HeaderMenuItem>
                ))}
              </HeaderMenu>
            ))}
          </HeaderNavigation>
          <HeaderGlobalBar>
            <div className="cw-header-tools">
              <LanguageSwitcher id="header-language" />
              {user && (
                <span className="cw-header-user" data-testid="signed-in-user">
                  {user.name}
                </span>
              )}
            </div>
            {actions}
            <HeaderGlobalAction
              aria-label={t('auth.signOut')}
              tooltipAlignment="end"
              onClick={() => void signOut().then(() => navigate('/sign-in'))}
            >
              <Logout size={20} />
            </HeaderGlobalAction>
          </HeaderGlobalBar>
        </Header>
      </Theme>
      <Content id="main-content">{children}</Content>
    </>
  );
}
