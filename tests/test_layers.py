"""The package's stages in its tree: every import runs downwards. app, cli and the benchmarks
may use anything; build uses store, read and extract; store and read use extract; extract uses
only the modules at the package's root that import nothing of rallymap (errors, limits)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "rallymap"
# What each stage may import from rallymap (besides itself).
ALLOWED = {
    "extract": {"errors", "limits"},
    "read": {"extract", "errors", "limits"},
    "store": {"extract", "errors", "limits"},
    "build": {"store", "read", "extract", "errors", "limits", "__init__"},
    "app": {"build", "store", "read", "extract", "errors", "limits"},
    "errors": set(),
    "limits": {"errors"},
}


def stage_of(parts: tuple[str, ...]) -> str:
    """The stage a module under rallymap belongs to: its subpackage, or its own name at the root."""
    return parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")


def imported_stages(path: Path) -> set[str]:
    """The stages a module imports (relative and absolute imports of rallymap)."""
    module_parts = path.relative_to(PACKAGE).parts
    package = list(module_parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - (node.level - 1)]
                target = [*base, *(node.module.split(".") if node.module else [])]
                names = [target] if node.module else [[*base, alias.name] for alias in node.names]
            elif node.module and node.module.split(".")[0] == "rallymap":
                names = [node.module.split(".")[1:]]
            else:
                continue
            for target in names:
                is_module = target and ((PACKAGE / f"{target[0]}.py").exists() or (PACKAGE / target[0]).is_dir())
                found.add(target[0] if is_module else "__init__")  # a name of the package itself
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[1] for alias in node.names
                         if alias.name.startswith("rallymap.") and "." in alias.name)
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if stage_of(p.relative_to(PACKAGE).parts) in ALLOWED)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_run_downwards(path):
    stage = stage_of(path.relative_to(PACKAGE).parts)
    imported = imported_stages(path) - {stage}
    assert imported <= ALLOWED[stage], f"{stage} imports {sorted(imported - ALLOWED[stage])}"


def test_every_stage_is_a_package_that_says_what_it_takes_and_gives():
    for stage in ("extract", "read", "store", "build", "app"):
        init = PACKAGE / stage / "__init__.py"
        assert init.exists(), stage
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), stage
