import { notificationText, useFormat } from '@casework/web-kit';
import { type Reference } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Notification as BellIcon } from '@carbon/icons-react';
import { ActionableNotification, Button, HeaderGlobalAction, HeaderPanel } from '@carbon/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../gql/index.js';

const InboxQuery = graphql(`
  query AgencyNotificationInbox {
    myUnreadNotificationCount
    myNotifications(first: 20) {
      nodes {
        id
        kind
        title
        body
        params {
          name
          value
        }
        link
        createdAt
        readAt
      }
    }
  }
`);

const NotificationAdded = graphql(`
  subscription AgencyNotificationAdded {
    notificationAdded {
      id
      kind
      title
      body
      params {
        name
        value
      }
      link
      createdAt
      readAt
    }
  }
`);

const MarkRead = graphql(`
  mutation AgencyMarkNotificationRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);

const MarkAllRead = graphql(`
  mutation AgencyMarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

interface Toast {
  id: string;
  kind: string;
  title: string;
  link: string;
}

/** The inbox page as the cache keeps it: notifications are normalised references. */
interface CachedConnection {
  nodes?: readonly Reference[];
}

/** Notification links are gateway paths (/agency/...); the router works below its basename. */
const appPath = (link: string) => link.replace(/^\/agency(?=\/)/, '');

/**
 * The bell in the header (R6.1): the unread count, kept live by the `notificationAdded`
 * subscription (which also shows a toast), and a panel with the latest notifications; a click
 * marks one read and opens what it is about. Each notification that arrives is written into the
 * cached inbox (no refetch); the inbox is refetched only when the live connection comes back
 * (web-kit's Apollo Client), to catch up on what came meanwhile.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const inbox = useQuery(InboxQuery);
  const [markRead] = useMutation(MarkRead, { refetchQueries: [InboxQuery] });
  const [markAllRead] = useMutation(MarkAllRead, { refetchQueries: [InboxQuery] });
  useSubscription(NotificationAdded, {
    onData: ({ client, data }) => {
      const added = data.data?.notificationAdded;
      if (!added) return;
      const text = notificationText(t, added);
      setToasts((current) =>
        [...current.filter((x) => x.id !== added.id), { ...added, title: text.title }].slice(-3),
      );
      // The subscription's result is already normalised (Notification:<id>); list it first in
      // every cached page of the inbox and count it unread, once.
      const ref = client.cache.identify(added);
      if (!ref) return;
      let isNew = false;
      client.cache.modify({
        fields: {
          myNotifications(existing, { toReference, isReference }) {
            if (!existing || isReference(existing)) return existing;
            const nodes = (existing as CachedConnection).nodes;
            if (!nodes || nodes.some((n) => n.__ref === ref)) return existing;
            isNew = true;
            const node = toReference(ref);
            return node ? { ...existing, nodes: [node, ...nodes] } : existing;
          },
        },
      });
      if (isNew && !added.readAt)
        client.cache.modify({
          fields: { myUnreadNotificationCount: (count: number | null) => (count ?? 0) + 1 },
        });
    },
  });
  const dismiss = useCallback(
    (id: string) => setToasts((current) => current.filter((x) => x.id !== id)),
    [],
  );
  // Toasts leave after a while; the bell keeps the count and the panel the list.
  useEffect(() => {
    if (toasts.length === 0) return;
    const timer = setTimeout(() => dismiss(toasts[0]!.id), 10_000);
    return () => clearTimeout(timer);
  }, [toasts, dismiss]);
  const unread = inbox.data?.myUnreadNotificationCount ?? 0;
  const notifications = inbox.data?.myNotifications?.nodes ?? [];

  const openNotification = (id: string, link: string) => {
    void markRead({ variables: { ids: [id] } });
    setOpen(false);
    dismiss(id);
    void navigate(appPath(link));
  };

  return (
    <>
      <HeaderGlobalAction
        aria-label={t('notifications.bell', { count: unread })}
        aria-expanded={open}
        isActive={open}
        tooltipAlignment="end"
        onClick={() => {
          setOpen((value) => !value);
          setToasts([]); // the panel lists them
        }}
      >
        <span className="cw-bell">
          <BellIcon size={20} />
          {unread > 0 && (
            <span className="cw-bell__count" data-testid="unread-count" aria-hidden="true">
              {unread > 99 ? '99+' : unread}
            </span>
          )}
        </span>
      </HeaderGlobalAction>
      <HeaderPanel expanded={open} className="cw-notifications">
        {open && (
          <div className="cw-notifications__body">
            <div className="cw-notifications__header">
              <h2 className="cds--type-heading-02">{t('notifications.title')}</h2>
              {unread > 0 && (
                <Button kind="ghost" size="sm" onClick={() => void markAllRead()}>
                  {t('notifications.markAllRead')}
                </Button>
              )}
            </div>
            {notifications.length === 0 ? (
              <p className="cw-notifications__empty">{t('notifications.empty')}</p>
            ) : (
              <ul className="cw-notifications__list">
                {notifications.map((n) => (
                  <li key={n.id}>
                    <button
                      type="button"
                      className={`cw-notifications__item${n.readAt ? '' : ' cw-notifications__item--unread'}`}
                      onClick={() => openNotification(n.id, n.link)}
                    >
                      <span className="cw-notifications__kind">
                        {n.readAt ? '' : `${t('notifications.unread')}: `}
                        {t(`notifications.kind.${n.kind}`, { defaultValue: n.kind })}
                      </span>
                      <span className="cw-notifications__title">
                        {notificationText(t, n).title}
                      </span>
                      <span className="cw-notifications__time">{format.dateTime(n.createdAt)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </HeaderPanel>
      <div className="cw-toasts" aria-live="polite">
        {toasts.map((toast) => (
          <ActionableNotification
            key={toast.id}
            kind="info"
            lowContrast
            inline={false}
            role="status"
            hasFocus={false}
            closeOnEscape={false}
            title={t(`notifications.kind.${toast.kind}`, { defaultValue: toast.kind })}
            subtitle={toast.title}
            actionButtonLabel={t('notifications.open')}
            onActionButtonClick={() => openNotification(toast.id, toast.link)}
            onClose={() => {
              dismiss(toast.id);
              return true;
            }}
          />
        ))}
      </div>
    </>
  );
}
