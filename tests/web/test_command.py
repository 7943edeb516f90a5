"""`tidings serve`: its set-up errors and where the token comes from (serving itself: test_browser.py)."""

import subprocess
import sys

from tidings.web.command import token_from_env


def test_serving_a_missing_store_read_only_is_a_one_line_setup_error(tmp_path):
    missing = tmp_path / "none.db"
    done = subprocess.run([sys.executable, "-m", "tidings", "serve", "--db", str(missing)], capture_output=True,
                          text=True, timeout=120, env={"PATH": "/usr/bin:/bin"})
    assert (done.returncode, done.stderr.strip()) == (2, f"tidings: error: no database file {missing}")
    assert not missing.exists()


def test_the_token_is_the_option_else_the_environment_else_none():
    assert token_from_env("given", {"TIDINGS_TOKEN": "env"}) == "given"
    assert token_from_env(None, {"TIDINGS_TOKEN": "env"}) == "env"
    assert token_from_env(None, {"TIDINGS_TOKEN": ""}) is None
    assert token_from_env("", {}) is None
