"""Write tests/fixtures/rules/VG-SEC-NNN/ for every catalogue detector.

Each fixture holds a generated fake value with a visible marker (`FAKE`, `fake`, `deadbeef`) on a
`ruleid` line, the same value masked with `x` (an `ok` line, or a `ruleid` one when the format
starts with the vendor's prefix: a masked documentation example, reported at the lowest
priority) and an environment lookup on an `ok` line. Rerun
after adding a detector: `python tests/secrets/make_fixtures.py` (existing folders are kept).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from vigilint.analyzers.secrets.catalog import DETECTORS, Detector  # noqa: E402
from vigilint.analyzers.secrets.samples import sample  # noqa: E402
from vigilint.analyzers.secrets.scanner import scan_text  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "rules"
HEADER = "Generated fake values (tests/secrets/make_fixtures.py); not credentials."


def _python_line(text: str) -> str:
    if " = " in text and not text.startswith(("http", "postgres")):
        return text
    if text.startswith('"'):
        return "creds = {" + text + "}"
    return f'value = "{text}"'


def fixture(detector: Detector) -> tuple[str, str]:
    rid = detector.id
    real = sample(detector, marker=True)
    fake = sample(detector, filler=True)
    shown = detector.prefixed and any(m.rule_id == rid for m in scan_text(fake, "app.py"))
    masked = (f"ruleid: {rid} (a masked documentation example: lowest priority)"
              if shown else f"ok: {rid}")
    if real.startswith("apiVersion"):
        def doc(value: str, kind: str) -> str:
            head, _, tail = value.partition("data:\n")
            return f"{head}data:\n  # {kind}\n{tail}"
        return "secret.yaml", (f"# {HEADER}\n{doc(real, f'ruleid: {rid}')}---\n"
                               f"{doc(fake, masked)}")
    if real.startswith("<add"):
        return "nuget.config", (f"<!-- {HEADER} -->\n<packageSourceCredentials><feed>\n"
                                f"<!-- ruleid: {rid} -->\n{real}\n<!-- {masked} -->\n{fake}\n"
                                "</feed></packageSourceCredentials>\n")
    if real.startswith("curl"):
        return "deploy.sh", (f"# {HEADER}\n# ruleid: {rid}\n{real}\n# {masked}\n{fake}\n"
                             f"# ok: {rid}\ncurl -u \"$USER:$TOKEN\" https://api.vigilint.test/\n")
    if " => " in real:
        return "config.php", (f"<?php\n// {HEADER}\n// ruleid: {rid}\n$a = array({real});\n"
                              f"// {masked}\n$b = array({fake});\n")
    if "\n" in real:
        return "deploy_key.py", (f"# {HEADER}\n# ruleid: {rid}\nKEY = \"\"\"{real}\"\"\"\n"
                                 f"# {masked}\nOTHER = \"\"\"{fake}\"\"\"\n")
    return "app.py", (f"# {HEADER}\nimport os\n\n# ruleid: {rid}\n{_python_line(real)}\n"
                      f"# {masked}\n{_python_line(fake)}\n"
                      f"# ok: {rid}\nvalue = os.environ[\"VG_SECRET\"]\n")


def main() -> int:
    for detector in DETECTORS:
        folder = FIXTURES / detector.id
        if folder.exists():
            continue
        name, text = fixture(detector)
        folder.mkdir(parents=True)
        (folder / name).write_text(text, encoding="utf-8")
        print(f"wrote {folder / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
