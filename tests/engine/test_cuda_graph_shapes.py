"""torch-cuda: which chunk shapes get captured as CUDA graphs (bookkeeping only, no GPU)."""

from autoglm_gw.engine import torch_cuda_backend as tcb


def _backend():
    b = object.__new__(tcb.TorchCudaBackend)  # the bookkeeping only: no torch, no device
    b._graphs, b._uses, b._uncapturable = {}, {}, set()
    return b


def _chunk(slot0=0, past=10):
    return tcb._Chunk(lane=0, r0=0, r1=4, slot0=slot0, t=1, width=past + 1, past=past)


def test_a_shape_is_captured_on_its_second_use_and_then_forgotten():
    b = _backend()
    c = _chunk()
    assert [b._due_for_capture(c) for _ in range(tcb.GRAPH_CAPTURE_ON_USE)] == [False, True]
    assert c not in b._uses


def test_failed_shapes_stay_eager_and_full_graphs_stop_counting():
    b = _backend()
    c = _chunk()
    b._uncapturable.add(c)
    assert not any(b._due_for_capture(c) for _ in range(5)) and not b._uses
    b._uncapturable.clear()
    b._graphs = dict.fromkeys(range(tcb.GRAPH_LIMIT))
    assert not b._due_for_capture(c) and not b._uses


def test_use_counts_stay_bounded_over_a_long_run():
    b = _backend()
    for k in range(3 * tcb.GRAPH_USES_LIMIT):
        b._due_for_capture(_chunk(slot0=k % 512, past=k))  # every shape seen once
    assert len(b._uses) <= tcb.GRAPH_USES_LIMIT
