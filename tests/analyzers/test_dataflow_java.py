"""The Java adapter of the dataflow core: sources, propagation, constant folding, containers,
helpers, guards, lambdas, request wrappers and typed receivers."""

from __future__ import annotations

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import flow, sink_sites
from vigilint.analyzers.languages import parser_for


def _ctx(text: str, path: str = "T.java") -> FileContext:
    ctx = FileContext(path=path, language="java", text=text)
    ctx.tree = parser_for("java").parse(ctx.source)
    return ctx


def _verdicts(body: str, extra: str = "", kind: str = "sql", head: str = "") -> list[str]:
    """The verdict for `kind` of the first argument of every `sink(...)` call in a servlet
    method body ("dead" for a call that never runs)."""
    text = (f"{head}\nclass T extends HttpServlet {{\n"
            "  public void doPost(HttpServletRequest request, HttpServletResponse response) {\n"
            f"{body}\n  }}\n{extra}\n}}\n")
    ctx = _ctx(text)
    facts = flow(ctx)
    out: list[str] = []
    for node in ctx.walk():
        if node.type == "method_invocation" and ctx.node_text(
                node.child_by_field_name("name")) == "sink":
            args = node.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None else None
            if first is not None and not facts.reached(first):
                out.append("dead")
                continue
            out.append(facts.verdict(first, kind).level)
    return out


def test_request_accessors_are_sources_and_constants_are_not():
    assert _verdicts('sink(request.getParameter("a")); sink("x"); sink(request.getMethod());') \
        == ["tainted", "safe", "unknown"]


def test_concatenation_builder_and_format_propagate():
    body = '''
    String p = request.getHeader("h");
    StringBuilder sb = new StringBuilder();
    sb.append("a").append(p);
    sink(sb.toString());
    sink(String.format("%s!", p));
    sink("a" + "b");
    StringBuilder safe = new StringBuilder("x");
    safe.append(1).append("y");
    sink(safe.toString());
    '''
    assert _verdicts(body) == ["tainted", "tainted", "safe", "safe"]


def test_dead_branches_are_folded_and_never_reported():
    body = '''
    String p = request.getParameter("p");
    int num = 106;
    String a = (7 * 42) - num > 200 ? "safe" : p;
    String b = (7 * 18) + num > 200 ? "safe" : p;
    sink(a);
    sink(b);
    if ((500 / 42) + num > 200) { sink(p); }
    '''
    assert _verdicts(body) == ["tainted", "safe", "dead"]


def test_switch_on_a_constant_character():
    body = '''
    String p = request.getParameter("p");
    String bar;
    switch ("ABC".charAt(1)) {
        case 'A': bar = p; break;
        case 'B': bar = "fixed"; break;
        default: bar = p;
    }
    sink(bar);
    String mode = switch (p.length()) { case 1 -> "one"; default -> p; };
    sink(mode);
    '''
    assert _verdicts(body) == ["safe", "tainted"]


def test_maps_and_lists_with_constant_keys_and_indexes():
    body = '''
    String p = request.getParameter("p");
    java.util.HashMap<String, Object> m = new java.util.HashMap<String, Object>();
    m.put("keyA", "safe");
    m.put("keyB", p);
    sink((String) m.get("keyA"));
    sink((String) m.get("keyB"));
    java.util.List<String> l = new java.util.ArrayList<String>();
    l.add("safe");
    l.add(p);
    l.add("moresafe");
    l.remove(0);
    sink(l.get(1));
    sink(l.get(0));
    String[] arr = {"a", p};
    sink(arr[0]);
    sink(arr[1]);
    '''
    assert _verdicts(body) == ["safe", "tainted", "safe", "tainted", "safe", "tainted"]


def test_sanitizers_clean_only_their_sink_kinds():
    body = '''
    String p = request.getParameter("p");
    sink(org.owasp.esapi.ESAPI.encoder().encodeForHTML(p));
    sink(Integer.parseInt(p));
    sink(java.util.UUID.fromString(p).toString());
    '''
    assert _verdicts(body, kind="xss") == ["safe", "safe", "safe"]
    assert _verdicts(body, kind="sql") == ["tainted", "safe", "safe"]


def test_helper_methods_return_what_their_arguments_give_them():
    extra = '''
    private static String doSomething(HttpServletRequest request, String param) {
        String bar = param;
        if (param != null && param.length() > 1) { bar = param.substring(0, 1); }
        return bar;
    }
    private static String constant(String param) { return "fixed"; }
    '''
    body = '''
    String p = request.getParameter("p");
    sink(doSomething(request, p));
    sink(constant(p));
    sink(doSomething(request, "x"));
    '''
    assert _verdicts(body, extra) == ["tainted", "safe", "safe"]


def test_inner_class_helpers_are_followed():
    extra = '''
    private class Test {
        public String doSomething(HttpServletRequest request, String param) {
            java.util.List<String> l = new java.util.ArrayList<>();
            l.add(param);
            return l.get(0);
        }
    }
    '''
    body = 'sink(new Test().doSomething(request, request.getParameter("q")));'
    assert _verdicts(body, extra) == ["tainted"]


def test_cookie_loop_with_break_keeps_the_value():
    body = '''
    javax.servlet.http.Cookie[] cookies = request.getCookies();
    String param = "none";
    for (javax.servlet.http.Cookie c : cookies) {
        if (c.getName().equals("x")) { param = java.net.URLDecoder.decode(c.getValue(), "UTF-8"); break; }
    }
    sink(param);
    '''
    assert _verdicts(body) == ["tainted"]


def test_request_wrappers_give_data_only_from_accessor_names():
    """An object built around the request (a class the file does not show) returns request
    data from methods named like request accessors; its other methods, given constants,
    return no input."""
    body = '''
    Wrapper w = new Wrapper(request);
    sink(w.getTheParameter("a"));
    sink(w.getTheValue("a"));
    '''
    assert _verdicts(body) == ["tainted", "safe"]


def test_allowlist_equality_and_regex_guards_clean():
    body = '''
    String p = request.getParameter("p");
    if (ALLOWED.contains(p)) { sink(p); }
    if ("asc".equals(p)) { sink(p); }
    if (!p.matches("[a-z]+")) { return; }
    sink(p);
    '''
    assert _verdicts(body) == ["safe", "safe", "safe"]


def test_a_tainted_collection_is_no_allowlist():
    body = '''
    String p = request.getParameter("p");
    java.util.List<String> mine = java.util.List.of(request.getParameter("q"));
    if (mine.contains(p)) { sink(p); }
    '''
    assert _verdicts(body) == ["tainted"]


def test_normalized_path_prefix_check_cleans_only_paths():
    body = '''
    java.nio.file.Path base = java.nio.file.Paths.get("/srv/files");
    java.nio.file.Path p = base.resolve(request.getParameter("f")).normalize();
    if (!p.startsWith(base)) { throw new SecurityException("outside"); }
    sink(p);
    '''
    assert _verdicts(body, kind="path") == ["safe"]
    assert _verdicts(body, kind="sql") == ["tainted"]


def test_url_host_allowlist_cleans_the_parsed_text_for_ssrf():
    body = '''
    String target = request.getParameter("url");
    java.net.URI uri = new java.net.URI(target);
    if (!ALLOWED_HOSTS.contains(uri.getHost())) { return; }
    sink(target);
    '''
    assert _verdicts(body, kind="ssrf") == ["safe"]
    assert _verdicts(body, kind="xss") == ["tainted"]


def test_lambdas_see_the_elements_of_their_receiver():
    body = '''
    java.util.List<String> names = java.util.List.of(request.getParameter("n"));
    names.forEach(n -> sink(n));
    sink(names.stream().map(n -> "x").findFirst().get());
    sink(names.stream().map(Integer::parseInt).findFirst().get());
    '''
    assert _verdicts(body) == ["tainted", "safe", "safe"]


def test_spring_annotated_and_bound_handler_parameters_are_sources():
    text = '''
    @RestController class C {
      @GetMapping("/x/{id}")
      String get(@RequestParam("q") String q, @PathVariable Long id, String other, Model model) {
        sink(q); sink(id); sink(other); sink(model); return q;
      }
      void helper(String value) { sink(value); }
    }'''
    ctx = _ctx(text)
    facts = flow(ctx)
    levels = [facts.verdict(n.child_by_field_name("arguments").named_children[0], "sql").level
              for n in ctx.walk() if n.type == "method_invocation"]
    assert levels == ["tainted", "safe", "tainted", "unknown", "unknown"]


def test_main_arguments_are_argv_and_stdin_is_stdin():
    text = '''
    class Tool {
      public static void main(String[] args) throws Exception {
        sink(args[0]);
        java.util.Scanner in = new java.util.Scanner(System.in);
        sink(in.nextLine());
      }
    }'''
    ctx = _ctx(text)
    facts = flow(ctx)
    labels = [facts.value(n.child_by_field_name("arguments").named_children[0]).all_labels()
              for n in ctx.walk() if n.type == "method_invocation"
              and ctx.node_text(n.child_by_field_name("name")) == "sink"]
    assert "argv" in labels[0] and "stdin" in labels[1]


def test_typed_receivers_make_sinks_and_helper_parameters_stay_unknown():
    text = '''
    import java.sql.*;
    class Dao {
      private final JdbcTemplate jdbc;
      Dao(JdbcTemplate jdbc) { this.jdbc = jdbc; }
      void run(Connection conn, String table) throws Exception {
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM " + table);
        jdbc.update("DELETE FROM " + table);
        conn.prepareStatement("SELECT * FROM t WHERE a = ?");
      }
    }'''
    ctx = _ctx(text)
    calls = [n for n in ctx.walk() if n.type == "method_invocation"]
    sites = {ctx.node_text(n.child_by_field_name("name")): sink_sites(ctx, n, "sql")
             for n in calls}
    assert [s.callee for s in sites["executeQuery"]] == ["java.sql.Statement.executeQuery"]
    assert [s.callee for s in sites["update"]] == \
        ["org.springframework.jdbc.core.JdbcTemplate.update"]
    facts = flow(ctx)
    assert facts.verdict(sites["executeQuery"][0].arguments[0], "sql").level == "unknown"
    assert facts.verdict(sites["prepareStatement"][0].arguments[0], "sql").level == "safe"


def test_helpers_whose_callers_never_run_are_still_analyzed():
    extra = '''
    void run(String command) { sink(command); }
    '''
    body = 'if (1 > 2) { run("ls"); }'
    assert _verdicts(body, extra) == ["unknown"]
