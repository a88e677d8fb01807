"""The dataflow core on Go (its adapter): request sources of each framework, binders,
propagation through Go's statements and values, sanitizers and guards that clean only their
own kinds, closures, methods, out-parameters, on-demand analysis and cross-file summaries."""

from __future__ import annotations

import textwrap

import pytest

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.dataflow.project import build_index
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.languages import parser_for

HEADER = '''package app

import (
\t"database/sql"
\t"encoding/json"
\t"fmt"
\t"html"
\t"net/http"
\t"net/url"
\t"os"
\t"path/filepath"
\t"regexp"
\t"strconv"
\t"strings"

\t"github.com/gin-gonic/gin"
\t"github.com/go-chi/chi/v5"
\t"github.com/gofiber/fiber/v2"
\t"github.com/gorilla/mux"
\t"github.com/labstack/echo/v4"
)

'''


def _ctx(code: str, path: str = "internal/app/handlers.go") -> FileContext:
    ctx = FileContext(path=path, language="go", text=HEADER + textwrap.dedent(code))
    ctx.tree = parser_for("go").parse(ctx.source)
    return ctx


def _sink_arg(ctx: FileContext):
    """The first argument of the last `sink(...)` call."""
    found = None
    for node in ctx.walk():
        if node.type == "call_expression" and \
                ctx.node_text(node.child_by_field_name("function")) == "sink":
            found = node.child_by_field_name("arguments").named_children[0]
    assert found is not None
    return found


def level(code: str, kind: str = "sql") -> str:
    ctx = _ctx(code)
    return flow(ctx).verdict(_sink_arg(ctx), kind).level


NET = "func h(w http.ResponseWriter, r *http.Request) {\n"


@pytest.mark.parametrize("code", [
    NET + '\tsink(r.URL.Query().Get("q"))\n}',
    NET + '\tsink(r.FormValue("q"))\n}',
    NET + '\tsink(r.PostFormValue("q"))\n}',
    NET + '\tsink(r.Header.Get("X-Name"))\n}',
    NET + '\tc, _ := r.Cookie("sid")\n\tsink(c.Value)\n}',
    NET + '\tsink(r.PathValue("id"))\n}',
    NET + '\tsink(r.URL.Path)\n}',
    NET + '\tb, _ := io.ReadAll(r.Body)\n\tsink(string(b))\n}',
    NET + '\tsink(mux.Vars(r)["id"])\n}',
    NET + '\tsink(chi.URLParam(r, "id"))\n}',
    NET + '\tvar in struct{ Name string }\n\tjson.NewDecoder(r.Body).Decode(&in)\n\tsink(in.Name)\n}',
    NET + '\tf, hdr, err := r.FormFile("f")\n\t_, _ = f, err\n\tsink(hdr.Filename)\n}',
    'func g(c *gin.Context) {\n\tsink(c.Query("q"))\n}',
    'func g(c *gin.Context) {\n\tsink(c.Param("id"))\n}',
    'func g(c *gin.Context) {\n\tsink(c.PostForm("f"))\n}',
    'func g(c *gin.Context) {\n\tsink(c.GetHeader("X"))\n}',
    'func g(c *gin.Context) {\n\tvar in Input\n\tif err := c.ShouldBindJSON(&in); err != nil {\n'
    '\t\treturn\n\t}\n\tsink(in.Name)\n}',
    'func g(c *gin.Context) {\n\tsink(c.Request.URL.RawQuery)\n}',
    'func e(c echo.Context) error {\n\tsink(c.QueryParam("q"))\n\treturn nil\n}',
    'func e(c echo.Context) error {\n\tvar in Input\n\t_ = c.Bind(&in)\n\tsink(in.ID)\n'
    '\treturn nil\n}',
    'func f(c *fiber.Ctx) error {\n\tsink(c.Params("id"))\n\treturn nil\n}',
    'func f(c *fiber.Ctx) error {\n\tvar in Input\n\tc.BodyParser(&in)\n\tsink(in.ID)\n'
    '\treturn nil\n}',
    'func main() {\n\tsink(os.Args[1])\n}',
])
def test_request_data_and_arguments_are_sources(code):
    assert level(code) == "tainted"


@pytest.mark.parametrize("code", [
    NET + '\tq := r.FormValue("q")\n\tsql := fmt.Sprintf("SELECT %s", q)\n\tsink(sql)\n}',
    NET + '\tq := "a" + r.FormValue("q") + "b"\n\tsink(q)\n}',
    NET + '\tvar sb strings.Builder\n\tsb.WriteString("x")\n\tsb.WriteString(r.FormValue("q"))\n'
    '\tsink(sb.String())\n}',
    NET + '\tparts := []string{"a", r.FormValue("q")}\n\tsink(strings.Join(parts, ","))\n}',
    NET + '\tm := map[string]string{}\n\tm["k"] = r.FormValue("q")\n\tsink(m["k"])\n}',
    NET + '\tu := User{Name: r.FormValue("q")}\n\tsink(u.Name)\n}',
    NET + '\tvar u User\n\tu.Name = r.FormValue("q")\n\tsink(u.Name)\n}',
    NET + '\tfor _, v := range r.URL.Query()["ids"] {\n\t\tsink(v)\n\t}\n}',
    NET + '\tq := r.FormValue("q")\n\tx := strings.ToLower(strings.TrimSpace(q))\n\tsink(x)\n}',
    NET + '\tids := []string{}\n\tids = append(ids, r.FormValue("id"))\n\tsink(ids[0])\n}',
    NET + '\tq := r.FormValue("q")\n\tbuild := func() string { return "x" + q }\n'
    '\tsink(build())\n}',
    NET + '\tsink(wrap(r.FormValue("q")))\n}\nfunc wrap(s string) (string, error) {\n'
    '\treturn "[" + s + "]", nil\n}',
    NET + '\tv, err := wrap(r.FormValue("q"))\n\t_ = err\n\tsink(v)\n}\n'
    'func wrap(s string) (string, error) {\n\treturn s, nil\n}',
    NET + '\tq := r.FormValue("q")\n\tif x := q; x != "" {\n\t\tsink(x)\n\t}\n}',
    NET + '\tvar data map[string]string\n\tbody, _ := io.ReadAll(r.Body)\n'
    '\tjson.Unmarshal(body, &data)\n\tsink(data["name"])\n}',
])
def test_propagation_through_go(code):
    assert level(code) == "tainted"


@pytest.mark.parametrize(("code", "kind", "expected"), [
    (NET + '\tn, err := strconv.Atoi(r.FormValue("n"))\n\t_ = err\n\tsink(n)\n}', "sql", "safe"),
    (NET + '\tsink(html.EscapeString(r.FormValue("s")))\n}', "xss", "safe"),
    (NET + '\tsink(html.EscapeString(r.FormValue("s")))\n}', "sql", "tainted"),
    (NET + '\tsink(filepath.Base(r.FormValue("f")))\n}', "path", "safe"),
    (NET + '\tsink(filepath.Base(r.FormValue("f")))\n}', "command", "tainted"),
    (NET + '\tsink(filepath.Join("/srv", filepath.Clean("/"+r.FormValue("f"))))\n}', "path",
     "safe"),
    (NET + '\tsink(filepath.Join("/srv", r.FormValue("f")))\n}', "path", "tainted"),
    (NET + '\tsink(strings.ReplaceAll(r.FormValue("q"), "\\n", ""))\n}', "log", "safe"),
    (NET + '\tsink(strconv.Quote(r.FormValue("q")))\n}', "log", "safe"),
    (NET + '\tsink(fmt.Sprintf("user=%q", r.FormValue("q")))\n}', "log", "safe"),
    (NET + '\tsink(fmt.Sprintf("user=%s", r.FormValue("q")))\n}', "log", "tainted"),
    (NET + '\tsink("https://api.example.com/users/" + r.FormValue("id"))\n}', "ssrf", "safe"),
    (NET + '\tsink("https://" + r.FormValue("host") + "/x")\n}', "ssrf", "tainted"),
    (NET + '\tsink(url.QueryEscape(r.FormValue("q")))\n}', "xss", "safe"),
    (NET + '\tid, _ := strconv.ParseInt(r.FormValue("id"), 10, 64)\n'
     '\tsink(fmt.Sprintf("%d", id))\n}', "sql", "safe"),
    (NET + '\tsink(len(r.FormValue("q")))\n}', "sql", "safe"),
    (NET + '\tsink(r.Method)\n}', "sql", "safe"),
    ('func g(c *gin.Context) {\n\tsink(c.GetString("user"))\n}', "sql", "safe"),
])
def test_sanitizers_clean_only_their_own_kinds(code, kind, expected):
    assert level(code, kind) == expected


@pytest.mark.parametrize(("code", "kind"), [
    (NET + '\to := r.FormValue("o")\n\tallowed := map[string]bool{"asc": true, "desc": true}\n'
     '\tif !allowed[o] {\n\t\treturn\n\t}\n\tsink(o)\n}', "sql"),
    (NET + '\to := r.FormValue("o")\n\tcols := map[string]string{"name": "u.name"}\n'
     '\tcol, ok := cols[o]\n\tif !ok {\n\t\treturn\n\t}\n\t_ = col\n\tsink(o)\n}', "sql"),
    (NET + '\to := r.FormValue("o")\n\tcols := map[string]string{"name": "u.name"}\n'
     '\tcol := cols[o]\n\tsink(col)\n}', "sql"),
    (NET + '\tid := r.FormValue("id")\n\tif _, err := strconv.Atoi(id); err != nil {\n'
     '\t\treturn\n\t}\n\tsink(id)\n}', "sql"),
    (NET + '\ts := r.FormValue("s")\n\tswitch s {\n\tcase "asc", "desc":\n\tdefault:\n'
     '\t\treturn\n\t}\n\tsink(s)\n}', "sql"),
    (NET + '\ts := r.FormValue("s")\n\tif s != "asc" && s != "desc" {\n\t\treturn\n\t}\n'
     '\tsink(s)\n}', "sql"),
    (NET + '\tn := r.FormValue("n")\n\tif !validName.MatchString(n) {\n\t\treturn\n\t}\n'
     '\tsink(n)\n}\nvar validName = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)', "command"),
    (NET + '\tp := filepath.Join("/srv/files", r.FormValue("f"))\n'
     '\tif !strings.HasPrefix(p, "/srv/files/") {\n\t\treturn\n\t}\n\tsink(p)\n}', "path"),
    (NET + '\tname := r.FormValue("f")\n\tif strings.Contains(name, "..") {\n\t\treturn\n\t}\n'
     '\tsink(name)\n}', "path"),
    (NET + '\tname := r.FormValue("f")\n\tif !filepath.IsLocal(name) {\n\t\treturn\n\t}\n'
     '\tsink(name)\n}', "path"),
    (NET + '\traw := r.FormValue("url")\n\tu, err := url.Parse(raw)\n'
     '\tif err != nil || u.Hostname() != "api.example.com" {\n\t\treturn\n\t}\n'
     '\tsink(u.String())\n}', "ssrf"),
    (NET + '\traw := r.FormValue("url")\n\tu, err := url.Parse(raw)\n'
     '\tif err != nil || !allowedHosts[u.Host] {\n\t\treturn\n\t}\n\tsink(raw)\n}\n'
     'var allowedHosts = map[string]bool{"a.example.com": true}', "ssrf"),
    (NET + '\tnext := r.FormValue("next")\n'
     '\tif !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {\n'
     '\t\tnext = "/"\n\t}\n\tsink(next)\n}', "redirect"),
    (NET + '\tname := r.FormValue("n")\n\tif err := validateName(name); err != nil {\n'
     '\t\treturn\n\t}\n\tsink(name)\n}', "sql"),
])
def test_guards_clean_on_the_path_they_protect(code, kind):
    assert level(code, kind) == "safe"


@pytest.mark.parametrize(("code", "kind"), [
    (NET + '\to := r.FormValue("o")\n\tallowed := map[string]bool{"asc": true}\n'
     '\tif allowed[o] {\n\t\tfmt.Println("ok")\n\t}\n\tsink(o)\n}', "sql"),
    (NET + '\tp := filepath.Join("/srv/files", r.FormValue("f"))\n'
     '\tif !strings.HasPrefix(p, "/srv/files/") {\n\t\treturn\n\t}\n\tsink(p)\n}', "sql"),
    (NET + '\tname := r.FormValue("f")\n\tif strings.Contains(name, "..") {\n\t\treturn\n\t}\n'
     '\tsink(name)\n}', "command"),
    (NET + '\tnext := r.FormValue("next")\n\tif !strings.HasPrefix(next, "/") {\n'
     '\t\tnext = "/"\n\t}\n\tsink(next)\n}', "redirect"),
    (NET + '\traw := r.FormValue("url")\n\tu, _ := url.Parse(raw)\n'
     '\tif u.Scheme != "https" {\n\t\treturn\n\t}\n\tsink(raw)\n}', "ssrf"),
])
def test_guards_do_not_clean_what_they_do_not_protect(code, kind):
    assert level(code, kind) == "tainted"


def test_parameters_are_unknown_until_a_caller_passes_input():
    assert level("func find(db *sql.DB, name string) {\n\tsink(name)\n}") == "unknown"
    assert level("func find(db *sql.DB, id int64) {\n\tsink(id)\n}") == "safe"
    tainted = NET + '\tfind(r.FormValue("n"))\n}\nfunc find(name string) {\n\tsink(name)\n}'
    assert level(tainted) == "tainted"
    literal = NET + '\tfind("admin")\n}\nfunc find(name string) {\n\tsink(name)\n}'
    assert level(literal) == "unknown"  # an exported package function: other files may call


def test_methods_on_receivers_and_struct_fields():
    code = '''\
        type Store struct{ db *sql.DB }

        func (s *Store) byName(name string) error {
        \t_, err := s.db.Query("SELECT * FROM u WHERE n = '" + name + "'")
        \tsink(name)
        \treturn err
        }

        func h(w http.ResponseWriter, r *http.Request) {
        \tstore := &Store{}
        \tstore.byName(r.FormValue("n"))
        }
        '''
    ctx = _ctx(code)
    assert flow(ctx).verdict(_sink_arg(ctx), "sql").level == "tainted"


def test_dead_branches_are_not_evaluated():
    ctx = _ctx(NET + '\tconst debug = false\n\tif debug {\n\t\tsink(r.FormValue("q"))\n\t}\n}')
    assert flow(ctx).verdict(_sink_arg(ctx), "sql").level != "tainted"
    assert not flow(ctx).reached(_sink_arg(ctx))


def test_functions_are_analyzed_on_demand():
    ctx = _ctx(NET + '\tsink(r.FormValue("q"))\n}\nfunc other(a string) string {\n'
               '\treturn a + "x"\n}\nfunc third() {}\n')
    state = flow(ctx)
    assert not any(info.done for info in state.by_node.values())
    assert state.verdict(_sink_arg(ctx), "sql").level == "tainted"
    done = {info.name for info in state.by_node.values() if info.done}
    assert done == {"h"}
    state.complete()
    assert all(info.done for info in state.by_node.values())
    assert state.lazy is None


REPO = '''package store

import "database/sql"

type Repo struct{ db *sql.DB }

func (r *Repo) FindUser(name string) (*sql.Rows, error) {
\treturn r.db.Query("SELECT * FROM users WHERE name = '" + name + "'")
}

func Search(db *sql.DB, term string) {
\tdb.Exec("DELETE FROM t WHERE x = '" + term + "'")
}
'''
HANDLER = '''package api

import (
\t"net/http"

\t"example.com/shop/internal/store"
)

func handle(w http.ResponseWriter, r *http.Request, repo *store.Repo) {
\trepo.FindUser(r.FormValue("name"))
\tstore.Search(nil, r.FormValue("term"))
}
'''


def test_a_wrapper_in_another_package_is_a_sink_at_its_call_site():
    index = build_index([("internal/store/repo.go", REPO), ("cmd/api/handler.go", HANDLER)])
    assert index.resolve("example.com/shop/internal/store.Repo.FindUser") is not None
    findings = Engine().analyze("cmd/api/handler.go", HANDLER, project=index).findings
    sql = [(f.line, f.likelihood) for f in findings if f.rule == "VG-GO-INJ-001"]
    assert sql == [(10, "very-likely"), (11, "very-likely")]
    wrapper = Engine().analyze("internal/store/repo.go", REPO, project=index).findings
    assert [(f.line, f.likelihood) for f in wrapper if f.rule == "VG-GO-INJ-001"] == [
        (8, "possible"), (12, "possible")]
