import itertools

from autoglm_gw.engine.admission import AdmissionLimiter


def _clock():
    ticks = itertools.count()
    return lambda: next(ticks) * 1.0  # a second per reading: never rate-limited


def test_without_target_only_the_ceiling_applies():
    lim = AdmissionLimiter(ceiling=3, floor=1, target_s=None)
    assert [lim.try_acquire() for _ in range(4)] == [True, True, True, False]
    lim.release(10.0)
    assert lim.try_acquire() and lim.limit == 3 and lim.refused == 1


def test_slow_windows_shrink_the_limit_to_the_floor_and_fast_ones_grow_it_back():
    lim = AdmissionLimiter(ceiling=100, floor=8, target_s=0.030, clock=_clock())
    for _ in range(40):  # many slow windows
        for _ in range(int(lim.limit)):
            assert lim.try_acquire()
            lim.release(0.100)
    assert lim.limit == 8
    assert lim.inflight == 0
    for _ in range(200):  # fast windows
        n = max(16, int(lim.limit))
        for _ in range(n):
            lim.try_acquire()
            lim.release(0.005)
    assert lim.limit == 100


def test_failed_requests_do_not_count_as_fast():
    lim = AdmissionLimiter(ceiling=50, floor=4, target_s=0.030, clock=_clock())
    for _ in range(500):
        lim.try_acquire()
        lim.release(None)
    assert lim.limit == 50 and lim.inflight == 0


def test_with_a_target_the_limit_starts_low_and_shrinks_in_proportion():
    ticks = itertools.count(1)
    lim = AdmissionLimiter(
        ceiling=1000, floor=4, target_s=0.010, initial=128, clock=lambda: float(next(ticks))
    )
    assert lim.limit == 128
    for _ in range(128):
        lim.try_acquire()
    for _ in range(128):
        lim.release(0.016)  # 1.6x the target: the cap scales by 1/1.6
    assert lim.limit == 80
    for _ in range(80):
        lim.try_acquire()
    for _ in range(80):
        lim.release(1.0)  # far over: at most halved
    assert lim.limit == 40
    # without a target the initial value is ignored
    assert AdmissionLimiter(ceiling=50, floor=4, target_s=None, initial=8).limit == 50
