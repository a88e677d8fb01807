"""Rule-level noise fixes that fixtures cannot show (priorities, messages)."""

from __future__ import annotations

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import rules_by_id


def test_pickle_round_trip_is_a_p4_hint_and_a_real_load_is_not():
    engine = Engine(rules=[rules_by_id()["VG-PY-DESER-002"]])
    text = ("import pickle\n\n\ndef clone(obj):\n    return pickle.loads(pickle.dumps(obj))\n\n\n"
            "def load(blob):\n    return pickle.loads(blob)\n")
    copy, load = engine.analyze("app/state.py", text).findings
    assert (copy.line, copy.priority) == (5, "P4") and "copy.deepcopy" in copy.message
    assert load.line == 9 and load.priority in ("P0", "P1")


def test_sql_built_around_bound_values_or_quoted_identifiers_is_below_p1():
    engine = Engine(rules=[rules_by_id()["VG-PY-INJ-001"]])
    text = ("import settings\n\n\ndef quote_ident(name):\n    return '\"' + name.replace('\"', '\"\"') + '\"'\n\n\n"
            "def page(conn, table, key):\n"
            "    conn.execute('SELECT * FROM %s WHERE id = ?' % table, (key,))\n"
            "    conn.execute('SELECT * FROM %s' % quote_ident(settings.TABLE))\n"
            "    conn.execute('SELECT * FROM t WHERE id = ' + key)\n\n\n"
            "def run(conn, sql):\n    return conn.execute(sql)\n")
    bound, quoted, spliced, wrapper = engine.analyze("app/store.py", text).findings
    assert (bound.line, bound.priority) == (9, "P2")
    assert (quoted.line, quoted.priority) == (10, "P2")
    assert spliced.line == 11 and spliced.priority == "P1"
    assert (wrapper.line, wrapper.priority) == (15, "P2")


def test_tls_off_on_the_callers_option_is_unlikely_and_off_always_is_not():
    engine = Engine(rules=[rules_by_id()["VG-PY-DEF-002"]])
    text = ("import ssl\n\n\ndef context(verify=True):\n    ctx = ssl.create_default_context()\n"
            "    if not verify:\n        ctx.check_hostname = False\n"
            "        ctx.verify_mode = ssl.CERT_NONE\n    return ctx\n\n\n"
            "def always():\n    ctx = ssl.create_default_context()\n"
            "    ctx.check_hostname = False\n    ctx.verify_mode = ssl.CERT_NONE\n    return ctx\n")
    option, always = engine.analyze("lib/tls.py", text).findings
    assert (option.line, option.priority) == (8, "P3") and "caller" in option.message
    assert (always.line, always.priority) == (15, "P1")


def test_pickle_from_a_local_file_is_below_p1_and_from_the_request_is_p0():
    engine = Engine(rules=[rules_by_id()["VG-PY-DESER-002"]])
    text = ("import pickle\nfrom flask import request\n\n\ndef read(path):\n"
            "    with open(path, 'rb') as f:\n        return pickle.load(f)\n\n\n"
            "def restore():\n    return pickle.loads(request.get_data())\n\n\n"
            "def decode(blob):\n    return pickle.loads(blob)\n")
    local, uploaded, unknown = engine.analyze("app/store.py", text).findings
    assert (local.line, local.priority) == (7, "P2") and "local file" in local.message
    assert (uploaded.line, uploaded.priority) == (11, "P0")
    assert unknown.line == 15 and unknown.priority in ("P0", "P1")


def test_running_a_script_file_is_a_p4_hint_and_eval_of_a_data_file_is_p2():
    engine = Engine(rules=[rules_by_id()["VG-PY-INJ-003"]])
    text = ("def load(path, ns):\n    with open(path) as f:\n"
            "        exec(compile(f.read(), path, 'exec'), ns)\n\n\n"
            "def cached(path):\n    return eval(open(path).read())\n\n\n"
            "def run(snippet):\n    exec(snippet)\n")
    script, data, snippet = engine.analyze("app/config.py", text).findings
    assert (script.line, script.priority) == (3, "P4") and "script" in script.message
    assert (data.line, data.priority) == (7, "P2")
    assert (snippet.line, snippet.priority) == (11, "P1")


def test_an_existence_check_on_a_request_path_is_p2_and_reading_it_is_p0():
    engine = Engine(rules=[rules_by_id()["VG-PY-INJ-007"]])
    text = ("from pathlib import Path\n\nfrom flask import request\n\n\n"
            "def view():\n    p = Path(request.args['p'])\n    if p.exists():\n"
            "        return p.read_text()\n    return ''\n")
    check, read = engine.analyze("app/files.py", text).findings
    assert (check.line, check.priority, check.impact) == (8, "P2", "low")
    assert (read.line, read.priority) == (9, "P0")


def test_a_cache_class_loading_its_own_pickles_is_p2_and_a_plain_load_stays_p0():
    engine = Engine(rules=[rules_by_id()["VG-PY-DESER-002"]])
    text = ("import pickle\n\n\nclass Cache:\n    def __init__(self):\n        self.d = {}\n\n"
            "    def set(self, k, v):\n        self.d[k] = pickle.dumps(v)\n\n"
            "    def get(self, k):\n        return pickle.loads(self.d[k])\n\n\n"
            "def load(client, k):\n    return pickle.loads(client.get(k))\n")
    own, other = engine.analyze("app/cache.py", text).findings
    assert (own.line, own.priority) == (12, "P2") and "its class fills" in own.message
    assert (other.line, other.priority) == (16, "P0")


def test_a_licence_texts_copyright_holders_are_no_personal_data_leak():
    engine = Engine(rules=[rules_by_id()["VG-LEAK-002"]])
    text = ("Copyright (C) 2019-2026 Rosa Lindqvist <rosa.lindqvist@fjordmail.se>,\n"
            "Tomasz Wierzbicki <tomek.w@kwiatki.pl>, and the notify contributors\n\n"
            "Permission is hereby granted, free of charge, to any person obtaining a copy\n")
    for path in ("LICENSE", "LICENSE.txt", "pkg/LICENCE-MIT.md", "UNLICENSE"):
        assert engine.analyze(path, text).findings == [], path
    code = 'OWNER = "tomek.w@kwiatki.pl"\n'
    assert [f.line for f in engine.analyze("licenses.py", code).findings] == [1]
    assert [f.line for f in engine.analyze("license_server.py", code).findings] == [1]


def test_a_serializers_pickle_fallback_is_p2_and_a_bare_decode_stays_above():
    engine = Engine(rules=[rules_by_id()["VG-PY-DESER-002"]])
    text = ("import json\nimport pickle\n\n\nclass Codec:\n"
            "    def encode(self, value):\n        return json.dumps(value).encode()\n\n"
            "    def decode(self, data):\n        try:\n            return json.loads(data)\n"
            "        except ValueError:\n            return pickle.loads(data)\n\n\n"
            "class Reader:\n    def decode(self, data):\n        return pickle.loads(data)\n")
    fallback, bare = engine.analyze("lib/codec.py", text).findings
    assert (fallback.line, fallback.priority) == (13, "P2") and "decode method" in fallback.message
    assert bare.line == 18 and bare.priority in ("P0", "P1")
