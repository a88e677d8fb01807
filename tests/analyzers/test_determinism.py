"""What vigilint concludes from a file depends on its text only: not on the files analysed
before it in the same process (where tree-sitter's objects land in memory), nor on the hash
seed (the order of a set of strings)."""

from __future__ import annotations

import textwrap

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.kinds import HTTP, param_index, param_label
from vigilint.analyzers.dataflow.project import build_index, summarize
from vigilint.analyzers.dataflow.value import Origin, Value, substitute
from vigilint.analyzers.languages import compile_query, parser_for, query_cursor
from vigilint.analyzers.syntax import python

# the same name imported again further down: the later import is the one in force
IMPORTS = textwrap.dedent('''\
    """Signing helpers that still run where `secrets` is missing."""
    import os
    import time
    from hashlib import sha256
    from hmac import compare_digest, new as hmac_new

    try:
        from secrets import SystemRandom, randbits
    except ImportError:  # old interpreters
        from random import SystemRandom, getrandbits as randbits

    from base64 import b64encode
    from json import dumps
    from random import randint
    from urllib.parse import quote, urlencode
    from uuid import uuid4
    from zlib import crc32


    def nonce():
        return str(randbits(64)) + str(int(time.time()))


    def pin():
        return str(randint(100000, 999999))


    def signature(key, payload):
        body = dumps(payload, sort_keys=True).encode()
        return b64encode(hmac_new(key, body, sha256).digest()).decode()
''')

OTHER = textwrap.dedent('''\
    from flask import request, redirect
    from app.db import run


    def search():
        term = request.args.get("q", "")
        return run("SELECT * FROM items WHERE name = '%s'" % term)


    def back():
        return redirect(request.args.get("next") or "/")
''')

_IMPORTS_QUERY = "(import_statement) @imp (import_from_statement) @imp"


def _context(text: str, path: str = "app/sign.py") -> FileContext:
    ctx = FileContext(path=path, language="python", text=text)
    ctx.tree = parser_for("python").parse(ctx.source)
    return ctx


def test_captures_come_in_document_order_whatever_was_parsed_before():
    # tree-sitter's own `captures` returns each capture's nodes in the order of a set (by
    # their addresses); keeping earlier trees alive moves the next ones elsewhere in memory
    kept = []
    query = compile_query("python", _IMPORTS_QUERY)
    for round_ in range(40):
        kept.append(parser_for("python").parse(OTHER.encode() * (1 + round_ % 3)))
        tree = parser_for("python").parse(IMPORTS.encode())
        starts = [n.start_byte for n in query_cursor(query).captures(tree.root_node)["imp"]]
        assert len(starts) == 12
        assert starts == sorted(starts), f"round {round_}"


def test_nested_captures_come_outer_first():
    query = compile_query("python", "(call) @c")
    tree = parser_for("python").parse(b"f(g(h(1)), k(2))\n")
    texts = [n.text for n in query_cursor(query).captures(tree.root_node)["c"]]
    assert texts == [b"f(g(h(1)), k(2))", b"g(h(1))", b"h(1)", b"k(2)"]


def test_the_last_import_of_a_name_in_the_source_wins_every_time():
    kept = []
    for round_ in range(40):
        kept.append(_context(OTHER * (1 + round_ % 3), "app/views.py").tree)
        imports = python(_context(IMPORTS)).imports()
        assert imports["randbits"] == "random.getrandbits", f"round {round_}"
        assert imports["SystemRandom"] == "random.SystemRandom"
        assert list(imports)[:3] == ["os", "time", "sha256"]


def test_summaries_do_not_depend_on_what_was_summarized_before():
    first = [s.to_dict() for s in summarize("app/sign.py", IMPORTS)]
    for round_ in range(30):
        summarize("app/views.py", OTHER * (1 + round_ % 4))
        assert [s.to_dict() for s in summarize("app/sign.py", IMPORTS)] == first
    nonce = next(d for d in first if d["name"].endswith(".nonce"))
    # `random.getrandbits` (the import in force) is nothing the models call a literal maker
    assert nonce["returns"]["literal"] is False


def test_an_argument_substituted_for_a_parameter_brings_its_origin_in_parameter_order():
    # a callee's result made of two parameters; only one argument is request data. Whichever
    # order the labels' set iterates in (the hash seed's), the origin is the request's.
    returned = Value(labels=frozenset({param_label(0), param_label(1)}))
    form = Origin("`request.form`", 10, 22)
    tainted = Value(labels=frozenset({HTTP}), origin=form)
    passed_on = Value(labels=frozenset({param_label(3)}))  # the caller's own parameter
    for args in ({0: tainted, 1: passed_on}, {0: passed_on, 1: tainted}):
        out = substitute(returned, args, param_index)
        assert out.labels == frozenset({HTTP, param_label(3)})
        assert out.origin == form
    both = substitute(returned, {0: Value(labels=frozenset({HTTP}), origin=Origin("`a`", 1, 2)),
                                 1: tainted}, param_index)
    assert both.origin == Origin("`a`", 1, 2)  # the first parameter's


def _fetcher(body: str) -> str:
    return textwrap.dedent('''\
        package com.example.feeds;

        import java.net.URL;

        public class FeedFetcher {
            public String fetch(String address) throws Exception {
                %s
            }
        }
        ''') % body


def test_the_project_index_does_not_depend_on_the_order_of_the_files():
    # one class in two folders of the same package (a copy kept beside the original): the
    # index keeps one of them, the same whichever order the scan's arguments listed them in
    files = [
        ("app/src/com/example/feeds/FeedFetcher.java",
         _fetcher("return new URL(address).openStream().toString();")),
        ("legacy/src/com/example/feeds/FeedFetcher.java",
         _fetcher('return "https://feeds.example.com/" + address.length();')),
        ("app/src/com/example/feeds/FeedController.java", textwrap.dedent('''\
            package com.example.feeds;

            public class FeedController {
                public String show(String address) throws Exception {
                    return new FeedFetcher().fetch(address);
                }
            }
            ''')),
    ]
    forward = build_index(files)
    backward = build_index(list(reversed(files)))
    assert forward.digest() == backward.digest()
    assert [s.to_dict() for s in forward.summaries()] == \
        [s.to_dict() for s in backward.summaries()]
