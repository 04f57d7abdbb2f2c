"""Shared fixtures: the mubiao CLI the records are compared with, and the shared
corpus (../shared, or MUBIAO_SHARED_DIR); tests that need either skip when it is
absent. .ci/python.sh runs these tests against an installed package."""
import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(os.environ.get("MUBIAO_ROOT", Path(__file__).resolve().parents[2]))
SHARED = Path(os.environ.get("MUBIAO_SHARED_DIR", ROOT.parent / "shared"))
SAMPLE = ROOT / "examples" / "data" / "sample-report.txt"


def shared_reports():
    """The seed report and every plain-text report of the shared corpus."""
    if not SHARED.is_dir():
        return []
    corpus = SHARED / "corpus"
    return sorted(SHARED.glob("seed/*.txt")) + sorted(corpus.glob("*.txt")) + \
        sorted(corpus.glob("city2024/*.txt"))


@pytest.fixture(scope="session")
def cli():
    """Runs the mubiao command line; returns its JSON Lines as a list of dicts."""
    path = os.environ.get("MUBIAO_CLI") or str(ROOT / "build" / "mubiao")
    if not os.access(path, os.X_OK):
        pytest.skip("mubiao CLI not found at %s (set MUBIAO_CLI)" % path)

    def run(*args):
        out = subprocess.run([path, *map(str, args)], check=True, capture_output=True).stdout
        return [json.loads(line) for line in out.decode("utf-8").splitlines()]
    run.path = path
    return run


@pytest.fixture(scope="session")
def reports():
    found = shared_reports()
    if not found:
        pytest.skip("shared corpus not found at %s (set MUBIAO_SHARED_DIR)" % SHARED)
    return found


@pytest.fixture(scope="session")
def seed(reports):
    return reports[0]
