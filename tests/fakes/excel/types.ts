import type { FakeWorkbook } from './fakeWorkbook';

/*
 * How the fake describes an Excel API type: its scalar properties (loadable, maybe settable),
 * its navigation properties (other proxy objects), its methods, and for collections its items.
 * Targets are the document objects a proxy stands for; each definition knows its own target
 * type, so the functions take `never` here and are called through `invoke`.
 */

/** What a running command can use: the document, and proxies passed as arguments. */
export interface Env {
  readonly workbook: FakeWorkbook;
  /** The document object a proxy argument stands for (fails if it is a null object). */
  target(arg: unknown): unknown;
  /** True when the argument is a proxy object of the fake. */
  isProxy(arg: unknown): boolean;
}

/** The minor version of the ExcelApi set a member needs (8 for ExcelApi 1.8). */
export type ApiMinor = number;

export interface PropDef {
  readonly api?: ApiMinor;
  /** What a load returns; absent for write-only properties. */
  readonly read?: (target: never) => unknown;
  /** Applies a written value; absent for read-only properties. */
  readonly write?: (target: never, value: unknown, env: Env) => void;
}

export interface NavDef {
  readonly type: string;
  readonly api?: ApiMinor;
  readonly get: (target: never) => unknown;
}

export interface MethodDef {
  readonly api?: ApiMinor;
  /** The type of proxy the method returns; absent for methods that only act. */
  readonly returns?: string;
  /** For *OrNullObject methods: a missing item gives a null object instead of an error. */
  readonly orNull?: boolean;
  readonly run: (target: never, args: readonly unknown[], env: Env) => unknown;
}

export interface ItemsDef {
  readonly type: string;
  readonly list: (target: never) => readonly unknown[];
  /** How an item is addressed once loaded (Office.js keeps items by id). */
  readonly key: (item: never) => string;
}

export interface TypeDef {
  readonly name: string;
  readonly props?: Readonly<Record<string, PropDef>>;
  readonly navs?: Readonly<Record<string, NavDef>>;
  readonly methods?: Readonly<Record<string, MethodDef>>;
  readonly items?: ItemsDef;
}

/** Calls a definition's function with a target of the type it was written for. */
export function invoke<R>(
  fn: (target: never, ...rest: never[]) => R,
  target: unknown,
  ...rest: unknown[]
): R {
  return (fn as unknown as (target: unknown, ...rest: unknown[]) => R)(target, ...rest);
}

export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key)
    ? record[key]
    : undefined;
}
