const vm = require('vm');

const BUILTIN_RULES = {
  urgent: (t) => /outage|down|breach/i.test(t.title),
  stale: (t) => Date.now() - new Date(t.updatedAt).getTime() > 7 * 864e5,
};

function runCustomRule(source, ticket) {
  return vm.runInNewContext(source, { ticket });
}

function runBuiltinRule(name, ticket) {
  const rule = BUILTIN_RULES[name];
  if (!rule) throw new Error(`unknown rule ${name}`);
  return rule(ticket);
}

function matchTitle(pattern, title) {
  return new RegExp(pattern).test(title);
}

module.exports = { runCustomRule, runBuiltinRule, matchTitle };
