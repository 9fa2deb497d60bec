import { ApolloProvider } from '@apollo/client/react';
import { Loading } from '@carbon/react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { createApolloClient } from '../apollo/create-client.js';
import {
  fetchSessionUser,
  type SessionUser,
  signIn as postSignIn,
  signOut as postSignOut,
} from './session.js';

export interface Auth {
  user: SessionUser | null;
  /** Why the user was sent back to sign-in (for example an expired session). */
  notice: string | null;
  signIn(email: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
  /** Whether the signed-in user holds a permission (navigation and buttons; the server enforces). */
  can(permission: string): boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** Loads the session once, provides sign-in/out, and an Apollo Client that ends an expired session. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const { client, restartLive } = useMemo(
    () =>
      createApolloClient({
        onUnauthenticated: (reason) => {
          setUser((current) => {
            if (current) setNotice(reason === 'expired' ? t('auth.expired') : t('auth.signedOut'));
            return null;
          });
        },
      }),
    [t],
  );

  useEffect(() => {
    fetchSessionUser().then(setUser, () => setUser(null));
  }, []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const signedIn = await postSignIn(email, password);
      await client.clearStore();
      restartLive();
      setNotice(null);
      setUser(signedIn);
      return signedIn;
    },
    [client, restartLive],
  );

  const signOut = useCallback(async () => {
    await postSignOut();
    await client.clearStore();
    restartLive();
    setNotice(null);
    setUser(null);
  }, [client, restartLive]);

  if (user === undefined) return <Loading description={t('common.loading')} withOverlay={false} />;
  return (
    <AuthContext.Provider
      value={{
        user,
        notice,
        signIn,
        signOut,
        can: (permission) => user?.permissions.includes(permission) ?? false,
      }}
    >
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </AuthContext.Provider>
  );
}
