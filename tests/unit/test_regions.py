"""China's province and city lists: complete, unique, found by the names people write."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop_oms.domain.regions import find_province, provinces

PREFECTURE_LEVEL = {"city", "prefecture", "autonomous_prefecture", "league"}


def test_all_34_province_level_divisions_are_there_each_with_its_cities() -> None:
    found = provinces()
    assert len(found) == 34
    assert Counter(p.kind for p in found) == {"province": 23, "autonomous_region": 5, "municipality": 4,
                                              "special_administrative_region": 2}
    assert all(p.cities for p in found)
    assert len({p.zh for p in found}) == len({p.en for p in found}) == len({p.iso for p in found}) == 34
    assert [p.code for p in found] == sorted(p.code for p in found)
    for province in found:
        names = [c.zh for c in province.cities]
        assert len(names) == len(set(names)), province.zh
        assert all(c.zh and c.en for c in province.cities)


def test_the_mainland_has_333_prefecture_level_divisions() -> None:
    mainland = [p for p in provinces() if p.iso not in ("CN-TW", "CN-HK", "CN-MO")]
    assert sum(1 for p in mainland for c in p.cities if c.kind in PREFECTURE_LEVEL) == 333
    counts = {p.en: sum(1 for c in p.cities if c.kind in PREFECTURE_LEVEL) for p in mainland}
    assert counts["Guangdong"] == 21 and counts["Sichuan"] == 21 and counts["Shandong"] == 16  # 莱芜 is in 济南 now
    assert counts["Anhui"] == 16 and counts["Tibet"] == 7 and counts["Hainan"] == 4
    county_level = {c.zh for p in mainland for c in p.cities if c.kind == "county_level"}
    assert {"济源市", "仙桃市", "神农架林区", "琼海市", "石河子市", "白杨市"} <= county_level and len(county_level) == 32


@pytest.mark.parametrize(("written", "official"), [
    ("浙江省", "浙江省"), ("浙江", "浙江省"), ("zhejiang", "浙江省"), ("CN-ZJ", "浙江省"), ("330000", "浙江省"),
    ("内蒙古", "内蒙古自治区"), ("Inner Mongolia", "内蒙古自治区"), ("新疆", "新疆维吾尔自治区"),
    ("广西", "广西壮族自治区"), ("上海", "上海市"), ("香港", "香港特别行政区"), (" Shaanxi ", "陕西省"), ("山西", "山西省"),
])
def test_a_province_is_found_by_its_official_or_short_name_pinyin_or_codes(written: str, official: str) -> None:
    found = find_province(written)
    assert found is not None and found.zh == official


def test_a_city_is_found_in_its_province_only() -> None:
    zhejiang, jilin = find_province("浙江"), find_province("吉林省")
    assert zhejiang is not None and jilin is not None
    hangzhou = zhejiang.city("杭州")
    assert hangzhou is not None and (hangzhou.zh, hangzhou.en) == ("杭州市", "Hangzhou")
    assert zhejiang.city("hangzhou") == hangzhou and zhejiang.city("杭州市") == hangzhou
    assert zhejiang.city("广州") is None and zhejiang.city("") is None
    assert jilin.city("吉林") is not None and jilin.city("延边朝鲜族自治州") is not None
    shanghai = find_province("Shanghai")
    assert shanghai is not None and [c.zh for c in shanghai.cities] == ["上海市"]  # a municipality is its own city


def test_nothing_is_found_for_what_is_no_province() -> None:
    assert find_province("") is None and find_province("Atlantis") is None and find_province("省") is None
