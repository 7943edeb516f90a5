from tidings.actors import actor_at
from tidings.records import Actor

XI = Actor("a1", "Xi Jinping", "person", "CHN", "GOV", None, ((0, 10), (50, 52)))
CHINA = Actor("a2", "China", "country", "CHN", None, None, ((0, 24),))


def test_actor_at_prefers_the_largest_overlap_then_the_tightest_mention():
    assert actor_at([CHINA, XI], 0, 10) is XI
    assert actor_at([XI, CHINA], 50, 52) is XI
    assert actor_at([XI, CHINA], 12, 20) is CHINA
    assert actor_at([XI, CHINA], 30, 40) is None
