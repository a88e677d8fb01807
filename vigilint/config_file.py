"""Where vigilint's settings file is, found without reading it into the settings model.

`vigilint.config` validates settings with pydantic, which costs a short-lived process (the
prompt guard's `vigilint prompt`, an agent hook) more than its answer; a command that only
needs the defaults when there is no settings file asks `find_config` first and imports
`vigilint.config` only when there is one.
"""

from __future__ import annotations

from pathlib import Path

from vigilint.paths import exists, is_file, real


def find_config(start: Path) -> Path | None:
    """The nearest `.vigilint.toml`, or `pyproject.toml` with a [tool.vigilint] table, from
    `start` up to the repository root."""
    here = Path(real(start))
    if is_file(here):
        here = here.parent
    for folder in (here, *here.parents):
        dedicated = folder / ".vigilint.toml"
        if is_file(dedicated):
            return dedicated
        pyproject = folder / "pyproject.toml"
        if is_file(pyproject):
            import tomllib  # only when there is a file to read (a start-up cost otherwise)

            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8", errors="replace"))
            except tomllib.TOMLDecodeError:
                data = {}
            if isinstance(data.get("tool"), dict) and "vigilint" in data["tool"]:
                return pyproject
        if exists(folder / ".git"):
            break
    return None
