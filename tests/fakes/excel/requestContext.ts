import { CODES, FakeOfficeError, fail } from './errors';
import type { FakeWorkbook, SyncRecord } from './fakeWorkbook';
import { PAYLOAD_LIMIT } from './fakeWorkbook';
import { TYPES } from './proxies';
import type { Env, TypeDef } from './types';
import { invoke, own } from './types';

/*
 * The request machinery of Office.js, faked: proxy objects queue commands; `context.sync()`
 * sends them as one request (its JSON size measured), the document runs them in order, and
 * what was loaded becomes readable only when the whole request has succeeded.
 */

type PathKind = 'Root' | 'Property' | 'Method' | 'Item';

const PATH_TYPE: Record<PathKind, number> = { Root: 1, Method: 3, Property: 4, Item: 5 };

/** Keys that test frameworks and `await` probe on any object; they read as undefined. */
const PROBED = new Set([
  'then',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
]);

function notLoaded(type: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    CODES.propertyNotLoaded,
    `The property '${property}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function deleted(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const t = target as { deleted?: unknown; sheet?: unknown; chart?: unknown; table?: unknown };
  return t.deleted === true || deleted(t.sheet) || deleted(t.chart) || deleted(t.table);
}

/** Bytes of a string as UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

interface LoadTree {
  all: boolean;
  readonly props: Set<string>;
  readonly navs: Map<string, LoadTree>;
  items: LoadTree | null;
}

const newTree = (): LoadTree => ({ all: false, props: new Set(), navs: new Map(), items: null });

interface LoadedData {
  readonly props: Map<string, unknown>;
  readonly navs: Map<string, LoadedData | null>;
  readonly items: { readonly target: unknown; readonly data: LoadedData }[] | null;
}

function cloneValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneValue);
  if (typeof value === 'object' && value !== null) return JSON.parse(JSON.stringify(value));
  return value;
}

function plain(data: LoadedData | null): unknown {
  if (!data) return null;
  const out: Record<string, unknown> = Object.fromEntries(data.props);
  for (const [name, nav] of data.navs) out[name] = plain(nav);
  if (data.items) out.items = data.items.map((i) => plain(i.data));
  return out;
}

/** Parses what `load` was given into a tree over the type's properties. */
function parseLoad(type: TypeDef, spec: unknown): { tree: LoadTree; error: string | null } {
  const tree = newTree();
  let paths: string[];
  if (spec === undefined || spec === null) {
    tree.all = true;
    return { tree, error: null };
  } else if (typeof spec === 'string') {
    paths = spec.split(',');
  } else if (Array.isArray(spec) && spec.every((s) => typeof s === 'string')) {
    paths = spec as string[];
  } else if (typeof spec === 'object') {
    const { select, expand } = spec as { select?: unknown; expand?: unknown };
    const list = (v: unknown): string[] =>
      typeof v === 'string' ? v.split(',') : Array.isArray(v) ? (v as string[]) : [];
    paths = [...list(select), ...list(expand)];
  } else {
    return { tree, error: `load() was given ${String(spec)}` };
  }
  for (const raw of paths) {
    const path = raw.trim();
    if (path === '') continue;
    let node = tree;
    let current: TypeDef | undefined = type;
    const segments = path.split('/');
    for (const [i, segment] of segments.entries()) {
      const last = i === segments.length - 1;
      if (!current) return { tree, error: `'${path}' cannot be loaded` };
      if (segment === 'items' && current.items) {
        node.items ??= newTree();
        node = node.items;
        current = TYPES[current.items.type];
        if (last) node.all = true;
        continue;
      }
      const nav = own(current.navs, segment);
      if (nav) {
        let next = node.navs.get(segment);
        if (!next) {
          next = newTree();
          node.navs.set(segment, next);
        }
        node = next;
        current = TYPES[nav.type];
        if (last) node.all = true;
        continue;
      }
      if (last && own(current.props, segment)?.read) {
        node.props.add(segment);
        continue;
      }
      return { tree, error: `The property '${segment}' is not part of ${current.name}` };
    }
  }
  return { tree, error: null };
}

interface Action {
  readonly id: number;
  readonly kind: 'Instantiate' | 'Query' | 'SetProperty' | 'Method';
  readonly node: ClientNode;
  readonly name: string;
  readonly args: readonly unknown[];
  /** The member the action uses, as `Type.member`, for planned faults. */
  readonly command: string;
  readonly queryInfo?: { Select: string[]; Expand: string[] };
  run(): void;
}

/** One proxy object: a path from the workbook, what was loaded and what was set locally. */
export class ClientNode {
  target: unknown = undefined;
  isNull: boolean | undefined = undefined;
  readonly loaded = new Map<string, unknown>();
  readonly local = new Map<string, unknown>();
  items: ClientNode[] | undefined = undefined;
  private readonly children = new Map<string, ClientNode>();
  private proxyObject: object | undefined;

  constructor(
    readonly engine: RequestEngine,
    readonly id: number,
    readonly type: TypeDef,
    readonly parent: ClientNode | null,
    readonly kind: PathKind,
    readonly name: string,
    readonly args: readonly unknown[],
    /** The highest ExcelApi minor version the path needs. */
    readonly api: number,
    private readonly resolver: ((parent: unknown) => unknown) | null,
  ) {}

  get proxy(): object {
    this.proxyObject ??= this.engine.makeProxy(this);
    return this.proxyObject;
  }

  /** The document object the proxy stands for (null for a null object), found once. */
  resolve(): unknown {
    if (this.target === undefined) {
      let target: unknown;
      if (this.parent) {
        const parentTarget = this.parent.resolve();
        target = parentTarget === null ? null : (this.resolver?.(parentTarget) ?? null);
      } else {
        target = this.resolver?.(null) ?? null;
      }
      this.target = target;
    }
    this.engine.touched.add(this);
    if (deleted(this.target)) {
      fail(CODES.itemNotFound, `The ${this.type.name} no longer exists`);
    }
    return this.target;
  }

  /** The document object for a command that changes it: a null object fails. */
  resolveForChange(): unknown {
    const target = this.resolve();
    if (target === null) {
      fail(CODES.itemNotFound, `The ${this.type.name} is a null object (the item does not exist)`);
    }
    return target;
  }

  readProp(name: string): unknown {
    if (this.local.has(name)) return this.local.get(name);
    if (this.loaded.has(name)) return this.loaded.get(name);
    throw notLoaded(this.type.name, name);
  }

  readIsNull(): boolean {
    if (this.isNull === undefined) throw notLoaded(this.type.name, 'isNullObject');
    return this.isNull;
  }

  readItems(): unknown[] {
    if (!this.items) throw notLoaded(this.type.name, 'items');
    return this.items.map((i) => i.proxy);
  }

  navChild(name: string): ClientNode {
    let child = this.children.get(name);
    if (!child) {
      const nav = own(this.type.navs, name);
      if (!nav) throw new TypeError(`${this.type.name}.${name} is not a navigation property`);
      const type = TYPES[nav.type];
      if (!type) throw new TypeError(`The fake has no type ${nav.type}`);
      child = this.engine.newNode(type, this, 'Property', name, [], nav.api ?? 1, (t) =>
        invoke(nav.get, t),
      );
      this.children.set(name, child);
    }
    return child;
  }

  toJSON(): unknown {
    return Object.fromEntries([...this.loaded, ...this.local]);
  }
}

/** The queue and the syncs of one Excel.run. */
export class RequestEngine {
  private queue: Action[] = [];
  private nextId = 1;
  private syncCount = 0;
  private closed = false;
  private readonly nodes = new WeakMap<object, ClientNode>();
  /** Nodes resolved during the sync in progress. */
  readonly touched = new Set<ClientNode>();
  /** What the loads of the sync in progress read, made readable when the sync succeeds. */
  private staged: { node: ClientNode; data: LoadedData | null }[] = [];
  readonly root: ClientNode;
  readonly context: { readonly workbook: object; sync(): Promise<void> };
  private readonly env: Env;

  constructor(
    readonly workbook: FakeWorkbook,
    readonly run: number,
    /** The ExcelApi minor version the fake Excel supports. */
    readonly apiMinor: number,
    /** True while the user edits a cell: the first sync fails. */
    private readonly editing: boolean,
  ) {
    const workbookType = TYPES.Workbook;
    if (!workbookType) throw new Error('The fake has no Workbook type');
    this.root = this.newNode(workbookType, null, 'Root', 'Workbook', [], 1, () => workbook);
    const root = this.root;
    this.context = {
      get workbook() {
        return root.proxy;
      },
      sync: () => this.sync(),
    };
    this.env = {
      workbook,
      target: (arg) => {
        const node = this.nodeOf(arg);
        if (!node) return arg;
        if (node.engine !== this) {
          fail(CODES.invalidRequestContext, 'A proxy object of another request context was used');
        }
        return node.resolveForChange();
      },
      isProxy: (arg) => this.nodeOf(arg) !== null,
    };
  }

  get hasQueued(): boolean {
    return this.queue.length > 0;
  }

  close(): void {
    this.closed = true;
  }

  nodeOf(value: unknown): ClientNode | null {
    return typeof value === 'object' && value !== null ? (this.nodes.get(value) ?? null) : null;
  }

  newNode(
    type: TypeDef,
    parent: ClientNode | null,
    kind: PathKind,
    name: string,
    args: readonly unknown[],
    api: number,
    resolver: ((parent: unknown) => unknown) | null,
  ): ClientNode {
    return new ClientNode(
      this,
      this.nextId++,
      type,
      parent,
      kind,
      name,
      args,
      Math.max(api, parent?.api ?? 1),
      resolver,
    );
  }

  private checkOpen(): void {
    if (this.closed) {
      fail(
        CODES.invalidRequestContext,
        'The request context of this object has ended (its Excel.run is over)',
      );
    }
  }

  private checkApi(api: number, what: string): void {
    if (api > this.apiMinor) {
      fail(CODES.apiNotFound, `${what} needs ExcelApi 1.${api}; this Excel has 1.${this.apiMinor}`);
    }
  }

  private push(action: Omit<Action, 'id'>): void {
    this.checkOpen();
    this.queue.push({ ...action, id: this.nextId++ });
  }

  makeProxy(node: ClientNode): object {
    const type = node.type;
    const proxy: object = new Proxy(
      {},
      {
        get: (_target, key) => {
          if (typeof key === 'symbol') return undefined;
          if (key === 'context') return this.context;
          if (key === 'isNullObject') return node.readIsNull();
          if (key === 'load') {
            return (spec?: unknown) => {
              this.queueLoad(node, spec);
              return proxy;
            };
          }
          if (key === 'toJSON') return () => node.toJSON();
          if (key === 'items' && type.items) return node.readItems();
          if (own(type.props, key)) return node.readProp(key);
          if (own(type.navs, key)) return node.navChild(key).proxy;
          if (own(type.methods, key)) return (...args: unknown[]) => this.call(node, key, args);
          if (PROBED.has(key)) return undefined;
          throw new TypeError(`The fake Excel has no ${type.name}.${key}`);
        },
        set: (_target, key, value) => {
          const def = typeof key === 'string' ? own(type.props, key) : undefined;
          if (typeof key !== 'string' || !def?.write) {
            throw new TypeError(`${type.name}.${String(key)} cannot be set in the fake Excel`);
          }
          this.queueSet(node, key, value);
          return true;
        },
        has: (_target, key) =>
          typeof key === 'string' &&
          (own(type.props, key) !== undefined ||
            own(type.navs, key) !== undefined ||
            own(type.methods, key) !== undefined),
      },
    );
    this.nodes.set(proxy, node);
    return proxy;
  }

  queueSet(node: ClientNode, name: string, value: unknown): void {
    const def = own(node.type.props, name);
    const write = def?.write;
    if (!write) throw new TypeError(`${node.type.name}.${name} cannot be set`);
    this.checkOpen();
    node.local.set(name, value);
    this.push({
      kind: 'SetProperty',
      node,
      name,
      args: [value],
      command: `${node.type.name}.${name}`,
      run: () => {
        this.checkApi(Math.max(node.api, def.api ?? 1), `${node.type.name}.${name}`);
        invoke(write, node.resolveForChange(), value, this.env);
      },
    });
  }

  call(node: ClientNode, name: string, args: unknown[]): unknown {
    const def = own(node.type.methods, name);
    if (!def) throw new TypeError(`${node.type.name}.${name} is not a method`);
    this.checkOpen();
    for (const arg of args) {
      const argNode = this.nodeOf(arg);
      if (argNode && argNode.engine !== this) {
        fail(CODES.invalidRequestContext, 'A proxy object of another request context was used');
      }
    }
    const command = `${node.type.name}.${name}`;
    const api = Math.max(node.api, def.api ?? 1);
    if (def.returns) {
      const type = TYPES[def.returns];
      if (!type) throw new TypeError(`The fake has no type ${def.returns}`);
      const child = this.newNode(type, node, 'Method', name, args, api, (parentTarget) => {
        this.checkApi(api, command);
        const target = invoke(def.run, parentTarget, args, this.env);
        if ((target === null || target === undefined) && !def.orNull) {
          fail(CODES.itemNotFound, `${command}(${args.map(String).join(', ')}) found nothing`);
        }
        return target ?? null;
      });
      this.push({
        kind: 'Instantiate',
        node: child,
        name,
        args,
        command,
        run: () => {
          child.resolve();
        },
      });
      return child.proxy;
    }
    this.push({
      kind: 'Method',
      node,
      name,
      args,
      command,
      run: () => {
        this.checkApi(api, command);
        invoke(def.run, node.resolveForChange(), args, this.env);
      },
    });
    return undefined;
  }

  queueLoad(node: ClientNode, spec: unknown): void {
    this.checkOpen();
    const { tree, error } = parseLoad(node.type, spec);
    const select = [...tree.props];
    const expand = [...tree.navs.keys(), ...(tree.items ? ['items'] : [])];
    this.push({
      kind: 'Query',
      node,
      name: '',
      args: [],
      command: `${node.type.name}.load`,
      queryInfo: { Select: select, Expand: expand },
      run: () => {
        if (error) fail(CODES.invalidArgument, error);
        const target = node.resolve();
        this.staged.push({
          node,
          data: target === null ? null : this.read(node.type, target, tree, node.api),
        });
      },
    });
  }

  private read(type: TypeDef, target: unknown, tree: LoadTree, api: number): LoadedData {
    const props = new Map<string, unknown>();
    const names = tree.all
      ? Object.keys(type.props ?? {}).filter((p) => {
          const def = own(type.props, p);
          return def?.read !== undefined && (def.api ?? 1) <= this.apiMinor;
        })
      : [...tree.props];
    for (const name of names) {
      const def = own(type.props, name);
      if (!def?.read) fail(CODES.invalidArgument, `${type.name}.${name} cannot be loaded`);
      this.checkApi(Math.max(api, def.api ?? 1), `${type.name}.${name}`);
      props.set(name, cloneValue(invoke(def.read, target)));
    }
    const navs = new Map<string, LoadedData | null>();
    for (const [name, subtree] of tree.navs) {
      const nav = own(type.navs, name);
      const navType = nav ? TYPES[nav.type] : undefined;
      if (!nav || !navType) return fail(CODES.invalidArgument, `${type.name}.${name} is unknown`);
      const navApi = Math.max(api, nav.api ?? 1);
      this.checkApi(navApi, `${type.name}.${name}`);
      const child = invoke(nav.get, target);
      navs.set(name, child === null ? null : this.read(navType, child, subtree, navApi));
    }
    let items: LoadedData['items'] = null;
    if (tree.items && type.items) {
      const itemType = TYPES[type.items.type];
      if (!itemType) return fail(CODES.invalidArgument, `No item type for ${type.name}`);
      const subtree = tree.items;
      items = invoke(type.items.list, target).map((item) => ({
        target: item,
        data: this.read(itemType, item, subtree, api),
      }));
    }
    return { props, navs, items };
  }

  private apply(node: ClientNode, data: LoadedData | null): void {
    node.isNull = data === null;
    if (!data) return;
    for (const [name, value] of data.props) {
      node.loaded.set(name, value);
      node.local.delete(name);
    }
    for (const [name, nav] of data.navs) this.apply(node.navChild(name), nav);
    const itemsDef = node.type.items;
    if (data.items && itemsDef) {
      const itemType = TYPES[itemsDef.type];
      if (!itemType) return;
      node.items = data.items.map(({ target, data: itemData }) => {
        const item = this.newNode(
          itemType,
          node,
          'Item',
          'Item',
          [invoke(itemsDef.key, target)],
          node.api,
          null,
        );
        item.target = target;
        this.apply(item, itemData);
        return item;
      });
    }
  }

  /** The request JSON of a batch, in the shape Office.js sends. */
  private requestJson(actions: readonly Action[]): string {
    const paths = new Map<number, unknown>();
    const serialize = (value: unknown): unknown => {
      const node = this.nodeOf(value);
      if (node) {
        addPath(node);
        return { ObjectPathId: node.id };
      }
      return value;
    };
    const addPath = (node: ClientNode): void => {
      for (let n: ClientNode | null = node; n && !paths.has(n.id); n = n.parent) {
        const path: Record<string, unknown> = {
          Id: n.id,
          ObjectPathType: PATH_TYPE[n.kind],
          Name: n.name,
        };
        if (n.parent) path.ParentObjectPathId = n.parent.id;
        if (n.args.length > 0) path.ArgumentInfo = { Arguments: n.args.map(serialize) };
        paths.set(n.id, path);
      }
    };
    const body = actions.map((a) => {
      addPath(a.node);
      const action: Record<string, unknown> = {
        Id: a.id,
        ActionType: { Instantiate: 1, Query: 2, Method: 3, SetProperty: 4 }[a.kind],
        Name: a.name,
        ObjectPathId: a.node.id,
      };
      if (a.kind === 'Query') action.QueryInfo = a.queryInfo;
      else if (a.kind !== 'Instantiate') action.ArgumentInfo = { Arguments: a.args.map(serialize) };
      return action;
    });
    return JSON.stringify({ Actions: body, ObjectPaths: Object.fromEntries(paths) });
  }

  sync(): Promise<void> {
    if (this.closed) {
      return Promise.reject(
        new FakeOfficeError(CODES.invalidRequestContext, 'The request context has ended'),
      );
    }
    const actions = this.queue;
    this.queue = [];
    this.syncCount += 1;
    const record: SyncRecord = {
      run: this.run,
      index: this.syncCount,
      commands: actions.length,
      requestBytes: actions.length > 0 ? utf8Length(this.requestJson(actions)) : 0,
      responseBytes: 0,
      outcome: 'ok',
    };
    this.workbook.syncs.push(record);
    const reject = (error: FakeOfficeError): Promise<void> => {
      record.outcome = error.code;
      this.staged = [];
      this.touched.clear();
      return Promise.reject(error);
    };
    if (this.editing && this.syncCount === 1) {
      return reject(
        new FakeOfficeError(
          CODES.cellEditMode,
          'The operation is not allowed while a cell is being edited',
        ),
      );
    }
    const planned = this.workbook.takeSyncFault();
    if (planned)
      return reject(new FakeOfficeError(planned, 'The request failed (planned by the test)'));
    if (record.requestBytes > PAYLOAD_LIMIT) {
      return reject(
        new FakeOfficeError(
          CODES.requestTooLarge,
          `The request payload size (${record.requestBytes} bytes) has exceeded the limit`,
        ),
      );
    }
    this.staged = [];
    this.touched.clear();
    for (const action of actions) {
      try {
        this.workbook.checkCommandFault(action.command);
        action.run();
      } catch (error) {
        if (error instanceof FakeOfficeError) return reject(error);
        throw error;
      }
    }
    const staged = this.staged;
    record.responseBytes = utf8Length(JSON.stringify(staged.map((s) => plain(s.data))));
    if (record.responseBytes > PAYLOAD_LIMIT) {
      return reject(
        new FakeOfficeError(
          CODES.responseTooLarge,
          `The response payload size (${record.responseBytes} bytes) has exceeded the limit`,
        ),
      );
    }
    for (const node of this.touched) node.isNull = node.target === null;
    for (const { node, data } of staged) this.apply(node, data);
    this.staged = [];
    this.touched.clear();
    return Promise.resolve();
  }
}
