"""Units of work: every article of the inputs, found cheaply, read again exactly as `run` reads it."""

import pytest

from tests.batch.corpus import write_corpus
from tidings.batch.units import Unit, find_units, read_unit
from tidings.errors import ConfigError
from tidings.sources import read


def test_units_name_every_article_as_the_readers_do(tmp_path):
    folder = write_corpus(tmp_path / "in", texts=2)
    units = list(find_units([str(folder), str(tmp_path / "nope.txt")]))
    origins = [u.origin for u in units]
    expected = [str(folder / "a000.txt"), str(folder / "a001.txt"), f"{folder}/crawl.warc.gz:2",
                f"{folder}/crawl.warc.gz:3", str(folder / "empty.txt"), f"{folder}/lines.jsonl:1",
                f"{folder}/lines.jsonl:2", f"{folder}/lines.jsonl:3", str(tmp_path / "nope.txt")]
    assert origins == expected
    assert [u.kind for u in units] == ["file", "file", "warc", "warc", "file", "line", "line", "line", "missing"]


def test_reading_a_unit_gives_what_the_reader_gives(tmp_path):
    folder = write_corpus(tmp_path / "in", texts=2)
    units = list(find_units([str(folder), str(tmp_path / "nope.txt")]))
    assert [read_unit(u) for u in units] == list(read([str(folder), str(tmp_path / "nope.txt")]))


def test_a_json_lines_file_with_another_name_is_sniffed(tmp_path):
    path = tmp_path / "feed.dat"
    path.write_text('{"text": "One."}\n{"text": "Two."}\n')
    assert list(find_units([str(path)])) == [Unit(f"{path}:1", str(path), "line", 0),
                                              Unit(f"{path}:2", str(path), "line", 17)]


def test_standard_input_cannot_be_resumed_so_it_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="not standard input"):
        list(find_units(["-"]))
