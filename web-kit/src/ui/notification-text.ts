import { type TFunction } from 'i18next';

export interface NotificationLike {
  kind: string;
  title: string;
  body: string;
  params: readonly { name: string; value: string }[];
}

/**
 * A stored notification's title and body in the reader's language, from its kind and parameters
 * (`notification.<KIND>.title|body`, the `answer` parameter as i18next context such as
 * `title_AVAILABLE`); the server's English text when there is no translation.
 */
export function notificationText(
  t: TFunction,
  n: NotificationLike,
): { title: string; body: string } {
  const params = Object.fromEntries(n.params.map((p) => [p.name, p.value]));
  const options = { ...params, context: params.answer };
  return {
    title: t(`notification.${n.kind}.title`, { ...options, defaultValue: n.title }),
    body: t(`notification.${n.kind}.body`, { ...options, defaultValue: n.body }),
  };
}
