// What the installed Electron declares, read from node_modules/electron/electron.d.ts
// with the TypeScript compiler API: the option keys of an options interface,
// the members of a class, the event names its on()/once() accept, and the
// string literals a property allows. The test double checks every call the
// app makes against these, so a misspelt option or an event Electron does not
// have fails the test instead of being silently ignored at run time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const DECLARATIONS = path.resolve(__dirname, '../../../node_modules/electron/electron.d.ts');
const EVENT_METHODS = new Set(['on', 'once', 'addListener', 'off', 'removeListener', 'prependListener', 'prependOnceListener']);
/** Members every Node EventEmitter has (Electron's classes extend NodeJS.EventEmitter / NodeEventEmitter). */
const EVENT_EMITTER_MEMBERS = [
  'on',
  'once',
  'off',
  'addListener',
  'removeListener',
  'removeAllListeners',
  'emit',
  'listeners',
  'rawListeners',
  'listenerCount',
  'eventNames',
  'setMaxListeners',
  'getMaxListeners',
  'prependListener',
  'prependOnceListener',
];

type Declaration = ts.InterfaceDeclaration | ts.ClassDeclaration;

let cached: Map<string, Declaration[]> | null = null;

function declarations(): Map<string, Declaration[]> {
  if (cached) return cached;
  const source = ts.createSourceFile(DECLARATIONS, readFileSync(DECLARATIONS, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Map<string, Declaration[]>();
  const electronNamespace = source.statements.find((s): s is ts.ModuleDeclaration => ts.isModuleDeclaration(s) && s.name.text === 'Electron');
  const body = electronNamespace?.body;
  if (!body || !ts.isModuleBlock(body)) throw new Error(`No "declare namespace Electron" in ${DECLARATIONS}.`);
  for (const statement of body.statements) {
    if ((ts.isInterfaceDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      found.set(statement.name.text, [...(found.get(statement.name.text) ?? []), statement]);
    }
  }
  cached = found;
  return found;
}

function declared(name: string): Declaration[] {
  const list = declarations().get(name);
  if (!list) throw new Error(`electron.d.ts declares no ${name}.`);
  return list;
}

function memberName(member: ts.ClassElement | ts.TypeElement): string | null {
  const name = member.name;
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return null;
}

/** The declarations a type inherits from inside the Electron namespace, and whether it is an EventEmitter. */
function heritage(declaration: Declaration): { parents: string[]; emitter: boolean } {
  const parents: string[] = [];
  let emitter = false;
  for (const clause of declaration.heritageClauses ?? []) {
    for (const type of clause.types) {
      const text = type.expression.getText();
      if (/EventEmitter$/.test(text)) emitter = true;
      else if (declarations().has(text)) parents.push(text);
    }
  }
  return { parents, emitter };
}

/** Every member (property or method) of a declared class or interface, inherited ones included. */
export function memberNames(typeName: string): Set<string> {
  const names = new Set<string>();
  for (const declaration of declared(typeName)) {
    for (const member of declaration.members) {
      const name = memberName(member);
      if (name) names.add(name);
    }
    const { parents, emitter } = heritage(declaration);
    if (emitter) EVENT_EMITTER_MEMBERS.forEach((n) => names.add(n));
    for (const parent of parents) memberNames(parent).forEach((n) => names.add(n));
  }
  return names;
}

/** The event names a class's on()/once()/off() overloads accept, inherited ones included. */
export function eventNames(typeName: string): Set<string> {
  const names = new Set<string>();
  for (const declaration of declared(typeName)) {
    for (const member of declaration.members) {
      const name = memberName(member);
      if (!name || !EVENT_METHODS.has(name)) continue;
      if (!ts.isMethodDeclaration(member) && !ts.isMethodSignature(member)) continue;
      const eventType = member.parameters[0]?.type;
      if (eventType && ts.isLiteralTypeNode(eventType) && ts.isStringLiteral(eventType.literal)) names.add(eventType.literal.text);
    }
    for (const parent of heritage(declaration).parents) eventNames(parent).forEach((n) => names.add(n));
  }
  return names;
}

/** The string literals a property's type allows (e.g. MenuItemConstructorOptions.role). */
export function literalValues(typeName: string, property: string): Set<string> {
  const values = new Set<string>();
  const collect = (type: ts.TypeNode | undefined) => {
    if (!type) return;
    if (ts.isUnionTypeNode(type)) type.types.forEach(collect);
    else if (ts.isParenthesizedTypeNode(type)) collect(type.type);
    else if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) values.add(type.literal.text);
  };
  for (const declaration of declared(typeName)) {
    for (const member of declaration.members) {
      if (memberName(member) === property && (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member))) collect(member.type);
    }
  }
  if (values.size === 0) throw new Error(`electron.d.ts: ${typeName}.${property} has no string literal values.`);
  return values;
}
