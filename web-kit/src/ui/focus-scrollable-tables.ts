const SCROLLERS = '.cds--data-table-content';
const MARK = 'data-cw-scroll-region';

/** The table's own name (aria-label or the title it is labelled by), for the region around it. */
function tableName(scroller: Element): string | null {
  const table = scroller.querySelector('table');
  const label = table?.getAttribute('aria-label');
  if (label) return label;
  const labelledBy = table?.getAttribute('aria-labelledby');
  return labelledBy ? (document.getElementById(labelledBy)?.textContent ?? null) : null;
}

/**
 * A table wider than the screen scrolls inside its box (WCAG 1.4.10 reflow); keyboard users must
 * be able to reach that box to scroll it (WCAG 2.1.1, axe scrollable-region-focusable). While a
 * table's box overflows it becomes a named, focusable region; when it fits again it stops being
 * one, so tables that fit add no tab stop. Carbon renders the box, so this watches the page.
 */
export function focusScrollableTables(root: HTMLElement): () => void {
  const sizes = new ResizeObserver((entries) =>
    entries.forEach((entry) => sync(entry.target.closest(SCROLLERS) ?? entry.target)),
  );
  const watched = new WeakSet<Element>();
  function sync(scroller: Element) {
    if (!(scroller instanceof HTMLElement)) return;
    const overflows =
      scroller.scrollWidth > scroller.clientWidth + 1 ||
      scroller.scrollHeight > scroller.clientHeight + 1;
    const marked = scroller.hasAttribute(MARK);
    if (overflows && !marked) {
      scroller.setAttribute(MARK, '');
      scroller.tabIndex = 0;
      scroller.setAttribute('role', 'region');
      const name = tableName(scroller);
      if (name) scroller.setAttribute('aria-label', name);
    } else if (!overflows && marked) {
      scroller.removeAttribute(MARK);
      scroller.removeAttribute('tabindex');
      scroller.removeAttribute('role');
      scroller.removeAttribute('aria-label');
    }
  }
  const watch = (scroller: Element) => {
    if (watched.has(scroller)) return;
    watched.add(scroller);
    sizes.observe(scroller);
    // The box keeps its size while rows arrive; the table inside grows.
    const table = scroller.querySelector('table');
    if (table) sizes.observe(table);
    sync(scroller);
  };
  const scan = (node: Element) => {
    if (node.matches(SCROLLERS)) watch(node);
    node.querySelectorAll(SCROLLERS).forEach(watch);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) scan(node);
      });
    }
  });
  observer.observe(root, { subtree: true, childList: true });
  scan(root);
  return () => {
    observer.disconnect();
    sizes.disconnect();
  };
}
