"""The semantic layer for JavaScript and TypeScript: ES imports and `require` resolve to module
paths (`const {exec} = require("child_process"); exec` -> `child_process.exec`). The rest is the
generic layer until the JavaScript migration extends it (docs/dataflow.md section 8)."""

from __future__ import annotations

from functools import cached_property

from tree_sitter import QueryCursor

from vigilint.analyzers.languages import compile_query
from vigilint.analyzers.syntax.generic import GenericSemantics

_JS_IMPORTS = """
(import_statement) @imp
(variable_declarator
  name: (_) @name
  value: [(call_expression function: (identifier) @req arguments: (arguments (string) @mod))
          (member_expression object: (call_expression function: (identifier) @req
              arguments: (arguments (string) @mod)) property: (property_identifier) @prop)
          (await_expression (call_expression function: (import) arguments: (arguments (string) @mod)))]
  ) @decl
"""


class JavaScriptSemantics(GenericSemantics):
    def imports(self) -> dict[str, str]:
        return self._imports

    @cached_property
    def _imports(self) -> dict[str, str]:
        ctx = self.ctx
        out: dict[str, str] = {}
        if ctx.tree is None:
            return out
        query = compile_query(ctx.language, _JS_IMPORTS)
        for _, caps in QueryCursor(query).matches(ctx.tree.root_node):
            if "imp" in caps:
                node = caps["imp"][0]
                source = node.child_by_field_name("source")
                if source is None:
                    continue
                module = ctx.node_text(source).strip("'\"`")
                for clause in node.named_children:
                    if clause.type != "import_clause":
                        continue
                    for part in clause.named_children:
                        if part.type == "identifier":  # default import
                            out[ctx.node_text(part)] = module
                        elif part.type == "namespace_import":
                            for ident in part.named_children:
                                out[ctx.node_text(ident)] = module
                        elif part.type == "named_imports":
                            for spec in part.named_children:
                                if spec.type != "import_specifier":
                                    continue
                                name = ctx.node_text(spec.child_by_field_name("name"))
                                alias_node = spec.child_by_field_name("alias")
                                alias = ctx.node_text(alias_node) if alias_node else name
                                out[alias] = f"{module}.{name}"
                continue
            if "mod" not in caps or "name" not in caps:
                continue
            if "req" in caps and ctx.node_text(caps["req"][0]) != "require":
                continue
            module = ctx.node_text(caps["mod"][0]).strip("'\"`")
            if "prop" in caps:
                module = f"{module}.{ctx.node_text(caps['prop'][0])}"
            name_node = caps["name"][0]
            if name_node.type == "identifier":
                out[ctx.node_text(name_node)] = module
            elif name_node.type == "object_pattern":
                for prop in name_node.named_children:
                    if prop.type == "shorthand_property_identifier_pattern":
                        key = ctx.node_text(prop)
                        out[key] = f"{module}.{key}"
                    elif prop.type == "pair_pattern":
                        key = ctx.node_text(prop.child_by_field_name("key"))
                        value = prop.child_by_field_name("value")
                        if value is not None and value.type == "identifier":
                            out[ctx.node_text(value)] = f"{module}.{key}"
        return out
