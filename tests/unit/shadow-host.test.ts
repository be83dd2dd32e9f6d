// @vitest-environment happy-dom
/**
 * The one shadow-host mount helper (components/shadow-host.ts) that the popover and notes on web
 * pages put their UI in: an element of Resolute's own name, the page's rules kept out, views
 * rendered into its containers, and one destroy that leaves the page as it was.
 */
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { mountShadowHost } from '../../components/shadow-host';

afterEach(() => {
  document.body.replaceChildren();
});

const mount = () =>
  mountShadowHost(document, { name: 'resolute-test', hook: 'test-host', css: ':host { all: initial; }', containers: ['frame', ''] });

describe('mountShadowHost', () => {
  it('appends a host of its own name, hooked for the page scanner, to the body', () => {
    const { host } = mount();
    expect(host.localName).toBe('resolute-test');
    expect(host.getAttribute('data-resolute')).toBe('test-host');
    expect(document.body.lastElementChild).toBe(host);
    // Page CSS aimed at `div` cannot select the host.
    expect(document.querySelector('div[data-resolute]')).toBeNull();
  });

  it('puts the stylesheet and the containers, in order, in an open shadow root', () => {
    const { host, shadow, containers } = mount();
    expect(host.shadowRoot).toBe(shadow);
    expect([...shadow.children].map((el) => `${el.localName}.${el.className}`)).toEqual(['style.', 'div.frame', 'div.']);
    expect(shadow.querySelector('style')?.textContent).toBe(':host { all: initial; }');
    expect(containers).toEqual([...shadow.children].slice(1));
  });

  it('renders views into a container, and destroy() empties it and removes the host', () => {
    const mounted = mount();
    const [frame] = mounted.containers;
    mounted.render(h('p', { class: 'card' }, 'Card'), frame!);
    expect(frame!.querySelector('p.card')?.textContent).toBe('Card');
    mounted.destroy();
    expect(frame!.childNodes).toHaveLength(0);
    expect(mounted.host.isConnected).toBe(false);
  });

  it('goes into the parent given, else the root element when there is no body', () => {
    const parent = document.createElement('section');
    document.body.append(parent);
    const inParent = mountShadowHost(document, { name: 'resolute-test', hook: 'x', css: '', containers: [], parent });
    expect(inParent.host.parentElement).toBe(parent);
    document.body.remove();
    const noBody = mountShadowHost(document, { name: 'resolute-test', hook: 'y', css: '', containers: [] });
    expect(noBody.host.parentElement).toBe(document.documentElement);
    document.documentElement.append(document.createElement('body'));
  });
});
