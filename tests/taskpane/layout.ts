/**
 * jsdom has no layout: `offsetParent` is always null and the body measures 0 × 0, so Fluent's
 * focus manager (Tabster) takes every element for hidden and sends Tab to the body. This gives
 * elements the offsetParent a browser would (null when they or an ancestor are not displayed)
 * and the body the size of a task pane, for the tests of one file.
 */
export function emulateLayout(): void {
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
      configurable: true,
      get(this: HTMLElement): Element | null {
        const hidden = (el: Element | null): boolean =>
          el !== null &&
          (window.getComputedStyle(el).display === 'none' || hidden(el.parentElement));
        return hidden(this) ? null : this.parentElement;
      },
    });
    document.body.getBoundingClientRect = () => DOMRect.fromRect({ width: 350, height: 800 });
  });
  afterAll(() => {
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, 'offsetParent', offsetParent);
    Reflect.deleteProperty(document.body, 'getBoundingClientRect');
  });
}
