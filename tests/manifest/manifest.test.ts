import { DOMParser } from '@xmldom/xmldom';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const ORIGIN = 'https://localhost:3000';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  overrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

type XmlDocument = ReturnType<DOMParser['parseFromString']>;
type XmlElement = NonNullable<XmlDocument['documentElement']>;

const manifest = new DOMParser().parseFromString(
  readFileSync(join(root, 'manifest.xml'), 'utf8'),
  'text/xml',
);

function documentElement(): XmlElement {
  const element = manifest.documentElement;
  if (!element) throw new Error('manifest.xml has no root element');
  return element;
}

function all(parent: XmlElement | XmlDocument, ns: string, localName: string): XmlElement[] {
  return Array.from(parent.getElementsByTagNameNS(ns, localName));
}

function one(parent: XmlElement | XmlDocument, ns: string, localName: string): XmlElement {
  const found = all(parent, ns, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0] as XmlElement;
}

function children(parent: XmlElement, ns: string, localName: string): XmlElement[] {
  return Array.from(parent.childNodes).filter(
    (node): node is XmlElement =>
      node.nodeType === 1 &&
      (node as XmlElement).namespaceURI === ns &&
      (node as XmlElement).localName === localName,
  );
}

function child(parent: XmlElement, ns: string, localName: string): XmlElement {
  const found = children(parent, ns, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0] as XmlElement;
}

const xsiType = (element: XmlElement) => element.getAttributeNS(NS.xsi, 'type');
const text = (element: XmlElement) => (element.textContent ?? '').trim();

/** Every element anywhere in the manifest. */
function everyElement(): XmlElement[] {
  return Array.from(manifest.getElementsByTagName('*'));
}

/** Resources by kind: id → element. */
function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings') {
  const section = one(manifest, NS.bt, kind);
  const byId = new Map<string, XmlElement>();
  for (const element of Array.from(section.childNodes)) {
    if (element.nodeType !== 1) continue;
    const id = (element as XmlElement).getAttribute('id');
    if (id === null) throw new Error(`a resource in ${kind} has no id`);
    expect(byId.has(id)).toBe(false);
    byId.set(id, element as XmlElement);
  }
  return byId;
}

function urlOf(kind: 'Images' | 'Urls', resid: string): string {
  const element = resources(kind).get(resid);
  if (!element) throw new Error(`no ${kind} resource '${resid}'`);
  return element.getAttribute('DefaultValue') ?? '';
}

/** The repository file a development URL serves (dist/web mirrors assets/ and the pages). */
function assetFileOf(url: string): string {
  expect(url.startsWith(`${ORIGIN}/assets/`)).toBe(true);
  return join(root, url.slice(ORIGIN.length + 1));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A string with a Danish default and an English (en-US) override. */
function expectDanishAndEnglish(element: XmlElement, overrideNs: string) {
  const danish = element.getAttribute('DefaultValue') ?? '';
  expect(danish.trim()).not.toBe('');
  const overrides = children(element, overrideNs, 'Override');
  expect(overrides.map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
  const english = (overrides[0] as XmlElement).getAttribute('Value') ?? '';
  expect(english.trim()).not.toBe('');
  return { danish, english };
}

describe('manifest.xml', () => {
  it('is a task pane add-in for Excel with a fixed GUID, version and Danish default locale', () => {
    const app = documentElement();
    expect(app.namespaceURI).toBe(NS.app);
    expect(app.localName).toBe('OfficeApp');
    expect(xsiType(app)).toBe('TaskPaneApp');
    expect(text(child(app, NS.app, 'Id'))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(text(child(app, NS.app, 'Version'))).toBe('1.0.0.0');
    expect(text(child(app, NS.app, 'ProviderName'))).toBe('PlanStatus');
    expect(text(child(app, NS.app, 'DefaultLocale'))).toBe('da-DK');
  });

  it('runs in Excel (Workbook) with read/write access to the document', () => {
    const app = documentElement();
    const hosts = children(child(app, NS.app, 'Hosts'), NS.app, 'Host');
    expect(hosts.map((host) => host.getAttribute('Name'))).toEqual(['Workbook']);
    expect(text(child(app, NS.app, 'Permissions'))).toBe('ReadWriteDocument');
    const overrideHosts = all(
      one(manifest, NS.overrides, 'VersionOverrides'),
      NS.overrides,
      'Host',
    );
    expect(overrideHosts.map(xsiType)).toEqual(['Workbook']);
  });

  it('requires ExcelApi 1.7 and nothing newer', () => {
    const sets = child(child(documentElement(), NS.app, 'Requirements'), NS.app, 'Sets');
    const required = children(sets, NS.app, 'Set').map((set) => [
      set.getAttribute('Name'),
      set.getAttribute('MinVersion'),
    ]);
    expect(required).toEqual([['ExcelApi', '1.7']]);
  });

  it('has a Danish display name and description with English overrides', () => {
    const app = documentElement();
    expect(expectDanishAndEnglish(child(app, NS.app, 'DisplayName'), NS.app)).toEqual({
      danish: 'PlanStatus',
      english: 'PlanStatus',
    });
    const description = expectDanishAndEnglish(child(app, NS.app, 'Description'), NS.app);
    expect(description.danish).toMatch(/beskæftigelsesplan/);
    expect(description.english).toMatch(/employment plan/);
  });

  it('puts a button on the Home tab that shows the task pane', () => {
    const tab = one(manifest, NS.overrides, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    expect(xsiType(tab.parentNode as XmlElement)).toBe('PrimaryCommandSurface');
    const group = child(tab, NS.overrides, 'Group');
    const buttons = children(group, NS.overrides, 'Control').filter((c) => xsiType(c) === 'Button');
    expect(buttons).toHaveLength(1);
    const action = child(buttons[0] as XmlElement, NS.overrides, 'Action');
    expect(xsiType(action)).toBe('ShowTaskpane');
    const resid = child(action, NS.overrides, 'SourceLocation').getAttribute('resid') ?? '';
    const taskpaneUrl = `${ORIGIN}/taskpane.html`;
    expect(urlOf('Urls', resid)).toBe(taskpaneUrl);
    const defaultSource = child(
      child(documentElement(), NS.app, 'DefaultSettings'),
      NS.app,
      'SourceLocation',
    );
    expect(defaultSource.getAttribute('DefaultValue')).toBe(taskpaneUrl);
    const functionFile = one(manifest, NS.overrides, 'FunctionFile').getAttribute('resid') ?? '';
    expect(urlOf('Urls', functionFile)).toBe(`${ORIGIN}/commands.html`);
  });

  it('has Get Started strings', () => {
    const getStarted = one(manifest, NS.overrides, 'GetStarted');
    for (const name of ['Title', 'Description', 'LearnMoreUrl']) {
      expect(child(getStarted, NS.overrides, name).getAttribute('resid')).toBeTruthy();
    }
  });

  it('refers only to resources that exist, of the right kind', () => {
    const kindOf: Record<string, 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'> = {
      Image: 'Images',
      SourceLocation: 'Urls',
      FunctionFile: 'Urls',
      LearnMoreUrl: 'Urls',
      Label: 'ShortStrings',
      Title: 'ShortStrings',
      Description: 'LongStrings',
    };
    const referencing = everyElement().filter((element) => element.hasAttribute('resid'));
    expect(referencing.length).toBeGreaterThan(10);
    for (const element of referencing) {
      const kind = kindOf[element.localName ?? ''];
      if (!kind) throw new Error(`unexpected resid on <${element.localName}>`);
      const resid = element.getAttribute('resid') ?? '';
      expect([kind, resid, resources(kind).has(resid)]).toEqual([kind, resid, true]);
    }
  });

  it('has a Danish default and an English override for every short and long string', () => {
    const limits = { ShortStrings: 125, LongStrings: 250 } as const;
    for (const kind of ['ShortStrings', 'LongStrings'] as const) {
      const strings = resources(kind);
      expect(strings.size).toBeGreaterThan(0);
      for (const element of strings.values()) {
        const { danish, english } = expectDanishAndEnglish(element, NS.bt);
        expect(danish.length).toBeLessThanOrEqual(limits[kind]);
        expect(english.length).toBeLessThanOrEqual(limits[kind]);
        if (kind === 'LongStrings') expect(danish).not.toBe(english);
      }
    }
  });

  it('uses icons that exist in assets/ at the size each place asks for', () => {
    const app = documentElement();
    const expected: [string, number][] = [
      [child(app, NS.app, 'IconUrl').getAttribute('DefaultValue') ?? '', 32],
      [child(app, NS.app, 'HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', 64],
    ];
    for (const image of all(one(manifest, NS.overrides, 'Hosts'), NS.bt, 'Image')) {
      const size = Number(image.getAttribute('size'));
      expected.push([urlOf('Images', image.getAttribute('resid') ?? ''), size]);
    }
    for (const image of resources('Images').values()) {
      const url = image.getAttribute('DefaultValue') ?? '';
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expected.push([url, size]);
    }
    expect(new Set(expected.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of expected) {
      const file = assetFileOf(url);
      expect([url, existsSync(file)]).toEqual([url, true]);
      expect([url, pngSize(file)]).toEqual([url, { width: size, height: size }]);
    }
  });

  it('has 16, 32, 64 and 80 px icons in assets/', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(root, 'assets', `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('points every URL at https://localhost:3000/', () => {
    const urls: string[] = [];
    for (const element of everyElement()) {
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.namespaceURI === null && /^\w+:\/\//.test(attribute.value)) {
          urls.push(attribute.value);
        }
      }
      if (element.localName === 'AppDomain') expect(text(element)).toBe(ORIGIN);
    }
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
    const app = documentElement();
    for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
      expect(child(app, NS.app, name).getAttribute('DefaultValue')).toMatch(/^https:\/\//);
    }
  });
});

describe('the html templates', () => {
  const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

  it.each(['src/taskpane/taskpane.html', 'src/commands/commands.html'])(
    '%s loads office.js from Microsoft’s CDN in <head> before any other script',
    (template) => {
      const html = readFileSync(join(root, template), 'utf8');
      expect(html).toMatch(/<html lang="da">/);
      const scripts = Array.from(html.matchAll(/<script\b[^>]*>/g), (m) => ({
        tag: m[0],
        at: m.index,
      }));
      expect(scripts.length).toBeGreaterThan(0);
      const first = scripts[0] as { tag: string; at: number };
      expect(first.tag).toBe(`<script src="${OFFICE_JS}">`);
      expect(first.at).toBeLessThan(html.indexOf('</head>'));
      const csp = /http-equiv="Content-Security-Policy"/.exec(html);
      expect(csp).not.toBeNull();
      expect((csp as RegExpExecArray).index).toBeLessThan(first.at);
    },
  );
});
