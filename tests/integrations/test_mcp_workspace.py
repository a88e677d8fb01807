"""The workspace fence of the MCP tools, and the scan's `confine`, without the protocol."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.config import Settings
from vigilint.integrations.mcp.workspace import Refusal, Workspace
from vigilint.scan import discover, scan


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "ws"
    (root / "pkg" / "sub").mkdir(parents=True)
    (root / "pkg" / "a.py").write_text("import os\nos.system(input())\n")
    (root / "pkg" / "sub" / "b.py").write_text("x = 1\n")
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "deep" / "stolen.py").write_text("import os\nos.system(input())\n")
    return root, outside


def test_paths_inside_the_root_resolve(tree):
    root, _ = tree
    ws = Workspace(root)
    assert ws.locate("pkg/a.py") == root / "pkg" / "a.py"
    assert ws.locate(str(root / "pkg")) == root / "pkg"
    assert ws.locate("pkg/sub/../a.py") == root / "pkg" / "a.py"  # `..` that stays inside
    assert ws.locate(".") == root
    (root / "alias.py").symlink_to(root / "pkg" / "a.py")
    assert ws.locate("alias.py") == root / "pkg" / "a.py"  # read through the checked path
    assert ws.relative(root / "pkg" / "a.py") == "pkg/a.py" and ws.relative(root) == "."


@pytest.mark.parametrize(("given", "says"), [
    ("../outside/deep/stolen.py", "outside the workspace root"),
    ("pkg/../../outside", "outside the workspace root"),
    ("/etc/passwd", "outside the workspace root"),
    ("~", "outside the workspace root"),
    ("nope.py", "no such file or folder"),
    ("", "empty path"),
    ("   ", "empty path"),
    ("pkg/\0a.py", "NUL"),
])
def test_paths_that_leave_the_root_are_refused(tree, given, says):
    root, _ = tree
    with pytest.raises(Refusal, match=says):
        Workspace(root).locate(given)


def test_symlinks_out_of_the_root_are_refused(tree):
    root, outside = tree
    (root / "out.py").symlink_to(outside / "deep" / "stolen.py")
    (root / "pkg" / "outdir").symlink_to(outside, target_is_directory=True)
    ws = Workspace(root)
    for given in ("out.py", "pkg/outdir", "pkg/outdir/deep/stolen.py", str(root / "out.py")):
        with pytest.raises(Refusal, match="through a symlink"):
            ws.locate(given)


def test_a_root_given_through_a_symlink_is_its_target(tree, tmp_path):
    root, _ = tree
    (tmp_path / "alias").symlink_to(root, target_is_directory=True)
    ws = Workspace(tmp_path / "alias")
    assert ws.root == root
    assert ws.locate("pkg/a.py") == root / "pkg" / "a.py"


def test_a_long_path_is_quoted_short(tree):
    root, _ = tree
    with pytest.raises(Refusal) as caught:
        Workspace(root).locate("../" + "x" * 5000)
    assert len(str(caught.value)) < 400 and "5,003 characters" in str(caught.value)


def test_confined_scan_neither_reads_nor_walks_links_out(tree):
    root, outside = tree
    (root / "pkg" / "outdir").symlink_to(outside, target_is_directory=True)
    (root / "pkg" / "out.py").symlink_to(outside / "deep" / "stolen.py")
    (root / "pkg" / "inner.py").symlink_to(root / "pkg" / "sub" / "b.py")  # stays inside
    notices: list[str] = []
    found = list(discover([root], root, Settings(), notices, confine=root))
    names = sorted(p.name for p in found)
    assert names == ["a.py", "b.py", "inner.py"]
    assert notices == ["pkg/out.py: a symlink to outside the workspace; not followed",
                       "pkg/outdir: a symlink to outside the workspace; not followed"]
    assert not any("stolen" in n or "deep" in n for n in notices)
    result = scan([root], Settings(), jobs=1, confine=root)
    assert {f.path for f in result.active} == {"pkg/a.py"}


def test_the_projects_own_names_are_read_only_inside_the_root(tmp_path):
    from vigilint.integrations.mcp.tools import Toolbox

    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "parent_helpers.py").write_text("X = 1\n")
    (repo / "service" / "mypkg").mkdir(parents=True)
    (repo / "service" / "mypkg" / "__init__.py").write_text("")
    # the root is the repository: its own names are known
    assert "parent_helpers" in Toolbox(Workspace(repo)).settings().project_packages
    # the root is a folder inside a repository: nothing above it is read
    inner = Toolbox(Workspace(repo / "service")).settings()
    assert "parent_helpers" not in inner.project_packages
    (repo / "service" / ".git").mkdir()  # its own repository: its names are read
    assert "mypkg" in Toolbox(Workspace(repo / "service")).settings().project_packages
