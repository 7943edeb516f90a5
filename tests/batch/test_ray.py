"""The batch runner on Ray Data (the optional `ray` extra), on a local Ray with 2 CPUs: the same shard
function, the same records as the local pool."""

import pytest

from tests.batch.corpus import write_corpus
from tests.batch.test_runner import snapshot
from tidings.batch import run_batch, shards

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'tidings[ray]')")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_engine_writes_the_records_the_local_pool_writes(local_ray, tmp_path):
    corpus = write_corpus(tmp_path / "in", texts=5)
    summary = run_batch([str(corpus)], tmp_path / "ray", workers=2, chunk_size=3, engine="ray")
    assert (summary.units, summary.articles, len(summary.failures)) == (11, 9, 2)
    assert sorted(len(s.origins) for s in shards(tmp_path / "ray")) == [2, 3, 3, 3]
    run_batch([str(corpus)], tmp_path / "local", workers=1, chunk_size=3)
    assert snapshot(tmp_path / "ray") == snapshot(tmp_path / "local")
    again = run_batch([str(corpus)], tmp_path / "ray", workers=2, chunk_size=3, engine="ray")
    assert (again.skipped, again.reports) == (11, [])
