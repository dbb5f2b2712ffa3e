/**
 * A picture of a DOM subtree, the way html-to-image makes one (React Flow's docs recommend it; it
 * is not a dependency here, and this is the small part of it the canvas needs): clone the tree,
 * write each element's computed style onto the clone, and wrap it in an SVG <foreignObject>. The
 * PNG is that SVG drawn on a canvas. Browsers render the SVG as it looked on screen, text stays
 * text (searchable, selectable).
 *
 * A property is written only when it differs from the browser's default for that tag (read in a
 * blank iframe) or from the parent's value, which keeps the file a fraction of html-to-image's
 * size. Not handled, because the canvas has none: ::before/::after content, <img>, web fonts,
 * form field values.
 */

export interface PictureOptions {
  /** Size of the picture in CSS pixels. */
  width: number;
  height: number;
  /** Declarations set on the cloned root after its computed ones (e.g. the transform that frames it). */
  rootStyle?: Record<string, string>;
  backgroundColor?: string;
  /** Elements (and their subtrees) to leave out. */
  filter?: (el: Element) => boolean;
  /** Elements outside the root that it refers to (an <svg> of <marker> defs), copied in beside it. */
  extras?: Element[];
  /** The SVG's <title>, for screen readers and file viewers. */
  title?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Geometry the element's own attributes already carry. */
const SKIP = new Set(['d']);
/**
 * Computed as 0 while their style is `none`, so they equal the default then — but their initial
 * value is `medium` (3 px): a clone given a style and not the width would draw thick lines.
 */
const ALWAYS = new Set(['border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'outline-width', 'column-rule-width']);
/** Elements cloned per yield to the event loop, so a big graph does not freeze the page in one task. */
const CHUNK = 150;

/**
 * Inherited properties: a child whose value equals its parent's gets it by inheritance, so it is
 * not written again (this, more than anything, keeps the file small). A property missing here
 * only costs bytes: it is then compared with the tag's default instead.
 */
const INHERITED = new Set(
  (
    'color font-family font-size font-style font-weight font-stretch font-variant font-variant-caps font-variant-east-asian font-variant-ligatures ' +
    'font-variant-numeric font-variant-position font-variant-alternates font-variant-emoji font-feature-settings font-variation-settings font-kerning ' +
    'font-optical-sizing font-palette font-size-adjust font-synthesis-weight font-synthesis-style font-synthesis-small-caps letter-spacing line-height ' +
    'text-align text-align-last text-indent text-transform text-shadow text-rendering text-underline-position text-underline-offset text-wrap-mode ' +
    'text-wrap-style text-size-adjust text-emphasis-color text-emphasis-position text-emphasis-style white-space-collapse word-break word-spacing ' +
    'overflow-wrap hyphens hyphenate-character tab-size direction writing-mode text-orientation visibility cursor list-style-image list-style-position ' +
    'list-style-type quotes orphans widows caret-color accent-color color-scheme pointer-events paint-order image-rendering image-orientation ' +
    'border-collapse border-spacing caption-side empty-cells forced-color-adjust print-color-adjust line-break ruby-position math-depth math-style ' +
    'math-shift -webkit-font-smoothing -webkit-text-fill-color -webkit-text-stroke-color -webkit-text-stroke-width -webkit-text-security ' +
    '-webkit-locale -webkit-rtl-ordering -webkit-user-modify -webkit-border-horizontal-spacing -webkit-border-vertical-spacing -webkit-text-combine ' +
    '-webkit-highlight -webkit-tap-highlight-color -webkit-hyphenate-character -webkit-line-break -webkit-text-orientation -webkit-writing-mode ' +
    'fill fill-opacity fill-rule stroke stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width ' +
    'marker-start marker-mid marker-end clip-rule color-interpolation color-interpolation-filters color-rendering shape-rendering text-anchor dominant-baseline'
  ).split(' '),
);

/** Nothing to do with how a still picture looks. */
const INERT = new Set(['cursor', 'pointer-events', 'user-select', '-webkit-user-select', 'caret-color', 'touch-action', '-webkit-tap-highlight-color', 'will-change']);
/** Logical properties: in a left-to-right, horizontal canvas they repeat the physical ones. */
const LOGICAL = /(^|-)(inline|block)(-|$)|^border-(start|end)-(start|end)-radius$/;

/** A property whose value cannot show, given the element's other values: left out to keep the file small. */
function unseen(p: string, cs: CSSStyleDeclaration): boolean {
  if (INERT.has(p) || LOGICAL.test(p) || p.startsWith('scroll-') || p.startsWith('overscroll-')) return true;
  const side = p.match(/^border-(top|right|bottom|left)-(color|style|width)$/);
  if (side) return cs.getPropertyValue(`border-${side[1]}-width`) === '0px';
  if (p.startsWith('outline-')) return cs.getPropertyValue('outline-style') === 'none' || cs.getPropertyValue('outline-width') === '0px';
  if (p.startsWith('column-rule-') || p.startsWith('row-rule-')) return true;
  if (p === 'text-decoration-color' || p === 'text-decoration-style' || p === 'text-decoration-thickness') return cs.getPropertyValue('text-decoration-line') === 'none';
  if (p.startsWith('text-emphasis-')) return cs.getPropertyValue('text-emphasis-style') === 'none';
  if (p === '-webkit-text-stroke-color') return cs.getPropertyValue('-webkit-text-stroke-width') === '0px';
  if (p === '-webkit-text-fill-color') return cs.getPropertyValue(p) === cs.getPropertyValue('color');
  if (p === 'transform-origin') return cs.getPropertyValue('transform') === 'none' && ['rotate', 'scale', 'translate'].every((t) => cs.getPropertyValue(t) === 'none');
  if (p === 'perspective-origin') return cs.getPropertyValue('perspective') === 'none';
  return false;
}

type Defaults = (el: Element) => Map<string, string>;

/** Default computed styles per tag, from a blank same-origin iframe (no stylesheets, no inheritance from the page). */
function defaultsReader(): { read: Defaults; dispose: () => void } {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:10px;height:10px;visibility:hidden;border:0';
  document.body.appendChild(frame);
  const doc = frame.contentDocument!;
  // Standards mode, like the SVG the clone ends up in (a bare about:blank is in quirks mode).
  doc.open();
  doc.write('<!DOCTYPE html><html><head></head><body></body></html>');
  doc.close();
  const svg = doc.createElementNS(SVG_NS, 'svg');
  doc.body.appendChild(svg);
  const cache = new Map<string, Map<string, string>>();
  const read: Defaults = (el) => {
    const key = `${el.namespaceURI}|${el.localName}`;
    let map = cache.get(key);
    if (!map) {
      const probe = el.namespaceURI === SVG_NS ? doc.createElementNS(SVG_NS, el.localName) : doc.createElement(el.localName);
      (el.namespaceURI === SVG_NS && el.localName !== 'svg' ? svg : doc.body).appendChild(probe);
      const cs = frame.contentWindow!.getComputedStyle(probe);
      map = new Map();
      for (let i = 0; i < cs.length; i++) map.set(cs[i], cs.getPropertyValue(cs[i]));
      probe.remove();
      cache.set(key, map);
    }
    return map;
  };
  return { read, dispose: () => frame.remove() };
}

/** `url("https://host/play#m")` → `url("#m")`: a picture has no page to point into. */
function localUrls(v: string): string {
  return v.includes('url(') ? v.replace(/url\((["']?)[^"')#]*#/g, 'url($1#') : v;
}

async function cloneWithStyles(root: Element, defaults: Defaults, filter: (el: Element) => boolean): Promise<Element> {
  let done = 0;
  const visit = async (src: Element, parent: CSSStyleDeclaration | undefined): Promise<Element | null> => {
    if (!filter(src) || src instanceof HTMLCanvasElement || src instanceof HTMLIFrameElement || src.localName === 'script') return null;
    if (++done % CHUNK === 0) await new Promise((r) => setTimeout(r, 0));
    const clone = src.cloneNode(false) as Element;
    const cs = getComputedStyle(src);
    const base = defaults(src);
    const decl: string[] = [];
    for (let i = 0; i < cs.length; i++) {
      const p = cs[i];
      if (p.startsWith('--') || SKIP.has(p) || unseen(p, cs)) continue;
      const v = cs.getPropertyValue(p);
      if (!ALWAYS.has(p)) {
        if (INHERITED.has(p) ? v === (parent ? parent.getPropertyValue(p) : base.get(p)) : v === base.get(p)) continue;
      }
      decl.push(`${p}:${localUrls(v)}`);
    }
    clone.setAttribute('style', decl.join(';'));
    for (const child of Array.from(src.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) clone.appendChild(child.cloneNode());
      else if (child instanceof Element) {
        const c = await visit(child, cs);
        if (c) clone.appendChild(c);
      }
    }
    return clone;
  };
  return (await visit(root, undefined))!;
}

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The subtree as a standalone SVG document (text). */
export async function svgOf(node: HTMLElement, o: PictureOptions): Promise<string> {
  const { read, dispose } = defaultsReader();
  try {
    const filter = o.filter ?? (() => true);
    const clone = (await cloneWithStyles(node, read, filter)) as HTMLElement;
    const extra = await Promise.all((o.extras ?? []).map((e) => cloneWithStyles(e, read, filter)));
    const override = Object.entries(o.rootStyle ?? {}).map(([k, v]) => `${k}:${v}`);
    clone.setAttribute('style', [clone.getAttribute('style'), ...override].filter(Boolean).join(';'));

    // An HTML element: the serializer gives it (and so the whole subtree) the XHTML namespace.
    const frame = document.createElement('div');
    frame.setAttribute('style', `position:relative;overflow:hidden;width:${o.width}px;height:${o.height}px${o.backgroundColor ? `;background:${o.backgroundColor}` : ''}`);
    for (const e of extra) frame.appendChild(e);
    frame.appendChild(clone);
    const body = new XMLSerializer().serializeToString(frame);
    const title = o.title ? `<title>${escapeXml(o.title)}</title>` : '';
    const bg = o.backgroundColor ? `<rect width="100%" height="100%" fill="${escapeXml(o.backgroundColor)}"/>` : '';
    return `<svg xmlns="${SVG_NS}" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}">${title}${bg}<foreignObject x="0" y="0" width="100%" height="100%">${body}</foreignObject></svg>`;
  } finally {
    dispose();
  }
}

/** The same picture as PNG, at `pixelRatio` device pixels per CSS pixel. */
export async function pngOf(node: HTMLElement, o: PictureOptions & { pixelRatio?: number }): Promise<Blob> {
  const svg = await svgOf(node, o);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const ratio = o.pixelRatio ?? 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(o.width * ratio);
  canvas.height = Math.round(o.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the browser gave no 2D canvas');
  ctx.scale(ratio, ratio);
  ctx.drawImage(img, 0, 0, o.width, o.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}
