"""The dataflow core on Python (its adapter): sources, propagation, sanitizers, guards,
constant folding, in-file helpers."""

from __future__ import annotations

import textwrap

import pytest

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.dataflow.project import ProjectIndex
from vigilint.analyzers.languages import parser_for


def _ctx(code: str) -> FileContext:
    text = textwrap.dedent(code)
    ctx = FileContext(path="app.py", language="python", text=text)
    ctx.tree = parser_for("python").parse(ctx.source)
    return ctx


def _sink_arg(ctx: FileContext, sink: str = "sink"):
    """The first argument of the last `sink(...)` call."""
    found = None
    for node in ctx.walk():
        if node.type == "call" and ctx.node_text(node.child_by_field_name("function")) == sink:
            args = node.child_by_field_name("arguments")
            found = args.named_children[0]
    assert found is not None
    return found


def tainted(code: str, kind: str = "") -> bool:
    ctx = _ctx(code)
    return flow(ctx).verdict(_sink_arg(ctx), kind).level == "tainted"


def describe(ctx: FileContext, node) -> str:
    verdict = flow(ctx).verdict(node)
    return verdict.description if verdict.level == "tainted" else ""


def is_constant(ctx: FileContext, node) -> bool:
    return flow(ctx).value(node).has_const


FLASK = "from flask import request\n"


@pytest.mark.parametrize("code", [
    FLASK + "def v():\n    sink(request.args.get('q'))",
    FLASK + "def v():\n    x = request.form['a']\n    y = f'pre {x}'\n    sink(y)",
    FLASK + "def v():\n    a, b = request.json['p'], 1\n    sink(a)",
    FLASK + "def v():\n    s = ''\n    s += request.cookies.get('c')\n    sink(s)",
    FLASK + "def v():\n    parts = request.path.split('/')\n    sink(parts[1].strip().lower())",
    FLASK + "def v():\n    sink(' '.join([request.args['a'], 'b']))",
    FLASK + "def v():\n    sink('%s-%s' % (request.args['a'], 1))",
    FLASK + "def v():\n    sink('{}'.format(request.values['a']))",
    FLASK + "def v():\n    d = {}\n    d['k'] = request.args['a']\n    sink(d.get('k'))",
    FLASK + "def v():\n    sink([x for x in request.args.getlist('a')])",
    "import sys\nsink(sys.argv[1])",
    "def main():\n    name = input('name? ')\n    sink(name)",
    "def helper(v):\n    return v.upper()\n" + FLASK + "def view():\n    sink(helper(request.args['a']))",
    FLASK + "def view():\n    for name in request.headers.keys():\n        param = name\n        break\n"
    "    sink(param)",
    "from fastapi import FastAPI\napp = FastAPI()\n@app.get('/x')\ndef x(q: str):\n    sink(q)",
    "def view(request):\n    sink(request.GET['q'])",
])
def test_untrusted_input_reaches_the_sink(code):
    assert tainted(code)


@pytest.mark.parametrize("code", [
    FLASK + "def v():\n    sink(int(request.args['n']))",
    FLASK + "def v():\n    x = request.args['n']\n    x = 'fixed'\n    sink(x)",
    FLASK + "def v():\n    d = {'a': 'safe', 'b': request.args['x']}\n    sink(d['a'])",
    FLASK + "def v():\n    lst = ['safe', request.args['x'], 'more']\n    lst.pop(0)\n    sink(lst[1])",
    FLASK + "def v():\n    num = 106\n    bar = 'const' if (7 * 42) - num < 200 else request.args['x']\n"
    "    sink(bar)",
    FLASK + "def v():\n    import configparser\n    c = configparser.ConfigParser()\n"
    "    c.set('s', 'a', 'safe')\n    c.set('s', 'b', request.args['x'])\n    sink(c.get('s', 'a'))",
    FLASK + "def v():\n    g = 'ABC'[0]\n    bar = 'x'\n    match g:\n        case 'A':\n"
    "            bar = 'safe'\n        case 'B':\n            bar = request.args['x']\n    sink(bar)",
    FLASK + "ALLOWED = {'a', 'b'}\ndef v():\n    x = request.args['x']\n    if x not in ALLOWED:\n"
    "        return 'no'\n    sink(x)",
    FLASK + "import re\ndef v():\n    x = request.args['x']\n    if not re.fullmatch(r'[a-z]+', x):\n"
    "        abort(400)\n    sink(x)",
    FLASK + "def v():\n    x = request.args['x']\n    if x.isdigit():\n        sink(x)",
    FLASK + "def v():\n    if False:\n        sink(request.args['x'])\n    sink('ok')",
])
def test_sanitized_constant_or_dead_values_are_clean(code):
    assert not tainted(code)


def test_kind_specific_sanitizers_only_clean_their_sink():
    code = FLASK + "import html\ndef v():\n    sink(html.escape(request.args['x']))"
    assert not tainted(code, "xss")
    assert tainted(code, "sql")
    code = FLASK + "import shlex\ndef v():\n    sink('ls ' + shlex.quote(request.args['x']))"
    assert not tainted(code, "command")


def test_realpath_containment_guard_cleans_paths():
    code = FLASK + textwrap.dedent("""\
        import os
        BASE = '/srv'
        def v():
            p = os.path.realpath(os.path.join(BASE, request.args['f']))
            if not p.startswith(BASE):
                abort(404)
            sink(p)
        """)
    assert not tainted(code, "path")
    unguarded = code.replace("    if not p.startswith(BASE):\n        abort(404)\n", "")
    assert unguarded != code
    assert tainted(unguarded, "path")


def test_helper_parameter_is_tainted_when_a_caller_passes_input():
    ctx = _ctx(FLASK + textwrap.dedent("""\
        def run(cmd):
            sink(cmd)
        def view():
            run(request.args['c'])
        """))
    assert "parameter `cmd`" in describe(ctx, _sink_arg(ctx))


def test_source_description_and_constant_folding():
    ctx = _ctx(FLASK + "def v():\n    sink(request.args.get('q'))")
    assert "request.args" in describe(ctx, _sink_arg(ctx))
    ctx = _ctx("def v():\n    a = 'SELECT'\n    sink(f'{a} 1')")
    assert is_constant(ctx, _sink_arg(ctx))


@pytest.mark.parametrize(("literal", "expected"), [
    # tree-sitter reads a raw string of backslash pairs only into its closing token
    (r"r'\\'", "\\\\"),
    (r"r'\\' + '[a]'", "\\\\[a]"),
    (r"R'''\\'''", "\\\\"),
    (r"r'\\x'", "\\\\x"),
    (r"'\\'", "\\"),
    ("r''", ""),
])
def test_raw_strings_keep_their_backslashes(literal, expected):
    ctx = _ctx(f"def v():\n    sink({literal})")
    assert flow(ctx).value(_sink_arg(ctx)).const == expected


@pytest.mark.parametrize(("code", "redirect_clean", "sql_clean"), [
    # `A and not ok(x)` false: A false (so x is empty) or x checked
    ("if (x or request.accepts('text/html')) and not is_safe_url(x):\n        x = '/'",
     True, True),
    ("if x and not is_safe_url(x):\n        x = None", True, True),
    # a host check vouches for redirects only: so does the pair
    ("if x and not re.match(r'^https://ok\\.example/', x):\n        x = None", True, False),
    # `not x` true: x is empty, whatever it came from
    ("if x:\n        x = '/'", True, True),
    # the other side says nothing about x
    ("if request.user.is_authenticated and not is_safe_url(x):\n        x = '/'", False, False),
    ("if y and not is_safe_url(y):\n        y = '/'", False, False),
    ("if x.startswith('/') or y:\n        pass\n    else:\n        x = '/'", False, False),
])
def test_either_side_of_a_condition_narrows_only_what_both_vouch_for(code, redirect_clean,
                                                                     sql_clean):
    body = FLASK + textwrap.dedent("""\
        import re
        from django.utils.http import url_has_allowed_host_and_scheme as is_safe_url
        def v():
            x = request.args.get('next')
            y = request.args.get('back')
            GUARD
            sink(x)
        """).replace("GUARD", code)
    assert tainted(body, "redirect") is not redirect_clean
    assert tainted(body, "sql") is not sql_clean


@pytest.mark.parametrize(("expr", "log_clean"), [
    ("request.headers.get('Origin')", True),
    ("request.headers['User-Agent'].strip().lower()", True),
    ("'origin ' + request.headers.get('Origin', '')", True),
    ("base64.b64decode(request.headers['X-User'])", False),
    ("unquote(request.headers['X-Name'])", False),
    ("json.loads(request.headers['X-Context'])['tenant']", False),
    ("parse_something(request.headers['X-Name'])", False),  # unknown, named to decode
    ("sign_it(request.headers['X-Name'])", True),  # unknown: passes it on
    ("request.args.get('q')", False),
    ("request.environ.get('PATH_INFO')", False),  # percent-decoded: may hold a line break
    ("'user %r' % request.args['u']", True),  # repr escapes line breaks
    ("'page %(n)d of %(name)r' % {'n': int(request.args['n']), 'name': request.args['q']}", True),
    ("'user %s' % request.args['u']", False),
    ("'user %s, id %r' % (request.args['u'], request.args['i'])", False),
])
def test_log_safety_of_header_values_decoders_and_repr(expr, log_clean):
    code = FLASK + "import base64, json\nfrom urllib.parse import unquote\n" + \
        f"def v():\n    sink({expr})"
    assert tainted(code, "log") is not log_clean
    assert tainted(code, "sql")


def test_analysis_is_memoised_per_file():
    ctx = _ctx(FLASK + "def v():\n    sink(request.args['q'])")
    assert flow(ctx) is flow(ctx)


def test_module_level_names_reach_functions():
    assert tainted("import sys\nTARGET = sys.argv[1]\ndef run():\n    sink(TARGET)")
    ctx = _ctx("BASE = 'srv'\ndef run():\n    sink(BASE + '/x')")
    assert is_constant(ctx, _sink_arg(ctx))


def test_sanitized_container_members_stay_sanitized():
    code = FLASK + ("import html\ndef v():\n    d = {'a': html.escape(request.args['x']), 'b': 'k'}\n"
                    "    sink('{0[a]} {0[b]}'.format(d))")
    assert not tainted(code, "xss")
    assert tainted(code, "sql")


@pytest.mark.parametrize(("guarded", "clean_for", "still_open_for"), [
    ("x = int(request.args['x'])", ["sql", "command", "path", "xss"], []),
    ("import uuid\n    x = uuid.UUID(request.args['x'])", ["sql", "path"], []),
    ("x = Color(request.args['x'])", ["sql", "xss"], []),
    ("import shlex\n    x = shlex.quote(request.args['x'])", ["command"], ["sql", "xss", "path"]),
    ("from werkzeug.utils import secure_filename\n    x = secure_filename(request.args['x'])",
     ["path"], ["sql", "xss"]),
    ("import html\n    x = html.escape(request.args['x'])", ["xss", "log"], ["sql", "command"]),
    ("x = request.args['x']\n    if x not in ALLOWED:\n        abort(400)", ["sql", "command"], []),
    ("x = request.args['x']\n    if not x.isdigit():\n        return 'no'", ["sql", "path"], []),
    ("import re\n    x = request.args['x']\n    if not re.match(r'^https://ok\\.example/', x):\n"
     "        abort(400)", ["ssrf", "redirect"], ["sql", "command"]),
    ("from urllib.parse import urlparse\n    x = request.args['x']\n"
     "    if urlparse(x).netloc not in ALLOWED:\n        abort(400)", ["ssrf", "redirect"],
     ["sql", "path"]),
    ("import os\n    from urllib.parse import urlparse\n    x = request.args['x']\n"
     "    if urlparse(x).hostname not in os.environ.get('HOSTS', '').split(','):\n"
     "        abort(400)", ["ssrf", "redirect"], ["sql", "path"]),
    ("x = request.args['x']\n    if x not in request.args.getlist('ok'):\n        abort(400)",
     [], ["sql", "ssrf"]),
    ("import os\n    x = os.path.realpath(os.path.join('/srv', request.args['x']))\n"
     "    if not x.startswith('/srv/'):\n        abort(403)", ["path"], ["sql", "command"]),
])
def test_guards_clean_only_their_own_sink_kinds(guarded, clean_for, still_open_for):
    code = FLASK + textwrap.dedent("""\
        from enum import Enum
        ALLOWED = {'a.example', 'b.example'}
        class Color(Enum):
            RED = 'red'
        def v():
            GUARD
            sink(x)
        """).replace("GUARD", guarded)
    for kind in clean_for:
        assert not tainted(code, kind), kind
    for kind in still_open_for:
        assert tainted(code, kind), kind


def test_verdict_levels_and_origin():
    ctx = _ctx(FLASK + "def v(p):\n    q = request.args['q']\n    sink(q)\n    sink(p)\n"
                       "    sink('x')\n")
    calls = [n for n in ctx.walk() if n.type == "call" and ctx.node_text(n).startswith("sink")]
    args = [c.child_by_field_name("arguments").named_children[0] for c in calls]
    verdicts = [flow(ctx).verdict(a, "sql") for a in args]
    assert [v.level for v in verdicts] == ["tainted", "unknown", "safe"]
    origin = verdicts[0].origin
    assert ctx.source[origin.start:origin.end] == b"request.args"


def test_environment_is_untrusted_only_when_a_rule_asks():
    ctx = _ctx("import os\ndef v():\n    sink(os.environ['HOME'])\n")
    arg = _sink_arg(ctx)
    assert flow(ctx).verdict(arg).level == "unknown"
    assert flow(ctx).verdict(arg, sources={"env"}).level == "tainted"


def test_route_parameters_and_request_objects_come_from_the_models():
    assert tainted("from fastapi import APIRouter\nr = APIRouter()\n@r.get('/i/{q}')\n"
                   "async def item(q: str):\n    sink(q)")
    assert not tainted("from fastapi import APIRouter, Depends\nr = APIRouter()\n@r.get('/i')\n"
                       "async def item(db: Session = Depends(get_db)):\n    sink(db)")
    assert tainted("from aiohttp import web\nasync def h(request: web.Request):\n"
                   "    sink(request.match_info['name'])")
    assert tainted("import tornado.web\nclass H(tornado.web.RequestHandler):\n"
                   "    def get(self):\n        sink(self.get_argument('q'))")
    assert not tainted("from flask import request\ndef v():\n    sink(request.method)")


def test_parameters_only_given_literals_are_safe_when_every_caller_is_known():
    template = ("def NAME(sql):\n    sink(sql)\n"
                "def report():\n    NAME('SELECT 1')\n    NAME('SELECT 2')\n")
    private = _ctx(template.replace("NAME", "_run"))
    assert flow(private).verdict(_sink_arg(private), "sql").level == "safe"
    public = _ctx(template.replace("NAME", "run"))
    assert flow(public).verdict(_sink_arg(public), "sql").level == "unknown"
    public.cache["dataflow.project"] = ProjectIndex()  # other files' calls: checked at their sites
    public.cache.pop("dataflow")
    assert flow(public).verdict(_sink_arg(public), "sql").level == "safe"
    given = _ctx("def _run(sql):\n    sink(sql)\ndef report(q):\n    _run(q)\n")
    assert flow(given).verdict(_sink_arg(given), "sql").level == "unknown"
