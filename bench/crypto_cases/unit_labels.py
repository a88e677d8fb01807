"""Labels of a hand-written probe set of the crypto guard (`own_*` folders): each unit is
(file, first line of its span, seeded code, kind, vulnerable, blocks); the span runs to the end
of that block (indentation for Python, braces otherwise) and over `blocks` consecutive blocks
when a unit is split across helpers. Each set's `make_labels.py` lists its units and calls
`write_labels`."""
import json
from pathlib import Path


def block_end(lines: list[str], start: int, python: bool) -> int:
    """0-based index of the last line of the block opened at lines[start]."""
    if python:
        indent = len(lines[start]) - len(lines[start].lstrip())
        last = start
        for i in range(start + 1, len(lines)):
            text = lines[i]
            if not text.strip():
                continue
            if len(text) - len(text.lstrip()) <= indent:
                break
            last = i
        return last
    if "{" not in lines[start] and lines[start].rstrip().endswith(";"):
        return start
    depth, opened = 0, False
    for i in range(start, len(lines)):
        for ch in lines[i]:
            if ch == "{":
                depth += 1
                opened = True
            elif ch == "}":
                depth -= 1
        if opened and depth == 0:
            return i
    raise AssertionError(lines[start])


def next_block(lines: list[str], after: int) -> int:
    i = after + 1
    while not lines[i].strip() or lines[i].lstrip().startswith(("//", "#", "@")):
        if lines[i].lstrip().startswith("@"):
            return i
        i += 1
    return i


def write_labels(folder: Path, units: list[tuple[str, str, str, str, bool, int]]) -> None:
    """Check every unit against its file and write `folder/labels.jsonl`."""
    root = folder / "impl"
    out = []
    for name, first, code, kind, vulnerable, blocks in units:
        lines = (root / name).read_text(encoding="utf-8").splitlines()
        python = name.endswith(".py")
        starts = [i for i, text in enumerate(lines) if text.lstrip().startswith(first)]
        assert len(starts) == 1, (name, first, starts)
        start = starts[0]
        end = block_end(lines, start, python)
        for _ in range(blocks - 1):
            end = block_end(lines, next_block(lines, end), python)
        hits = [i for i in range(start, end + 1) if code in lines[i]]
        assert len(hits) == 1, (name, code, hits)
        out.append({"category": "crypto-implementation", "code": lines[hits[0]].strip(),
                    "end": end + 1, "file": f"impl/{name}", "kind": kind, "line": hits[0] + 1,
                    "start": start + 1, "vulnerable": vulnerable})
    spans: dict[str, list[tuple[int, int]]] = {}
    for o in out:
        for s, e in spans.get(o["file"], []):
            assert o["end"] < s or o["start"] > e, o
        spans.setdefault(o["file"], []).append((o["start"], o["end"]))
    (root.parent / "labels.jsonl").write_text("".join(json.dumps(o, sort_keys=True) + "\n" for o in out))
    print(len(out), sum(o["vulnerable"] for o in out))
