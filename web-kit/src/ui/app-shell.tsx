import { Logout } from '@carbon/icons-react';
import {
  Content,
  Header,
  HeaderGlobalAction,
  HeaderGlobalBar,
  HeaderMenu,
  HeaderMenuButton,
  HeaderMenuItem,
  HeaderName,
  HeaderNavigation,
  SideNav,
  SideNavItems,
  SideNavLink,
  SideNavMenu,
  SideNavMenuItem,
  SkipToContent,
  Theme,
} from '@carbon/react';
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context.js';
import { LanguageSwitcher } from '../i18n/language-switcher.js';
import { PageErrorBoundary } from './page-error-boundary.js';
import { LoadingState } from './states.js';

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

/**
 * Header with the app name, role-dependent navigation and menus, language and sign-out. Below
 * Carbon's large breakpoint (1056 px) the header navigation gives way to a menu button that opens
 * a side navigation holding every link, every menu and the language switch (issue 16).
 */
export function AppShell({
  appName,
  nav,
  menus = [],
  search,
  actions,
  children,
}: {
  appName: string;
  nav: NavItem[];
  menus?: NavMenu[];
  /** A search field in the header, such as the agency's global search. */
  search?: ReactNode;
  /** More header actions before sign-out, such as the notification bell. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  // The menu's state lives here, not in Carbon's HeaderContainer: its render prop is used as a
  // component type, so an inline one remounted the whole header on every render of the shell
  // (links detached under the pointer, focus lost whenever live data arrived).
  const [isSideNavExpanded, setSideNavExpanded] = useState(false);
  const onClickSideNavExpand = () => setSideNavExpanded((open) => !open);
  useEffect(() => {
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setSideNavExpanded(false);
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, []);
  const isCurrent = (to: string) =>
    location.pathname === to || location.pathname.startsWith(`${to}/`);
  return (
    <>
      <Theme theme="g100">
        <Header aria-label={appName}>
          <SkipToContent>{t('common.skipToContent')}</SkipToContent>
          <HeaderMenuButton
            aria-label={isSideNavExpanded ? t('common.closeMenu') : t('common.openMenu')}
            onClick={onClickSideNavExpand}
            isActive={isSideNavExpanded}
            aria-expanded={isSideNavExpanded}
            aria-controls="cw-side-nav"
          />
          <HeaderName as={Link} to="/" prefix="" className="cw-header-name">
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
          {search && <div className="cw-header-search">{search}</div>}
          <HeaderGlobalBar>
            <div className="cw-header-tools">
              <LanguageSwitcher id="header-language" />
              {user && (
                <span className="cw-header-user" data-testid="signed-in-user" title={user.name}>
                  {user.name}
                </span>
              )}
            </div>
            {actions}
            <HeaderGlobalAction
              aria-label={user ? t('auth.signOutNamed', { name: user.name }) : t('auth.signOut')}
              tooltipAlignment="end"
              onClick={() => void signOut().then(() => navigate('/sign-in'))}
            >
              <Logout size={20} />
            </HeaderGlobalAction>
          </HeaderGlobalBar>
          {isSideNavExpanded && (
            <SideNav
              id="cw-side-nav"
              aria-label={t('common.mainNavigation')}
              expanded
              isPersistent={false}
              onSideNavBlur={onClickSideNavExpand}
              onOverlayClick={onClickSideNavExpand}
              className="cw-side-nav"
            >
              <SideNavItems>
                {nav.map((item) => (
                  <SideNavLink
                    key={item.to}
                    as={Link}
                    to={item.to}
                    isActive={isCurrent(item.to)}
                    aria-current={isCurrent(item.to) ? 'page' : undefined}
                    onClick={onClickSideNavExpand}
                  >
                    {item.label}
                  </SideNavLink>
                ))}
                {menus.map((menu) => (
                  <SideNavMenu
                    key={menu.label}
                    title={menu.buttonText ? `${menu.buttonText} ${menu.label}` : menu.label}
                  >
                    {menu.items.map((item) => (
                      <SideNavMenuItem
                        key={item.to}
                        as={Link}
                        to={item.to}
                        onClick={onClickSideNavExpand}
                      >
                        {item.label}
                      </SideNavMenuItem>
                    ))}
                  </SideNavMenu>
                ))}
                <li className="cw-side-nav__tools">
                  {user && <p className="cw-side-nav__user">{user.name}</p>}
                  <LanguageSwitcher id="side-nav-language" />
                </li>
              </SideNavItems>
            </SideNav>
          )}
        </Header>
      </Theme>
      <Content id="main-content">
        <PageErrorBoundary>
          <Suspense fallback={<LoadingState />}>{children}</Suspense>
        </PageErrorBoundary>
      </Content>
    </>
  );
}
