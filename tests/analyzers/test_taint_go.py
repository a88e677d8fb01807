"""The Go taint pass: request sources, binders, sanitisers, guards and helper functions."""

from __future__ import annotations

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import parser_for
from vigilint.analyzers.taint.go import CONST, SAFE, TAINTED, Val, go_imports, go_taint


def _sinks(source: str) -> list[Val | None]:
    text = 'package p\n\nimport (\n\t"net/http"\n\t"os"\n\t"strconv"\n\t"strings"\n' \
           '\t"path/filepath"\n\t"fmt"\n\t"html"\n\tg "github.com/gin-gonic/gin"\n)\n\n' + source
    ctx = FileContext(path="p.go", language="go", text=text)
    ctx.tree = parser_for("go").parse(ctx.source)
    taint = go_taint(ctx)
    out: list[Val | None] = []
    for node in ctx.walk():
        if node.type == "call_expression" and ctx.node_text(
                node.child_by_field_name("function")) == "sink":
            values = taint.args(node)
            out.append(values[0] if values else None)
    return out


def test_request_sources_and_propagation():
    values = _sinks('''
func h(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	sink(fmt.Sprintf("SELECT %s", q))
	sink(strings.ToLower(r.Header.Get("X")))
	sink(r.Method)
	sink("const")
}''')
    assert [v.level for v in values if v] == [TAINTED, TAINTED, SAFE, CONST]


def test_atoi_is_safe_and_escape_is_clean_for_html_only():
    a, b = _sinks('''
func h(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.FormValue("n"))
	sink(n)
	sink(html.EscapeString(r.FormValue("s")))
	_ = err
}''')
    assert a is not None and a.level == SAFE
    assert b is not None and b.tainted and not b.tainted_for("xss") and b.tainted_for("sqli")


def test_gin_binders_taint_their_target():
    (value,) = _sinks('''
func h(c *g.Context) {
	var body Order
	c.ShouldBindJSON(&body)
	sink(body.Name)
}''')
    assert value is not None and value.tainted


def test_has_prefix_guard_cleans_paths():
    guarded, unguarded = _sinks('''
func h(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join("/srv", r.FormValue("f"))
	if !strings.HasPrefix(p, "/srv/") { return }
	sink(p)
}
func k(w http.ResponseWriter, r *http.Request) {
	sink(filepath.Join("/srv", r.FormValue("f")))
}''')
    assert guarded is not None and not guarded.tainted_for("pathtraver")
    assert unguarded is not None and unguarded.tainted_for("pathtraver")


def test_helper_functions_see_their_callers_values():
    (value,) = _sinks('''
func build(name string) string { return "echo " + name }
func run(name string) { sink(name) }
func main() {
	run(build(os.Args[1]))
}''')
    assert value is not None and value.tainted_for("cmdi")
    assert not value.tainted_for("pathtraver")  # a CLI opening the files its user names


def test_imports_resolve_aliases_and_major_versions():
    text = 'package p\nimport (\n\ttmpl "html/template"\n\t"github.com/golang-jwt/jwt/v5"\n)\n'
    ctx = FileContext(path="p.go", language="go", text=text)
    ctx.tree = parser_for("go").parse(ctx.source)
    assert go_imports(ctx) == {"tmpl": "html/template", "jwt": "github.com/golang-jwt/jwt/v5"}


def test_make_gives_constant_memory_until_filled_by_read():
    zero, filled = _sinks('''
func h(n int) {
	a := make([]byte, n)
	sink(a)
	b := make([]byte, 16)
	rand.Read(b)
	sink(b)
}''')
    assert zero is not None and zero.level == CONST
    assert filled is not None and filled.level != CONST
