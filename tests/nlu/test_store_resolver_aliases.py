"""Store resolution: aliases in both languages, nearest-store, errors, distances."""

from __future__ import annotations

import pytest

from autoglm_gw import catalog
from autoglm_gw.nlu.store_resolver import (
    StoreMatch,
    StoreResolutionError,
    haversine_km,
    resolve_store,
)

ALIASES: dict[str, list[str]] = {
    "guomao": [
        "国贸", "国贸店", "国贸那家", "国贸那边的店", "国贸的门店", "去国贸那个店", "guomao",
        "Guomao", "GUOMAO", "ｇｕｏｍａｏ", "the Guomao store", "Guomao one", "the guomao branch",
        "guo mao", "China World", "国贸附近的店",
    ],
    "sanlitun": ["三里屯", "三里屯店", "三里屯那家", "sanlitun", "the Sanlitun store",
                 "Sanlitun location", "太古里那家"],
    "wangjing": ["望京", "望京店", "望京那边", "wangjing", "Wangjing one", "the wangjing shop"],
    "zhongguancun": ["中关村", "中关村店", "中关村分店", "zhongguancun", "Zhongguancun store",
                     "ZGC", "the zgc one", "zhong guan cun"],
    "wudaokou": ["五道口", "五道口店", "道口那家", "wudaokou", "the Wudaokou branch"],
    "xidan": ["西单", "西单店", "西单那家店", "xidan", "Xidan store", "the xidan location"],
    "yizhuang": ["亦庄", "亦庄店", "经开区", "经开区那家", "yizhuang", "the Yizhuang store",
                 "E-Town"],
    "capital-airport": [
        "首都机场", "首都机场店", "机场", "机场店", "机场那家", "T3", "t3航站楼", "airport",
        "the airport store", "capital airport", "Capital Airport one", "the airport",
        "capital-airport", "首都国际机场",
    ],
}  # fmt: skip
ALIAS_ROWS = [(sid, m) for sid, ms in ALIASES.items() for m in ms]


@pytest.mark.parametrize(("store_id", "mention"), ALIAS_ROWS)
def test_alias_resolves(store_id: str, mention: str) -> None:
    match = resolve_store(mention, None)
    assert match is not None
    assert match.store.id == store_id
    assert match.distance_km is None


def test_every_catalogue_store_has_aliases_in_both_languages() -> None:
    assert set(ALIASES) == set(catalog.STORES_BY_ID)
    for store in catalog.STORES:
        assert resolve_store(store.name, None).store == store  # type: ignore[union-attr]
        assert resolve_store(store.name_en, None).store == store  # type: ignore[union-attr]
        assert resolve_store(store.id, None).store == store  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("mention", "store_id"),
    [
        ("Sanlitan", "sanlitun"),
        ("guomau", "guomao"),
        ("Wangjin", "wangjing"),
        ("the zhongguancum store", "zhongguancun"),
        ("wudaokuo", "wudaokou"),
        ("capitol airport", "capital-airport"),
        ("yizhaung", "yizhuang"),
    ],
)
def test_asr_typos_in_english(mention: str, store_id: str) -> None:
    match = resolve_store(mention, None)
    assert match is not None and match.store.id == store_id


# (location, nearest store id)
NEAREST_FROM: list[tuple[tuple[float, float], str]] = [
    ((39.9087, 116.4605), "guomao"),  # standing at Guomao
    ((39.9300, 116.4550), "sanlitun"),
    ((40.0000, 116.4800), "wangjing"),
    ((39.9800, 116.3100), "zhongguancun"),
    ((39.9950, 116.3400), "wudaokou"),
    ((39.9100, 116.3700), "xidan"),
    ((39.7800, 116.5200), "yizhuang"),
    ((40.1000, 116.6000), "capital-airport"),
    ((39.9042, 116.4074), "xidan"),  # Tiananmen: Xidan (3.0 km) beats Guomao (4.6 km)
]
NEAREST_WORDS = ["最近的", "离我最近的那家", "附近的店", "就近", "nearest", "the closest one",
                 "a store nearby", "near me", "Closest store",
                 "close", "somewhere close", "离得近"]  # fmt: skip


@pytest.mark.parametrize(("location", "store_id"), NEAREST_FROM)
@pytest.mark.parametrize("words", NEAREST_WORDS[:3] + NEAREST_WORDS[4:6] + NEAREST_WORDS[-3:])
def test_nearest_store(location: tuple[float, float], store_id: str, words: str) -> None:
    match = resolve_store(words, location)
    assert match is not None
    assert match.store.id == store_id
    expected = min(haversine_km(location, (s.lat, s.lon)) for s in catalog.STORES)
    assert match.distance_km == round(expected, 1)


@pytest.mark.parametrize("words", NEAREST_WORDS)
def test_nearest_words(words: str) -> None:
    match = resolve_store(words, (39.9087, 116.4605))
    assert match is not None and match.store.id == "guomao"


@pytest.mark.parametrize("words", NEAREST_WORDS)
def test_nearest_without_location_is_an_error(words: str) -> None:
    with pytest.raises(StoreResolutionError) as exc:
        resolve_store(words, None)
    assert exc.value.code == "location_required"
    assert "location required for nearest store" in str(exc.value)


def test_named_store_wins_over_nearest_words() -> None:
    match = resolve_store("离国贸最近的那家", (40.08, 116.60))  # standing at the airport
    assert match is not None and match.store.id == "guomao"


@pytest.mark.parametrize(
    "mention", ["火星店", "the Shanghai store", "大兴机场", "Daxing airport", "xyz", "上海那家"]
)
def test_unknown_store(mention: str) -> None:
    with pytest.raises(StoreResolutionError) as exc:
        resolve_store(mention, (39.9, 116.4))
    assert exc.value.code == "unknown_store"


def test_two_stores_named_is_ambiguous() -> None:
    with pytest.raises(StoreResolutionError) as exc:
        resolve_store("国贸或者三里屯", None)
    assert exc.value.code == "ambiguous_store"


@pytest.mark.parametrize("mention", [None, "", "   ", "那家店", "the store", "门店"])
def test_no_mention_is_none(mention: str | None) -> None:
    assert resolve_store(mention, (39.9, 116.4)) is None
    assert resolve_store(mention, None) is None


def test_distance_is_rounded_to_one_decimal_whenever_location_given() -> None:
    location = (39.9042, 116.4074)
    match = resolve_store("国贸", location)
    assert match is not None
    exact = haversine_km(location, (39.9087, 116.4605))
    assert match.distance_km == round(exact, 1) == 4.6
    assert match == StoreMatch(catalog.STORES_BY_ID["guomao"], 4.6)


def test_distance_at_the_store_is_zero() -> None:
    match = resolve_store("guomao", (39.9087, 116.4605))
    assert match is not None and match.distance_km == 0.0


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (0.0, 1.0), 111.19),  # one degree of longitude on the equator
        ((0.0, 0.0), (1.0, 0.0), 111.19),
        ((39.9087, 116.4605), (39.9087, 116.4605), 0.0),
        ((39.9087, 116.4605), (40.0799, 116.6031), 22.58),  # Guomao -> Capital Airport
        ((0.0, 0.0), (0.0, 180.0), 20015.1),  # antipodal
    ],
)
def test_haversine(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(a, b) == pytest.approx(km, abs=0.05)
    assert haversine_km(a, b) == pytest.approx(haversine_km(b, a))


@pytest.mark.parametrize("location", [(91.0, 116.0), (39.9, 181.0), (float("nan"), 116.0)])
def test_bad_location(location: tuple[float, float]) -> None:
    with pytest.raises(StoreResolutionError) as exc:
        resolve_store("国贸", location)
    assert exc.value.code == "bad_location"


@pytest.mark.parametrize(
    ("mention", "store_id"),
    [
        ("国茂店", "guomao"),
        ("王京店", "wangjing"),
        ("三里吞", "sanlitun"),
        ("中关春店", "zhongguancun"),
        ("五道扣", "wudaokou"),
        ("西丹店", "xidan"),
    ],
)
def test_asr_homophones_in_chinese(mention: str, store_id: str) -> None:
    # Speech recognition writes the name with other characters of the same sound.
    match = resolve_store(mention, None)
    assert match is not None and match.store.id == store_id


def test_a_homophone_names_a_store_only_before_a_store_noun() -> None:
    from autoglm_gw.nlu.store_resolver import names_a_store

    assert names_a_store("麻烦给我约个普通洗车,下周二中午,三里吞店。")
    assert names_a_store("car wash at wang jing tomorrow")
    assert not names_a_store("还有几场比赛")  # 几场 sounds like 机场, but names no store
    with pytest.raises(StoreResolutionError):
        resolve_store("王府井", None)
