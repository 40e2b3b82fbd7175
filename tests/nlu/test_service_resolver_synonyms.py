"""Service resolution: every synonym, defaults by intent, unknown words."""

from __future__ import annotations

import pytest

from autoglm_gw import catalog
from autoglm_gw.nlu.service_resolver import ServiceResolutionError, resolve_service

SYNONYMS: dict[str, list[str]] = {
    "standard": ["洗车", "普通洗车", "洗个车", "洗一下车", "car wash", "Car Wash", "carwash",
                 "regular wash", "basic wash", "standard wash", "wash my car", "standard",
                 "帮我洗一下车"],
    "quick": ["快洗", "快速洗车", "express wash", "Express", "quick wash", "quick",
              "express car wash", "ＱＵＩＣＫ　ＷＡＳＨ", "洗个快的", "洗个快点的"],
    "automatic": ["自动洗车", "无接触洗车", "机洗", "电脑洗车", "touchless", "touchless wash",
                  "automatic", "automatic wash", "drive-through", "drive through", "drive-thru",
                  "touch-free", "全自动的洗车", "自动的洗车"],
    "detailing": ["精洗", "精细洗车", "深度清洁", "美容", "汽车美容", "full detail", "detailing",
                  "Full Detailing", "deep clean"],
    "interior": ["内饰清洗", "内饰", "车内清洁", "interior cleaning", "clean the inside",
                 "interior", "洗车内饰", "内饰的清洗", "车里吸个尘", "vacuum the inside"],
    "wax": ["洗车打蜡", "打蜡", "打个蜡", "wash and wax", "wash & wax", "waxing", "wax",
            "Wash and Wax", "打腊", "洗车打腊"],
}  # fmt: skip
ROWS = [(sid, w) for sid, words in SYNONYMS.items() for w in words]


@pytest.mark.parametrize(("service", "word"), ROWS)
def test_synonym(service: str, word: str) -> None:
    assert resolve_service(word, "book_car_wash") == service


@pytest.mark.parametrize(("service", "word"), ROWS[::3])
def test_synonym_with_other_intents(service: str, word: str) -> None:
    for intent in ("reschedule_booking", "cancel_booking", "query_booking"):
        assert resolve_service(word, intent) == service


def test_all_catalogue_services_covered_and_ids_resolve() -> None:
    assert set(SYNONYMS) == set(catalog.SERVICES_BY_ID)
    for service_id in catalog.SERVICES_BY_ID:
        assert resolve_service(service_id, "book_car_wash") == service_id


@pytest.mark.parametrize(("word", "service"), [("detialing", "detailing"),
                                               ("touchles", "automatic"),
                                               ("interor", "interior")])  # fmt: skip
def test_english_asr_typos(word: str, service: str) -> None:
    assert resolve_service(word, "book_car_wash") == service


@pytest.mark.parametrize("word", [None, "", "  ", "服务", "please"])
def test_booking_without_service_is_standard(word: str | None) -> None:
    assert resolve_service(word, "book_car_wash") == "standard"


@pytest.mark.parametrize("intent", ["cancel_booking", "reschedule_booking", "query_booking",
                                    "unknown"])  # fmt: skip
def test_other_intents_without_service_are_none(intent: str) -> None:
    assert resolve_service(None, intent) is None


@pytest.mark.parametrize("word", ["换机油", "oil change", "补胎", "xyz", "tire rotation"])
def test_unknown_service(word: str) -> None:
    with pytest.raises(ServiceResolutionError) as exc:
        resolve_service(word, "book_car_wash")
    assert exc.value.code == "unknown_service"
    assert isinstance(exc.value, ValueError)


def test_unknown_intent_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown intent"):
        resolve_service("洗车", "book_flight")
