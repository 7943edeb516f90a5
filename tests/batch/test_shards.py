"""The committed shards read from a batch directory's manifest while a run may still be writing it."""

import json

from tidings.batch.shards import MANIFEST, TMP, shards


def test_a_manifest_being_written_is_not_read_as_committed(tmp_path):
    folder = tmp_path / MANIFEST
    folder.mkdir()
    (folder / "000001-abcd.json").write_text(json.dumps({"name": "000001-abcd", "origins": ["a.txt"]}))
    # a writer's temporary file, half written (and about to be renamed away)
    (folder / f"{TMP}000002-abcd.json").write_text('{"name": "000002-ab')
    assert [(s.name, s.origins) for s in shards(tmp_path)] == [("000001-abcd", ("a.txt",))]
