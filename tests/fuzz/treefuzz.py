"""CLI fuzzing: hostile file trees for `vigilint scan`, random prompts for `vigilint prompt`.

Shared by tests/fuzz/test_fuzz_cli.py and bench/fuzz_soak.py. Properties:

- **scan survives**: exit 0, 1 or 2 (2 only with a sentence saying why nothing or too little
  was analysed); never an internal error or a traceback; JSON output parses;
- **scan stays in its root**: no finding in a file outside the scanned folder (symlinks out
  are skipped) and no folder reported as a loop unless it is one;
- **terminal-safe**: no raw control character (other than newline) in text output or notices;
- **no secret**: a planted credential never appears raw in any output;
- **prompt verdict**: `vigilint prompt` answers allow/warn/block (0/1/3) for any non-empty
  text, whatever its size or encoding; 2 only for an empty prompt.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hookfuzz import SEEDS, answered_within, secret
from hypothesis import strategies as st

from vigilint.cli import main

COUNTS: Counter[str] = Counter()
_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
NAME_CHARS = st.characters(codec="utf-8", exclude_characters="/\x00")
KINDS = ("file", "file", "file", "dir", "link_in", "link_out", "link_loop", "link_dir_up",
         "broken", "fifo")
CODE = ["import yaml\nyaml.load(data)\n", "import os\nos.system(cmd)\n", "x = 1\n",
        "password = 'hunter2hunter2'\n"]


@dataclass
class Tree:
    entries: list[tuple[str, str, bytes]]   # (kind, name, content)
    planted: list[str] = field(default_factory=list)
    fmt: str = "text"
    follow: bool = False


@st.composite
def trees(draw: st.DrawFn) -> Tree:
    entries = []
    planted: list[str] = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(KINDS))
        name = draw(st.text(NAME_CHARS, min_size=1, max_size=12))
        if name in (".", ".."):
            name = "dot" + name
        if kind == "file" and draw(st.booleans()):
            name += draw(st.sampled_from([".py", ".js", ".go", ".yaml", ".env"]))
        content = b""
        if kind == "file":
            choice = draw(st.integers(0, 3))
            if choice == 0:
                content = draw(st.binary(max_size=300))
            elif choice == 1:
                value = secret(draw(st.integers(0, 10_000)))
                planted.append(value)
                content = f'token = "{value}"\n'.encode()
            else:
                content = draw(st.sampled_from(CODE)).encode() * draw(st.integers(1, 3))
                if draw(st.booleans()):
                    content += "\x1b[2J\u202e".encode() + draw(st.binary(max_size=40))
        entries.append((kind, name, content))
    return Tree(entries, planted, draw(st.sampled_from(["text", "json", "sarif"])),
                draw(st.booleans()))


def build(tree: Tree, base: Path) -> tuple[Path, Path]:
    """The tree under base/root, and a folder outside it (targets of links out)."""
    root, outside = base / "root", base / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "far.py").write_text("import yaml\nyaml.load(data)\n")
    sub = root
    for index, (kind, name, content) in enumerate(tree.entries):
        target = sub / name
        if target.exists() or target.is_symlink():
            continue
        try:
            if kind == "file":
                target.write_bytes(content)
            elif kind == "dir":
                target.mkdir()
                sub = target if index % 2 else sub
            elif kind == "link_in":
                target.symlink_to(root)
            elif kind == "link_out":
                target.symlink_to(outside / "far.py" if index % 2 else outside)
            elif kind == "link_loop":
                target.symlink_to(target)
            elif kind == "link_dir_up":
                target.symlink_to(sub)
            elif kind == "broken":
                target.symlink_to(base / "missing")
            elif kind == "fifo" and hasattr(os, "mkfifo"):
                os.mkfifo(target)
        except OSError:
            continue  # a name the file system refuses (too long, ...)
    return root, outside


def _run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr, sys.stdin
    sys.stdout, sys.stderr = out, err
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        code = main(argv)
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


def check_tree(tree: Tree) -> None:
    COUNTS["scan survives"] += 1
    with tempfile.TemporaryDirectory(prefix="vigilint-fuzz-") as tmp:
        root, outside = build(tree, Path(tmp))
        argv = ["scan", str(root), "--format", tree.fmt, "--jobs", "1"]
        if tree.follow:
            argv.append("--follow-symlinks")
        with answered_within(60, "the scan"):
            code, out, err = _run(argv)
    assert code in (0, 1, 2), (code, err)
    assert "internal error" not in err and "Traceback" not in err, err
    if code == 2:
        assert "no file was analysed" in err or "files were analysed" in err, err
    if tree.fmt != "text":
        doc = json.loads(out)
        findings = doc["findings"] if tree.fmt == "json" else doc["runs"][0]["results"]
        paths = [f["path"] if tree.fmt == "json" else
                 f["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                 for f in findings]
        COUNTS["scan stays in its root"] += 1
        if not tree.follow:
            assert not any(str(outside) in p or "far.py" in p for p in paths), paths
    else:
        COUNTS["scan terminal-safe"] += 1
        assert not _RAW_CONTROL.search(out), repr(out[:300])
    assert not _RAW_CONTROL.search(err), repr(err[:300])
    COUNTS["scan no secret"] += 1
    for value in tree.planted:
        assert value not in out and value not in err, "planted secret in scan output"


@st.composite
def prompt_inputs(draw: st.DrawFn) -> tuple[bytes, str]:
    text = draw(st.one_of(st.text(max_size=300), st.sampled_from(SEEDS), st.text(max_size=40),
                          st.sampled_from(SEEDS).map(lambda s: s * 300)))
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1"]))
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    return data, text


def check_prompt_input(data: bytes, text: str) -> None:
    COUNTS["prompt verdict"] += 1
    with answered_within(30, "vigilint prompt"):
        code, out, err = _run(["prompt", "-", "--format", "json", "--timeout", "5"], data)
    assert "Traceback" not in err and "internal error" not in err, err
    if code == 2:
        assert "the prompt is empty" in err, err
        return
    verdict = json.loads(out)
    assert code == {"allow": 0, "warn": 1, "block": 3}[verdict["verdict"]], (code, verdict)
