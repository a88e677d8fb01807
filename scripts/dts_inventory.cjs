// Reads the TypeScript declaration files of npm packages with the TypeScript compiler and prints
// the API inventory of the modules given on the command line, as JSON:
//   {"namespaces": {"crypto": [...], "crypto.Hash": [...]}, "returns": {"crypto.createHash": "crypto.Hash"}}
// A class lists its static members with its instance members (both are called on a name of
// the class's). Every member of a type includes the inherited ones (the checker resolves `extends` and
// generics). A type is inventoried when a module exports it or when a function or method of
// the module returns it. Used by scripts/gen_api_inventory.py; run from a folder whose
// node_modules holds `typescript` and the packages:  node dts_inventory.cjs crypto bcrypt ...
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require(path.resolve("node_modules/typescript"));

const modules = process.argv.slice(2);
const entry = path.resolve("__inventory_entry.ts");
fs.writeFileSync(entry, modules.map((m, i) => `import * as M${i} from ${JSON.stringify(m)};\nexport { M${i} };\n`).join(""));
const program = ts.createProgram([entry], {
  module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true,
  moduleResolution: ts.ModuleResolutionKind.Node10, types: ["node"], skipLibCheck: true,
  allowSyntheticDefaultImports: true,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile(entry);
const namespaces = {};
const returns = {};
const open = [];

function isPublic(name) { return !name.startsWith("__") && !name.startsWith("#"); }

function typeName(type) {
  if (!type) return "";
  if (type.isUnion && type.isUnion()) return "";
  const symbol = type.aliasSymbol || type.getSymbol();
  if (!symbol) return "";
  const name = symbol.getName();
  if (name === "__type" || name === "__object" || name === "Promise") return "";
  return name;
}

function returnOf(symbol, location) {
  // every overload's return type (`createCipheriv` returns CipherGCM for "aes-256-gcm")
  const type = checker.getTypeOfSymbolAtLocation(symbol, location);
  const signatures = type.getCallSignatures().length ? type.getCallSignatures() : type.getConstructSignatures();
  return [signatures.map((s) => checker.getReturnTypeOfSignature(s)), type];
}

function returnTargets(module, rets, queue) {
  const out = [];
  for (const ret of rets) {
    const name = typeName(ret);
    if (!name || ret.flags & ts.TypeFlags.Any || SKIPPED.includes(name)) return [];  // unknown in one overload: no type
    const key = inventoryType(module, name, ret, queue);
    if (!out.includes(key)) out.push(key);
  }
  return out;
}
const SKIPPED = ["String", "Number", "Boolean", "Buffer", "Array", "Object", "Function", "Uint8Array", "Date", "Error", "NonSharedBuffer", "ArrayBuffer"];

function members(type) {
  const out = new Set();
  for (const prop of checker.getPropertiesOfType(type)) if (isPublic(prop.getName())) out.add(prop.getName());
  const apparent = checker.getApparentType(type);
  if (apparent !== type) for (const prop of checker.getPropertiesOfType(apparent)) if (isPublic(prop.getName())) out.add(prop.getName());
  return out;
}

function inventoryType(module, name, type, queue) {
  const key = `${module}.${name}`;
  if (namespaces[key]) return key;
  namespaces[key] = [...members(type)].sort();
  if (type.getStringIndexType && type.getStringIndexType()) open.push(key);
  queue.push([key, type]);
  return key;
}

function walkReturns(module, queue) {
  while (queue.length) {
    const [key, type] = queue.shift();
    for (const prop of checker.getPropertiesOfType(type)) {
      const [rets] = returnOf(prop, source);
      const targets = returnTargets(module, rets, queue);
      if (targets.length) returns[`${key}.${prop.getName()}`] = targets;
    }
  }
}

let index = 0;
source.statements.forEach((statement) => {
  if (!ts.isImportDeclaration(statement)) return;
  const module = modules[index++];
  const moduleSymbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
  if (!moduleSymbol) { console.error(`no declarations for ${module}`); return; }
  const exported = checker.getExportsAndPropertiesOfModule(moduleSymbol);
  const names = new Set();
  const queue = [];
  for (const symbol of exported) {
    const name = symbol.getName();
    if (!isPublic(name)) continue;
    names.add(name);
    const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (resolved.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
      const key = inventoryType(module, name, checker.getDeclaredTypeOfSymbol(resolved), queue);
      if (resolved.flags & ts.SymbolFlags.Class) {
        // the static side too (`ECDH.convertKey`, `KeyObject.from`): called on the class itself
        // (its own statics; those a stream base class declares are not the class's API)
        for (const [, prop] of resolved.exports || new Map()) {
          const member = prop.getName();
          if (isPublic(member) && member !== "prototype" && !namespaces[key].includes(member)) namespaces[key].push(member);
        }
        namespaces[key].sort();
      }
      if (resolved.flags & ts.SymbolFlags.Class) returns[`${module}.${name}`] = [`${module}.${name}`];  // `new C()`
    }
    if (resolved.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Property | ts.SymbolFlags.Method)) {
      const [rets, type] = returnOf(resolved, statement);
      const targets = returnTargets(module, rets, queue);
      if (targets.length && !(resolved.flags & ts.SymbolFlags.Class)) returns[`${module}.${name}`] = targets;
      if (!(resolved.flags & ts.SymbolFlags.Function)) {
        const props = members(type);
        const object = (type.flags & ts.TypeFlags.Object) && !checker.isArrayType(type);
        if (!object) continue;
        if (props.size && !type.getCallSignatures().length) inventoryType(module, name, type, queue);
        else if (props.size > 3) namespaces[`${module}.${name}`] = [...props].sort();  // callable namespaces (helmet)
      }
    }
    if (resolved.flags & ts.SymbolFlags.Namespace || resolved.flags & ts.SymbolFlags.ValueModule) {
      const sub = checker.getExportsOfModule(resolved);
      namespaces[`${module}.${name}`] = sub.map((s) => s.getName()).filter(isPublic).sort();
    }
  }
  namespaces[module] = [...names].sort();
  walkReturns(module, queue);
});
fs.unlinkSync(entry);
process.stdout.write(JSON.stringify({ namespaces, returns, open }, null, 0));
