"""The Java taint pass: sources, propagation, constant folding, containers, helpers."""

from __future__ import annotations

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import parser_for
from vigilint.analyzers.taint.java import CONST, SAFE, TAINTED, UNKNOWN, Val, java_taint


def _sink_values(body: str, extra: str = "") -> list[Val | None]:
    """The first-argument value of every `sink(...)` call in a servlet method body."""
    text = ("class T extends HttpServlet {\n"
            "  public void doPost(HttpServletRequest request, HttpServletResponse response) {\n"
            f"{body}\n  }}\n{extra}\n}}\n")
    ctx = FileContext(path="T.java", language="java", text=text)
    ctx.tree = parser_for("java").parse(ctx.source)
    taint = java_taint(ctx)
    out: list[Val | None] = []
    for node in ctx.walk():
        if node.type == "method_invocation" and ctx.node_text(
                node.child_by_field_name("name")) == "sink":
            values = taint.args(node)
            out.append(values[0] if values else None)
    return out


def _levels(body: str, extra: str = "") -> list[int | None]:
    return [None if v is None else v.level for v in _sink_values(body, extra)]


def test_request_accessors_are_sources_and_constants_are_not():
    assert _levels('sink(request.getParameter("a")); sink("x"); sink(request.getMethod());') \
        == [TAINTED, CONST, SAFE]


def test_concatenation_builder_and_format_propagate():
    body = '''
    String p = request.getHeader("h");
    StringBuilder sb = new StringBuilder();
    sb.append("a").append(p);
    sink(sb.toString());
    sink(String.format("%s!", p));
    sink("a" + "b");
    '''
    assert _levels(body) == [TAINTED, TAINTED, CONST]


def test_dead_branches_are_folded():
    body = '''
    String p = request.getParameter("p");
    int num = 106;
    String a = (7 * 42) - num > 200 ? "safe" : p;
    String b = (7 * 18) + num > 200 ? "safe" : p;
    sink(a);
    sink(b);
    if ((500 / 42) + num > 200) { sink(p); }
    '''
    assert _levels(body) == [TAINTED, CONST, None]


def test_switch_on_constant_character():
    body = '''
    String p = request.getParameter("p");
    String bar;
    switch ("ABC".charAt(1)) {
        case 'A': bar = p; break;
        case 'B': bar = "fixed"; break;
        default: bar = p;
    }
    sink(bar);
    '''
    assert _levels(body) == [CONST]


def test_map_and_list_with_constant_keys_and_indexes():
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
    '''
    assert _levels(body) == [CONST, TAINTED, CONST, TAINTED]


def test_sanitisers_clean_only_their_sink_kind():
    values = _sink_values('String p = request.getParameter("p");'
                          'sink(ESAPI.encoder().encodeForHTML(p));'
                          'sink(Integer.parseInt(p));')
    html, number = values
    assert html is not None and html.tainted and not html.tainted_for("xss")
    assert html.tainted_for("sqli")
    assert number is not None and number.level == SAFE


def test_helper_methods_are_followed_with_argument_values():
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
    assert _levels(body, extra) == [TAINTED, CONST, CONST]


def test_cookie_loop_with_break_keeps_the_value():
    body = '''
    javax.servlet.http.Cookie[] cookies = request.getCookies();
    String param = "none";
    for (javax.servlet.http.Cookie c : cookies) {
        if (c.getName().equals("x")) { param = java.net.URLDecoder.decode(c.getValue(), "UTF-8"); break; }
    }
    sink(param);
    '''
    assert _levels(body) == [TAINTED]


def test_spring_annotated_parameters_are_sources():
    text = ('class C { @GetMapping("/x") String get(@RequestParam("q") String q, String other) '
            '{ sink(q); sink(other); return q; } }')
    ctx = FileContext(path="C.java", language="java", text=text)
    ctx.tree = parser_for("java").parse(ctx.source)
    taint = java_taint(ctx)
    levels = [taint.args(n)[0].level for n in ctx.walk()  # type: ignore[index]
              if n.type == "method_invocation"]
    assert levels == [TAINTED, UNKNOWN]


def test_helpers_whose_callers_are_unreachable_are_still_analysed():
    extra = '''
    void run(String command) { sink(command); }
    '''
    body = 'if (1 > 2) { run("ls"); }'
    assert _levels(body, extra) == [UNKNOWN]
