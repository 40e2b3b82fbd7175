from autoglm_gw.engine.admission import AdmissionLimiter


class _Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_without_target_only_the_ceiling_applies():
    lim = AdmissionLimiter(ceiling=3, floor=1, target_s=None)
    assert [lim.try_acquire() for _ in range(4)] == [True, True, True, False]
    lim.release(10.0)
    assert lim.try_acquire() and lim.limit == 3 and lim.refused == 1


def test_slow_windows_shrink_the_limit_to_the_floor_and_fast_ones_grow_it_back():
    clock = _Clock()
    lim = AdmissionLimiter(ceiling=100, floor=8, target_s=0.030, clock=clock)
    for _ in range(40):  # many slow windows
        clock.t += 1.0
        for _ in range(int(lim.limit)):
            assert lim.try_acquire()
            lim.release(0.100)
    assert lim.limit == 8
    assert lim.inflight == 0
    for _ in range(200):  # fast windows
        clock.t += 1.0
        n = max(16, int(lim.limit))
        for _ in range(n):
            lim.try_acquire()
            lim.release(0.005)
    assert lim.limit == 100


def test_failed_requests_do_not_count_as_fast():
    clock = _Clock()
    lim = AdmissionLimiter(ceiling=50, floor=4, target_s=0.030, clock=clock)
    for _ in range(500):
        clock.t += 0.001
        lim.try_acquire()
        lim.release(None)
    assert lim.limit == 50 and lim.inflight == 0


def test_with_a_target_the_limit_starts_low_and_shrinks_in_proportion():
    clock = _Clock()
    lim = AdmissionLimiter(ceiling=1000, floor=4, target_s=0.010, initial=128, clock=clock)
    assert lim.limit == 128
    clock.t = 1.0
    for _ in range(128):
        lim.try_acquire()
    clock.t = 2.0
    for _ in range(128):
        lim.release(0.016)  # 1.6x the target: the cap scales by 1/1.6
    assert lim.limit == 80
    clock.t = 3.0
    for _ in range(80):
        lim.try_acquire()
    clock.t = 4.0
    for _ in range(80):
        lim.release(1.0)  # far over: at most halved
    assert lim.limit == 40
    # without a target the initial value is ignored
    assert AdmissionLimiter(ceiling=50, floor=4, target_s=None, initial=8).limit == 50


def test_a_burst_is_cut_before_its_first_window_closes():
    """The oldest admitted request has waited 5 targets: the next arrival shrinks the cap at
    once (by target/age, at most halved) and is refused, with no completion needed."""
    clock = _Clock()
    lim = AdmissionLimiter(ceiling=1000, floor=4, target_s=0.010, initial=128, clock=clock)
    for _ in range(100):
        assert lim.try_acquire()
    clock.t = 0.005  # 0.5 target: nothing yet
    assert lim.try_acquire() and lim.limit == 128
    clock.t = 0.050
    assert not lim.try_acquire()
    assert lim.limit == 50.5  # min(cap 128, 101 inside) x 0.5
    # completions in admission order make the oldest younger; the cap is not cut again
    # within MIN_ADJUST_INTERVAL_S
    for _ in range(60):
        lim.release(0.040)
    clock.t = 0.060
    assert lim.try_acquire()


def test_one_slow_request_under_light_load_does_not_shrink_the_cap():
    clock = _Clock()
    lim = AdmissionLimiter(ceiling=1000, floor=4, target_s=0.010, initial=128, clock=clock)
    for _ in range(3):
        assert lim.try_acquire()
    clock.t = 0.5  # the oldest has waited 50 targets, but only 3 are inside
    assert lim.try_acquire() and lim.limit == 128
