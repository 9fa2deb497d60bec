/**
 * Carbon's invalid inputs point at their message with `aria-errormessage` alone, which many
 * screen readers do not read and axe flags (aria-valid-attr-value). This adds the message's id to
 * `aria-describedby` while the input is invalid, and takes it out again when it is not, for every
 * input in the page, whoever rendered it.
 */
export function announceFieldErrors(root: HTMLElement): () => void {
  const sync = (input: Element) => {
    const messageId = input.getAttribute('aria-errormessage');
    const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const marked = input.getAttribute('data-cw-error-id');
    const rest = described.filter((id) => id !== marked);
    const invalid = input.getAttribute('aria-invalid') === 'true' && messageId;
    const next = invalid ? [...rest, messageId] : rest;
    if (invalid) input.setAttribute('data-cw-error-id', messageId);
    else input.removeAttribute('data-cw-error-id');
    if (next.join(' ') === described.join(' ')) return;
    if (next.length > 0) input.setAttribute('aria-describedby', next.join(' '));
    else input.removeAttribute('aria-describedby');
  };
  const syncAll = (node: Element) => {
    if (node.hasAttribute('aria-errormessage') || node.hasAttribute('data-cw-error-id')) sync(node);
    node.querySelectorAll('[aria-errormessage], [data-cw-error-id]').forEach(sync);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) sync(record.target);
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) syncAll(node);
      });
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-errormessage', 'aria-invalid', 'aria-describedby'],
  });
  syncAll(root);
  return () => observer.disconnect();
}
