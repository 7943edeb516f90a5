"""The command line, run as users run it: a real process, real files, a real SQLite store."""

import json
import subprocess
import sys

from tests.conftest import SEED

BODY = "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday."


def tidings(*args: str, stdin: str | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tidings", *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_run_stores_reports_failures_and_exits_1(tmp_path):
    (tmp_path / "good.txt").write_text(f"date 2024-02-09\n{BODY}")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"text": "' + BODY + '", "published": "2024-02-09"}\nnot json\n')
    db = tmp_path / "out.db"
    done = tidings("run", str(tmp_path), "--db", str(db))
    assert done.returncode == 1, done.stderr
    assert f"{tmp_path / 'empty.txt'}: empty file" in done.stderr
    assert f"{tmp_path / 'bad.jsonl'}:2: not JSON" in done.stderr
    from tidings.store import open_store

    with open_store(str(db)) as store:
        counts = store.counts()
        assert (counts["articles"], counts["failures"]) == (2, 2)
    again = tidings("run", str(tmp_path), "--db", str(db))
    assert again.returncode == 1
    with open_store(str(db)) as store:
        assert (store.counts()["articles"], store.counts()["failures"]) == (2, 2)


def test_run_exits_0_when_all_succeed_and_show_prints_the_record(tmp_path):
    (tmp_path / "good.txt").write_text(f"date 2024-02-09\n{BODY}")
    db = tmp_path / "out.db"
    assert tidings("run", str(tmp_path / "good.txt"), "--db", str(db)).returncode == 0
    from tidings.store import open_store

    with open_store(str(db)) as store:
        [aid] = store.ids()
    shown = tidings("show", aid[:10], "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["text"] == BODY


def test_extract_jsonl_from_stdin_one_line_out_per_line_in():
    lines = [json.dumps({"id": "a", "text": BODY, "published": "2024-02-09"}), "{broken",
             json.dumps({"id": "c", "text": BODY})]
    done = tidings("extract", "-", "--format", "jsonl", stdin="\n".join(lines) + "\n")
    assert done.returncode == 1
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["article"]["id"] for r in out][::2] == ["a", "c"]
    assert len(out) == 3
    assert out[1]["warnings"][0].startswith("<stdin>:2: not JSON")
    assert out[1]["events"] == [] and out[1]["text"] == ""


def test_extract_answers_a_line_before_the_next_is_written():
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "extract", "-", "--format", "jsonl"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        for i in range(3):
            proc.stdin.write(json.dumps({"id": f"n{i}", "text": BODY, "published": "2024-02-09"}) + "\n")
            proc.stdin.flush()
            assert json.loads(proc.stdout.readline())["article"]["id"] == f"n{i}"
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    assert proc.returncode == 0


def test_extract_seed_json_passes_its_published_date():
    done = tidings("extract", str(SEED), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["article"]["published"] == "2024-02-09"


def test_setup_errors_exit_2_with_one_line(tmp_path):
    done = tidings("extract", str(SEED), "--model", "no_such_model")
    assert done.returncode == 2
    assert done.stderr.strip() == ("tidings: error: spaCy model 'no_such_model' is not installed "
                                   "(pip install it, or pass --model)")
    bad_format = tidings("extract", str(SEED), "--format", "xml")
    assert bad_format.returncode == 2


def test_every_command_has_help_with_an_example():
    for command in ("run", "extract", "show"):
        done = tidings(command, "--help")
        assert done.returncode == 0 and "Example" in done.stdout, command
