"""The carriers a parcel can leave with, and telling one from a tracking number's format.

Recognition only suggests: several carriers share plain-digit formats, so the packing screen
shows the candidates and the packer confirms with one key when there is more than one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from desktop_oms.domain.errors import InvalidValue


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str
    name_zh: str
    patterns: tuple[str, ...]  # full-match regular expressions over the normalised number
    tracking_url: str = ""  # the public tracking page; {number} is replaced

    def matches(self, number: str) -> bool:
        return any(re.fullmatch(p, number) for p in self.patterns)


#: In the order the packing screen lists them. Formats from the carriers' published label specs.
CARRIERS: Final[tuple[Carrier, ...]] = (
    Carrier("sf_express", "SF Express", "顺丰速运", (r"SF\d{12,13}",), "https://www.sf-express.com/chn/en/waybill/waybill-detail/{number}"),
    Carrier("zto", "ZTO Express", "中通快递", (r"(7[0-9]|6[0-9]|5[0-9])\d{10}",), "https://www.zto.com/?num={number}"),
    Carrier("yto", "YTO Express", "圆通速递", (r"YT\d{13}",), "https://www.yto.net.cn/?num={number}"),
    Carrier("sto", "STO Express", "申通快递", (r"(77|88|66|55|33|22)\d{11}",), "https://www.sto.cn/?num={number}"),
    Carrier("yunda", "Yunda Express", "韵达快递", (r"(31|43|46|10|12|13)\d{11}",), "https://www.yundaex.com/?num={number}"),
    Carrier("jd", "JD Logistics", "京东物流", (r"JD[A-Z0-9]{13,16}",), "https://www.jdl.com/orderSearch/?waybillCodes={number}"),
    Carrier("ems", "EMS / China Post", "中国邮政 EMS", (r"E[A-Z]\d{9}CN", r"1\d{12}", r"9\d{12}"), "https://www.ems.com.cn/?mailNum={number}"),
    Carrier("dhl", "DHL", "DHL", (r"\d{10}", r"JJD\d{18}", r"(GM|LX|RX)\d{16,18}", r"[A-Z]{2}\d{9}DE"), "https://www.dhl.com/global-en/home/tracking.html?tracking-id={number}"),
    Carrier("ups", "UPS", "UPS", (r"1Z[0-9A-Z]{16}",), "https://www.ups.com/track?tracknum={number}"),
    Carrier("fedex", "FedEx", "FedEx", (r"\d{12}", r"\d{15}", r"96\d{20}"), "https://www.fedex.com/fedextrack/?trknbr={number}"),
    Carrier("usps", "USPS", "USPS", (r"(92|93|94|95)\d{20}", r"\d{20}", r"[A-Z]{2}\d{9}US"), "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}"),
    Carrier("simulator", "Carrier simulator (demo)", "模拟承运商（演示）", (r"SIM\d{6,16}",), ""),
    # Tracking aggregators: a parcel of any carrier they cover, tracked through them.
    Carrier("kuaidi100", "Kuaidi100 (other Chinese carriers)", "快递100（其他国内快递）", (),
            "https://www.kuaidi100.com/chaxun?nu={number}"),
    Carrier("17track", "17TRACK (other carriers)", "17TRACK（其他承运商）", (),
            "https://t.17track.net/en#nums={number}"),
)

BY_CODE: Final = {c.code: c for c in CARRIERS}
#: Other spellings people and shop exports use.
ALIASES: Final = {"sf": "sf_express", "sf-express": "sf_express", "sfexpress": "sf_express", "shunfeng": "sf_express",
                  "china_post": "ems", "chinapost": "ems", "china-post": "ems", "jdl": "jd", "jd_logistics": "jd",
                  "dhl_express": "dhl", "dhl-express": "dhl", "fedex_express": "fedex", "yundaex": "yunda"}

#: Latin letters, digits and the dash: what real tracking numbers are made of.
_NUMBER = re.compile(r"[A-Z0-9-]{6,40}", re.ASCII)


def carrier(code: str) -> Carrier:
    key = code.strip().lower()
    try:
        return BY_CODE[ALIASES.get(key, key)]
    except KeyError:
        raise InvalidValue("carrier", f"unknown carrier {code!r}; one of {', '.join(BY_CODE)}") from None


def normalise_tracking(raw: str) -> str:
    """A tracking number as carriers print it: upper case, no spaces, no control characters.

    A USPS label's barcode carries the routing code first (GS1 AI 420 + ZIP or ZIP+4, then a
    group separator); only the part after it is the tracking number.
    """
    text = raw.strip()
    if "\x1d" in text and text.startswith("420"):
        text = text.split("\x1d")[-1]
    number = "".join(ch for ch in text if ch.isprintable() and not ch.isspace()).upper()
    if re.fullmatch(r"420\d{5}(\d{4})?(9[2-5]\d{20})", number):
        number = number[-22:]
    return number


def check_tracking(raw: str) -> str:
    """The normalised number, or InvalidValue naming the field."""
    number = normalise_tracking(raw)
    if not _NUMBER.fullmatch(number):
        raise InvalidValue("tracking", f"{raw.strip()[:40]!r} is not a tracking number (6-40 letters or digits)")
    return number


def recognise(raw: str) -> tuple[Carrier, ...]:
    """Carriers whose format fits the number, in the packing screen's order.

    Lettered formats (SF…, 1Z…, JD…) name one carrier; plain digits often fit several."""
    number = normalise_tracking(raw)
    return tuple(c for c in CARRIERS if c.matches(number))


def s10_valid(number: str) -> bool:
    """The UPU S10 check digit (EMS, China Post, USPS/DHL international): AA123456789CN."""
    match = re.fullmatch(r"[A-Z]{2}(\d{8})(\d)[A-Z]{2}", number)
    if not match:
        return False
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    total = sum(int(d) * w for d, w in zip(match.group(1), weights, strict=True))
    check = 11 - total % 11
    check = 5 if check == 11 else 0 if check == 10 else check
    return check == int(match.group(2))
