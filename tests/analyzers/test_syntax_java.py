"""The Java semantic layer: imports, type resolution, declared and expression types, call
names, methods and annotations, strings."""

from __future__ import annotations

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import parser_for
from vigilint.analyzers.syntax import java, semantics
from vigilint.analyzers.syntax.java import decode_string, erase

SOURCE = '''package com.example.web;

import java.sql.*;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import static java.util.Objects.requireNonNull;
import static org.apache.commons.lang3.StringUtils.*;

@RestController
@RequestMapping("/users")
public class UserController {
    @Autowired private JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private static final String TABLE = "users";

    public UserController(PasswordEncoder encoder) { this.encoder = encoder; }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> get(@RequestParam(value = "q", required = false) String q,
                            @PathVariable Long id, HttpServletResponse response) throws Exception {
        Statement st = DriverManager.getConnection("jdbc:h2:mem:").createStatement();
        var sb = new StringBuilder();
        var writer = response.getWriter();
        st.executeQuery(q);
        jdbc.query(q, rs -> rs.getString(1));
        this.jdbc.update(q);
        encoder.matches(q, "x");
        Runtime.getRuntime().exec(q);
        java.nio.file.Paths.get(q);
        new File(q);
        requireNonNull(q);
        helper(q);
        writer.println(q);
        System.out.println(q);
        Object o = q;
        if (o instanceof String s) { s.trim(); }
        for (String e : List.of("a")) { e.length(); }
        return null;
    }

    private String helper(String value) { return value; }

    static class Inner { void run() {} }
}
'''


def _ctx(text: str = SOURCE) -> FileContext:
    ctx = FileContext(path="src/main/java/com/example/web/UserController.java", language="java",
                      text=text)
    ctx.tree = parser_for("java").parse(ctx.source)
    return ctx


def _calls(ctx: FileContext) -> dict[str, str]:
    """Callee text (`receiver.name`, `new Type`) -> its call name."""
    sem = java(ctx)
    out = {}
    for n in ctx.walk():
        if n.type == "object_creation_expression":
            out["new " + ctx.node_text(n.child_by_field_name("type"))] = sem.call_name(n)
        elif n.type == "method_invocation":
            obj = n.child_by_field_name("object")
            name = ctx.node_text(n.child_by_field_name("name"))
            out[f"{ctx.node_text(obj)}.{name}" if obj is not None else name] = sem.call_name(n)
    return out


def test_java_files_get_the_java_layer():
    ctx = _ctx()
    assert semantics(ctx) is java(ctx)
    assert java(ctx).module_name() == "com.example.web"


def test_imports_single_wildcard_and_static():
    sem = java(_ctx())
    assert sem.imports()["JdbcTemplate"] == "org.springframework.jdbc.core.JdbcTemplate"
    assert sem.imports()["requireNonNull"] == "java.util.Objects.requireNonNull"
    assert sem.wildcard_imports() == ("java.sql",)
    assert sem.static_wildcard_imports() == ("org.apache.commons.lang3.StringUtils",)
    assert sem.imports_any(("java.sql",)) and not sem.imports_any(("javax.naming",))


def test_type_names_resolve_through_imports_java_lang_wildcards_and_the_tables():
    sem = java(_ctx())
    assert sem.resolve_type("List<String>") == "java.util.List"
    assert sem.resolve_type("Statement") == "java.sql.Statement"  # wildcard, a known type
    assert sem.resolve_type("String[]") == "java.lang.String[]"
    assert sem.resolve_type("int") == "int"
    assert sem.resolve_type("Inner") == "com.example.web.UserController.Inner"
    # not imported, but the one type of that name the tables know (a snippet)
    assert sem.resolve_type("HttpServletResponse") == "javax.servlet.http.HttpServletResponse"
    assert sem.resolve_type("PasswordEncoder") == "com.example.web.PasswordEncoder"


def test_receiver_typed_and_static_call_names():
    calls = _calls(_ctx())
    assert calls["st.executeQuery"] == "java.sql.Statement.executeQuery"
    assert calls["jdbc.query"] == "org.springframework.jdbc.core.JdbcTemplate.query"
    assert calls["this.jdbc.update"] == "org.springframework.jdbc.core.JdbcTemplate.update"
    assert calls["encoder.matches"] == "com.example.web.PasswordEncoder.matches"
    assert calls["Runtime.getRuntime().exec"] == "java.lang.Runtime.exec"
    assert calls["java.nio.file.Paths.get"] == "java.nio.file.Paths.get"
    assert calls["new File"] == "java.io.File"
    assert calls["requireNonNull"] == "java.util.Objects.requireNonNull"
    assert calls["helper"] == "com.example.web.UserController.helper"
    assert calls["writer.println"] == "servlet.Response$Writer.println"
    assert calls["System.out.println"] == "java.io.PrintStream.println"
    assert calls["s.trim"] == "java.lang.String.trim"
    assert calls["e.length"] == "java.lang.String.length"


def test_declared_types_of_fields_locals_and_var():
    ctx = _ctx()
    sem = java(ctx)
    idents = {ctx.node_text(n): n for n in ctx.walk() if n.type == "identifier"}
    assert sem.declared_type(idents["jdbc"]) == "org.springframework.jdbc.core.JdbcTemplate"
    assert sem.declared_type(idents["sb"]) == "java.lang.StringBuilder"
    assert sem.declared_type(idents["writer"]) == "servlet.Response$Writer"
    assert sem.declared_type(idents["encoder"]) == "com.example.web.PasswordEncoder"


def test_methods_parameters_and_annotations():
    ctx = _ctx()
    sem = java(ctx)
    fns = {f.name: f for f in sem.functions()}
    get = fns["get"]
    assert get.qualified_name == "com.example.web.UserController.get"
    assert [d.name for d in get.decorators] == [
        "org.springframework.web.bind.annotation.GetMapping",
        "org.springframework.security.access.prepost.PreAuthorize"]
    assert [(p.name, p.type) for p in get.params] == [
        ("q", "java.lang.String"), ("id", "java.lang.Long"),
        ("response", "javax.servlet.http.HttpServletResponse")]
    assert get.params[0].annotations == ("org.springframework.web.bind.annotation.RequestParam",)
    assert fns["UserController"].params[0].type == "com.example.web.PasswordEncoder"
    assert fns["run"].qualified_name == "com.example.web.UserController.Inner.run"
    assert [d.name for d in sem.class_annotations(get.node)] == [
        "org.springframework.web.bind.annotation.RestController",
        "org.springframework.web.bind.annotation.RequestMapping"]
    annotation = get.params[0].node.named_children[0].named_children[0]
    assert sem.string_value(sem.annotation_value(annotation)) == "q"
    call = next(n for n in ctx.walk() if n.type == "method_invocation")
    found = sem.function_at(call)
    assert found is not None and found.name == "get"


def test_strings_and_erasure():
    assert decode_string('"a\\\\n\\tb\\u0041\\101"') == "a\\n\tbAA"
    assert decode_string('"""\n    one\n      two\n    """') == "one\n  two\n"
    assert erase("Map.Entry<String, List<Integer>>[]") == "Map.Entry[]"
    assert erase("String...") == "String[]"
