"""China's provinces and their cities (resources/regions/cn.json), for address entry and its validation."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: Where the list lives inside the package.
CN_FILE = ("resources", "regions", "cn.json")


@dataclass(frozen=True)
class City:
    """A prefecture-level division (or a county-level one its province runs directly, kind ``county_level``)."""

    zh: str  # the official name as written on a parcel: 杭州市, 延边朝鲜族自治州
    en: str  # pinyin or the English name: Hangzhou, Yanbian Korean Autonomous Prefecture
    kind: str = "city"

    def label(self, chinese_first: bool = True) -> str:
        return f"{self.zh} {self.en}" if chinese_first else f"{self.en} {self.zh}"


@dataclass(frozen=True)
class Province:
    """A province-level division: province, autonomous region, municipality or special administrative region."""

    code: str  # GB/T 2260: 330000
    iso: str  # ISO 3166-2: CN-ZJ
    zh: str  # 浙江省
    en: str  # Zhejiang
    kind: str
    cities: tuple[City, ...]

    def label(self, chinese_first: bool = True) -> str:
        return f"{self.zh} {self.en}" if chinese_first else f"{self.en} {self.zh}"

    def city(self, name: str) -> City | None:
        """The city called `name` (Chinese with or without 市/地区/盟, pinyin or English, any case)."""
        key = _key(name)
        if not key:
            return None
        for city in self.cities:
            if key in _keys(city.zh, city.en):
                return city
        return None


def provinces() -> tuple[Province, ...]:
    """All 34, in the order of their GB/T 2260 codes (Beijing first, Macau last)."""
    return _load()


def find_province(name: str) -> Province | None:
    """The province called `name`: 浙江省, 浙江, Zhejiang, CN-ZJ or 330000 (any case); None if it is none of them."""
    key = _key(name)
    if not key:
        return None
    for province in _load():
        if key in _keys(province.zh, province.en) or key in (province.iso.casefold(), province.code):
            return province
    return None


#: Name endings dropped to compare the short forms people write ("浙江" for 浙江省, "杭州" for 杭州市).
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "地区", "盟")


def _key(name: str) -> str:
    return "".join(name.split()).casefold()


def _keys(zh: str, en: str) -> set[str]:
    keys = {_key(zh), _key(en)}
    for suffix in _SUFFIXES:
        if zh.endswith(suffix) and len(zh) > len(suffix) + 1:
            keys.add(_key(zh[: -len(suffix)]))
            break
    return keys


@cache
def _load() -> tuple[Province, ...]:
    text = resources.files("desktop_oms").joinpath(*CN_FILE).read_text("utf-8")
    return tuple(
        Province(code=p["code"], iso=p["iso"], zh=p["zh"], en=p["en"], kind=p["kind"],
                 cities=tuple(City(c["zh"], c["en"], c.get("kind", "city")) for c in p["cities"]))
        for p in json.loads(text)["provinces"])
