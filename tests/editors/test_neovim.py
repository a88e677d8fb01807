"""End to end: headless Neovim with the vigilint plugin opens a file and receives vigilint's
diagnostics from the real language server over stdio."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PLUGIN = Path(__file__).resolve().parents[2] / "editors" / "neovim"
NVIM = shutil.which("nvim")

WAIT_AND_DUMP = """
local ok = vim.wait(30000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.source == "vigilint" and tostring(d.code or ""):match("^%s") then return true end
  end
  return false
end, 100)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, { source = d.source, code = d.code, lnum = d.lnum, message = d.message,
                      severity = d.severity })
end
local f = io.open("%s", "w")
f:write(vim.fn.json_encode({ ok = ok, diagnostics = out }))
f:close()
vim.cmd("qa!")
"""


def _run_nvim(tmp_path: Path, filename: str, text: str, code_prefix: str) -> dict:
    target = tmp_path / filename
    target.write_text(text)
    (tmp_path / ".git").mkdir()
    result_file = tmp_path / "result.json"
    script = tmp_path / "wait.lua"
    script.write_text(WAIT_AND_DUMP.replace("%s", code_prefix, 1).replace("%s", str(result_file), 1))
    setup = ("lua require('vigilint').setup({ cmd = { "
             f"{json.dumps(sys.executable)}, '-m', 'vigilint', 'serve' }} }})")
    subprocess.run(
        [NVIM, "--headless", "-u", "NONE", "-i", "NONE", "--cmd", f"set rtp+={PLUGIN}",
         "--cmd", "filetype on", "-c", setup, "-c", f"edit {target}", "-c", f"luafile {script}"],
        cwd=tmp_path, timeout=90, check=False, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    assert result_file.exists(), "Neovim did not finish the test script"
    return json.loads(result_file.read_text())


@pytest.mark.skipif(NVIM is None, reason="nvim is not installed (CI installs Debian's neovim)")
def test_hardcoded_secret_diagnostic_arrives(tmp_path):
    # Built from pieces so that this test file itself holds no credential.
    key = "AKIA" + "Q3EGRPXM" + "7ZV2K4TW"
    secret = "wJalrXUt" + "nFEMIK7M" + "DENGbPxR" + "fiCYzQ3b" + "Xk9Lm2Pq"
    text = f'AWS_ACCESS_KEY_ID = "{key}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n'
    result = _run_nvim(tmp_path, "settings.py", text, "VG%-SEC")
    assert result["ok"], f"no vigilint secret diagnostic arrived: {result}"
    codes = {d["code"] for d in result["diagnostics"] if d["source"] == "vigilint"}
    assert any(str(c).startswith("VG-SEC") for c in codes)
    assert all(secret not in d["message"] for d in result["diagnostics"])


@pytest.mark.skipif(NVIM is None, reason="nvim is not installed (CI installs Debian's neovim)")
def test_code_diagnostic_arrives_on_the_right_line(tmp_path):
    result = _run_nvim(tmp_path, "loader.py", "import yaml\n\nyaml.load(data)\n", "VG%-PY")
    assert result["ok"], result
    lines = {d["lnum"] for d in result["diagnostics"] if d["code"] == "VG-PY-DESER-001"}
    assert lines == {2}
