"""The demo shop's fixed material: catalogue, cities, carriers' wording, reasons and knowledge-base text."""

from __future__ import annotations

from typing import Final, NamedTuple


class CatalogueItem(NamedTuple):
    sku: str
    name: str
    category: str  # "parent > child", bilingual names
    price_cents: int
    weight_g: int
    threshold: int
    popularity: int
    season: str = ""  # key of SEASONS: months in which the item sells better (or at all)


_GREEN = "茶叶 Tea > 绿茶 Green tea"
_OOLONG = "茶叶 Tea > 乌龙茶 Oolong"
_BLACK = "茶叶 Tea > 红茶 Black tea"
_PUERH = "茶叶 Tea > 普洱茶 Pu-erh"
_WHITE = "茶叶 Tea > 白茶 White tea"
_HERBAL = "茶叶 Tea > 花草茶 Herbal & flower"
_POTS = "茶具 Tea ware > 茶壶 Teapots & kettles"
_CUPS = "茶具 Tea ware > 盖碗茶杯 Gaiwan & cups"
_TOOLS = "茶具 Tea ware > 茶道配件 Accessories"
_NUTS = "零食 Snacks > 坚果 Nuts"
_PASTRY = "零食 Snacks > 糕点 Pastries"
_FRUIT = "零食 Snacks > 果干 Dried fruit"
_BOXES = "礼品 Gifts > 礼盒 Gift boxes"
_MOON = "礼品 Gifts > 月饼 Mooncakes"

C = CatalogueItem
CATALOGUE: Final[tuple[CatalogueItem, ...]] = (
    C("TEA-001", "西湖龙井 West Lake Longjing 250g", _GREEN, 26800, 300, 20, 90, "new_tea"),
    C("TEA-002", "明前龙井 Pre-Qingming Longjing 100g", _GREEN, 39800, 150, 10, 35, "new_tea"),
    C("TEA-003", "洞庭碧螺春 Biluochun 250g", _GREEN, 19800, 300, 15, 45, "new_tea"),
    C("TEA-004", "黄山毛峰 Huangshan Maofeng 250g", _GREEN, 12800, 300, 15, 40, "new_tea"),
    C("TEA-005", "六安瓜片 Lu'an Guapian 200g", _GREEN, 16800, 250, 10, 20, "new_tea"),
    C("TEA-006", "信阳毛尖 Xinyang Maojian 250g", _GREEN, 11800, 300, 10, 25, "new_tea"),
    C("TEA-007", "太平猴魁 Taiping Houkui 100g", _GREEN, 22800, 200, 8, 15, "new_tea"),
    C("TEA-008", "安吉白茶 Anji Baicha 125g", _GREEN, 18800, 180, 10, 25, "new_tea"),
    C("TEA-009", "安溪铁观音 Anxi Tieguanyin 250g", _OOLONG, 13800, 300, 15, 60),
    C("TEA-010", "武夷大红袍 Wuyi Da Hong Pao 150g", _OOLONG, 25800, 200, 10, 45),
    C("TEA-011", "凤凰单丛 Phoenix Dancong 200g", _OOLONG, 17600, 250, 8, 20),
    C("TEA-012", "冻顶乌龙 Dong Ding Oolong 150g", _OOLONG, 15800, 200, 8, 18),
    C("TEA-013", "东方美人 Oriental Beauty 100g", _OOLONG, 21800, 150, 6, 12),
    C("TEA-014", "武夷肉桂 Wuyi Rougui 150g", _OOLONG, 19800, 200, 8, 15),
    C("TEA-015", "正山小种 Lapsang Souchong 250g", _BLACK, 9800, 300, 15, 50, "winter"),
    C("TEA-016", "金骏眉 Jin Jun Mei 100g", _BLACK, 28800, 150, 8, 25, "winter"),
    C("TEA-017", "祁门红茶 Keemun Black Tea 250g", _BLACK, 10800, 300, 12, 30, "winter"),
    C("TEA-018", "滇红金芽 Dianhong Golden Buds 200g", _BLACK, 13600, 250, 10, 22, "winter"),
    C("TEA-019", "普洱熟茶饼 Ripe Pu-erh Cake 357g", _PUERH, 16800, 400, 10, 35),
    C("TEA-020", "普洱生茶饼 Raw Pu-erh Cake 357g", _PUERH, 23800, 400, 8, 20),
    C("TEA-021", "新会小青柑 Citrus Pu-erh 250g", _PUERH, 8800, 300, 15, 40, "winter"),
    C("TEA-022", "普洱沱茶 Pu-erh Tuocha 100g", _PUERH, 4800, 120, 20, 30),
    C("TEA-023", "白毫银针 Silver Needle 100g", _WHITE, 26800, 150, 8, 18),
    C("TEA-024", "福鼎白牡丹 White Peony 200g", _WHITE, 13800, 250, 10, 22),
    C("TEA-025", "寿眉饼 Shoumei Cake 350g", _WHITE, 11800, 400, 8, 15),
    C("TEA-026", "茉莉花茶 Jasmine Tea 250g", _HERBAL, 7800, 300, 20, 55, "summer"),
    C("TEA-027", "胎菊 Chrysanthemum Tea 100g", _HERBAL, 3600, 150, 20, 40, "summer"),
    C("TEA-028", "桂花乌龙 Osmanthus Oolong 150g", _HERBAL, 6800, 200, 12, 25),
    C("TEA-029", "玫瑰花茶 Rose Buds 100g", _HERBAL, 3200, 150, 15, 25),
    C("TEA-030", "大麦茶 Roasted Barley Tea 300g", _HERBAL, 2200, 350, 25, 45, "summer"),
    C("WARE-001", "宜兴紫砂壶 Yixing Clay Teapot 200ml", _POTS, 36800, 650, 3, 12),
    C("WARE-002", "玻璃侧把壶 Glass Side-handle Teapot 500ml", _POTS, 5800, 450, 8, 30),
    C("WARE-003", "铸铁壶 Cast Iron Kettle 1.2L", _POTS, 29800, 2300, 3, 8, "winter"),
    C("WARE-004", "电热随手泡 Electric Tea Kettle 0.8L", _POTS, 19900, 1400, 4, 15),
    C("WARE-005", "白瓷盖碗 White Porcelain Gaiwan 150ml", _CUPS, 4500, 350, 10, 35),
    C("WARE-006", "青花瓷品茗杯 Blue-and-white Tea Cups (6 pcs)", _CUPS, 8800, 500, 6, 25),
    C("WARE-007", "汝窑公道杯 Ru Kiln Fair Cup 220ml", _CUPS, 6800, 300, 6, 20),
    C("WARE-008", "双层玻璃杯 Double-wall Glass Cup 350ml", _CUPS, 4900, 320, 10, 30, "summer"),
    C("WARE-009", "竹制茶盘 Bamboo Tea Tray", _TOOLS, 15800, 1800, 4, 12),
    C("WARE-010", "茶道六君子 Tea Tool Set (6 pcs)", _TOOLS, 3900, 400, 8, 20),
    C("WARE-011", "不锈钢茶滤 Stainless Steel Tea Strainer", _TOOLS, 1990, 60, 15, 35),
    C("WARE-012", "便携旅行茶具 Travel Tea Set", _TOOLS, 12900, 900, 5, 18, "summer"),
    C("WARE-013", "马口铁茶叶罐 Tin Tea Caddy 250g", _TOOLS, 3500, 180, 10, 25),
    C("SNK-001", "碧根果 Pecans 500g", _NUTS, 5990, 550, 20, 45, "winter"),
    C("SNK-002", "每日坚果 Daily Mixed Nuts (30 packs)", _NUTS, 11900, 800, 15, 55),
    C("SNK-003", "开心果 Pistachios 500g", _NUTS, 6990, 550, 15, 35),
    C("SNK-004", "绿豆糕 Mung Bean Cakes (12 pcs)", _PASTRY, 2990, 400, 20, 35, "summer"),
    C("SNK-005", "凤梨酥 Pineapple Cakes (10 pcs)", _PASTRY, 5800, 450, 15, 40),
    C("SNK-006", "核桃桃酥 Walnut Cookies 500g", _PASTRY, 2580, 550, 20, 30),
    C("SNK-007", "蛋黄酥 Salted Egg Yolk Pastry (6 pcs)", _PASTRY, 3990, 350, 15, 35),
    C("SNK-008", "新疆若羌红枣 Xinjiang Red Dates 1kg", _FRUIT, 4500, 1050, 15, 30, "winter"),
    C("SNK-009", "芒果干 Dried Mango 500g", _FRUIT, 3590, 550, 20, 35),
    C("SNK-010", "九制话梅 Preserved Plums 250g", _FRUIT, 1880, 280, 20, 25),
    C("GFT-001", "龙井礼盒 Longjing Gift Box 2×125g", _BOXES, 49800, 900, 5, 15, "festivals"),
    C("GFT-002", "六大茶类品鉴礼盒 Six Teas Tasting Box", _BOXES, 26800, 700, 6, 20, "festivals"),
    C("GFT-003", "茶具礼盒 Tea Ware Gift Set", _BOXES, 38800, 1600, 4, 10, "festivals"),
    C("GFT-004", "新春年货礼盒 Spring Festival Hamper", _BOXES, 32800, 2200, 5, 12, "spring_festival"),
    C("GFT-005", "广式月饼礼盒 Cantonese Mooncakes (8 pcs)", _MOON, 18800, 1300, 10, 40, "mid_autumn"),
    C("GFT-006", "冰皮月饼 Snow Skin Mooncakes (6 pcs)", _MOON, 15800, 800, 10, 25, "mid_autumn"),
    C("GFT-007", "礼品卡 Gift Card ¥200", _BOXES, 20000, 20, 10, 10, "festivals"),
)

#: Month (1–12) → sales multiplier, per season key of the catalogue.
SEASONS: Final[dict[str, tuple[float, ...]]] = {
    "": (1,) * 12,
    "new_tea": (0.8, 0.9, 2.2, 2.6, 2.0, 1.1, 0.8, 0.8, 0.9, 1.0, 1.1, 0.9),
    "winter": (1.5, 1.3, 1.0, 0.8, 0.7, 0.6, 0.6, 0.7, 0.9, 1.2, 1.5, 1.7),
    "summer": (0.6, 0.6, 0.8, 1.0, 1.4, 1.8, 2.0, 1.8, 1.2, 0.8, 0.6, 0.6),
    "festivals": (2.0, 1.5, 0.7, 0.6, 0.7, 0.8, 0.7, 1.0, 2.2, 1.0, 1.6, 1.8),
    "spring_festival": (4.0, 2.5, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.8, 2.5),
    "mid_autumn": (0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.3, 3.0, 6.0, 0.3, 0.05, 0.05),
}

#: Shop-wide order volume per month (tea season in spring, gifts in autumn, quiet in summer).
MONTH_VOLUME: Final = (0.95, 0.8, 1.05, 1.15, 1.05, 1.1, 0.85, 0.9, 1.15, 1.0, 1.3, 1.2)
#: Monday … Sunday.
WEEKDAY_VOLUME: Final = (0.95, 0.92, 0.93, 0.97, 1.05, 1.2, 1.25)
#: Beijing hour 0–23: a late-evening shopping crowd, quiet nights.
HOUR_VOLUME: Final = (
    3,
    1.5,
    0.8,
    0.4,
    0.3,
    0.3,
    0.5,
    1.2,
    2.5,
    4,
    5,
    5.5,
    5,
    4.5,
    4.5,
    4.8,
    5,
    5,
    4.5,
    5.5,
    7,
    8.5,
    8,
    5.5,
)
#: Double 11 (Beijing hour): the midnight rush when the sale opens.
DOUBLE11_HOUR_VOLUME: Final = (40, 22, 8, 3, 2, 2, 2, 3, 5, 7, 8, 8, 8, 7, 7, 7, 7, 7, 7, 8, 10, 12, 14, 16)
#: Days before/after Nov 11 → extra volume (pre-sale, the day itself, the tail).
DOUBLE11_DAYS: Final[dict[int, float]] = {
    -10: 1.4,
    -9: 1.4,
    -8: 1.5,
    -7: 1.5,
    -6: 1.6,
    -5: 1.6,
    -4: 1.7,
    -3: 1.8,
    -2: 1.9,
    -1: 2.2,
    0: 9.0,
    1: 2.5,
    2: 1.6,
    3: 1.3,
}
#: 618 mid-year sale and Chinese New Year (when couriers rest), month-day → multiplier.
OTHER_PEAKS: Final[dict[tuple[int, int], float]] = {
    (6, 16): 1.6,
    (6, 17): 2.0,
    (6, 18): 3.5,
    (6, 19): 1.4,
    (12, 12): 2.0,
}
NEW_YEAR: Final[dict[int, tuple[int, int]]] = {
    2023: (1, 22),
    2024: (2, 10),
    2025: (1, 29),
    2026: (2, 17),
    2027: (2, 6),
    2028: (1, 26),
    2029: (2, 13),
    2030: (2, 3),
    2031: (1, 23),
    2032: (2, 11),
    2033: (1, 31),
    2034: (2, 19),
    2035: (2, 8),
}


class City(NamedTuple):
    province: str
    city: str
    postcode: str  # first four digits
    districts: tuple[str, ...]
    weight: int
    hub: str  # the sorting centre parcels for this city pass through


CITIES: Final[tuple[City, ...]] = (
    City("浙江省", "杭州市", "3100", ("西湖区", "上城区", "拱墅区", "滨江区", "余杭区"), 9, "杭州"),
    City("浙江省", "宁波市", "3150", ("海曙区", "鄞州区", "江北区"), 3, "宁波"),
    City("浙江省", "温州市", "3250", ("鹿城区", "瓯海区", "龙湾区"), 2, "温州"),
    City(
        "上海市", "上海市", "2000", ("浦东新区", "徐汇区", "静安区", "长宁区", "闵行区", "杨浦区"), 11, "上海"
    ),
    City("北京市", "北京市", "1000", ("朝阳区", "海淀区", "东城区", "西城区", "丰台区"), 9, "北京"),
    City("天津市", "天津市", "3000", ("和平区", "南开区", "河西区"), 2, "天津"),
    City("广东省", "广州市", "5100", ("天河区", "越秀区", "海珠区", "番禺区"), 7, "广州"),
    City("广东省", "深圳市", "5180", ("南山区", "福田区", "罗湖区", "宝安区", "龙岗区"), 8, "深圳"),
    City("广东省", "东莞市", "5230", ("南城街道", "东城街道", "松山湖"), 2, "东莞"),
    City("江苏省", "南京市", "2100", ("鼓楼区", "玄武区", "建邺区", "江宁区"), 5, "南京"),
    City("江苏省", "苏州市", "2150", ("姑苏区", "工业园区", "吴中区"), 5, "苏州"),
    City("江苏省", "无锡市", "2140", ("梁溪区", "滨湖区"), 2, "无锡"),
    City("四川省", "成都市", "6100", ("锦江区", "武侯区", "青羊区", "高新区"), 6, "成都"),
    City("重庆市", "重庆市", "4000", ("渝中区", "江北区", "南岸区", "渝北区"), 4, "重庆"),
    City("湖北省", "武汉市", "4300", ("武昌区", "江汉区", "洪山区"), 4, "武汉"),
    City("湖南省", "长沙市", "4100", ("岳麓区", "芙蓉区", "天心区"), 3, "长沙"),
    City("福建省", "福州市", "3500", ("鼓楼区", "台江区", "仓山区"), 2, "福州"),
    City("福建省", "厦门市", "3610", ("思明区", "湖里区"), 3, "厦门"),
    City("山东省", "青岛市", "2660", ("市南区", "崂山区"), 3, "青岛"),
    City("山东省", "济南市", "2500", ("历下区", "市中区"), 2, "济南"),
    City("陕西省", "西安市", "7100", ("雁塔区", "碑林区", "未央区"), 3, "西安"),
    City("河南省", "郑州市", "4500", ("金水区", "二七区", "郑东新区"), 3, "郑州"),
    City("安徽省", "合肥市", "2300", ("蜀山区", "包河区"), 2, "合肥"),
    City("云南省", "昆明市", "6500", ("五华区", "盘龙区"), 2, "昆明"),
    City("辽宁省", "沈阳市", "1100", ("和平区", "沈河区"), 2, "沈阳"),
    City("黑龙江省", "哈尔滨市", "1500", ("南岗区", "道里区"), 1, "哈尔滨"),
    City("广西壮族自治区", "南宁市", "5300", ("青秀区", "兴宁区"), 1, "南宁"),
    City("海南省", "海口市", "5700", ("龙华区", "美兰区"), 1, "海口"),
)

#: Where the parcels leave from: the main warehouse.
ORIGIN_ZH: Final = "杭州市余杭区"
ORIGIN_EN: Final = "HANGZHOU - CHINA"
EXPORT_HUB_EN: Final = "SHANGHAI - CHINA"
US_HUBS: Final = (
    "LOS ANGELES GATEWAY, CA - USA",
    "CINCINNATI HUB, OH - USA",
    "MEMPHIS, TN - USA",
    "LOUISVILLE, KY - USA",
    "NEWARK, NJ - USA",
)

DOMESTIC_CARRIERS: Final = ("sf_express", "zto", "yto", "ems")
DOMESTIC_CARRIER_WEIGHTS: Final = (40, 28, 22, 10)
INTERNATIONAL_CARRIERS: Final = ("dhl", "ups", "fedex", "ems")
INTERNATIONAL_CARRIER_WEIGHTS: Final = (40, 25, 25, 10)
CARRIER_ZH: Final = {"sf_express": "顺丰速运", "zto": "中通快递", "yto": "圆通速递", "ems": "中国邮政EMS"}

#: carrier → (picked_up, in_transit, out_for_delivery, delivered, delivery_failed, delivery_delayed) event codes.
EVENT_CODES: Final[dict[str, tuple[str, str, str, str, str, str]]] = {
    "sf_express": ("50", "30", "44", "80", "70", "33"),
    "zto": ("COLLECT", "ARRIVAL", "DISPATCH", "SIGNED", "PROBLEM", "DELAY"),
    "yto": ("GOT", "ARRIVAL", "SENT_SCAN", "SIGNED", "FAILED", "DELAY"),
    "ems": ("10", "20", "40", "50", "60", "21"),
    "dhl": ("PU", "PL", "WC", "OK", "NH", "CR"),
    "ups": ("OR", "AR", "OT", "KB", "RS", "DL"),
    "fedex": ("PU", "AR", "OD", "DL", "DE", "DY"),
}

SIGNED_BY_ZH: Final = ("本人", "家人", "门卫", "快递柜", "菜鸟驿站", "前台")
COURIER_SURNAMES: Final = ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴")

HOLD_REASONS: Final = (
    "地址不完整，待客户确认 Address incomplete, waiting for the customer",
    "客户要求暂缓发货 Customer asked us to wait before shipping",
    "疑似重复订单 Possible duplicate order",
    "风控审核：收货地址与付款信息不符 Fraud check: payment and address do not match",
    "等待客户确认更换规格 Waiting for the customer to confirm a substitute",
    "礼品订单，指定日期送达 Gift order: deliver on a set date",
)
CANCEL_REASONS_UNPAID: Final = ("超时未付款，系统自动取消 Not paid in time, cancelled automatically",)
CANCEL_REASONS_PAID: Final = (
    "客户申请取消 Customer asked to cancel",
    "客户拍错规格 Customer ordered the wrong size",
    "地址无法配送 Address cannot be served",
    "重复下单 Duplicate order",
)
GIFT_MESSAGES: Final = (
    "生日快乐！",
    "中秋快乐，阖家团圆",
    "新年快乐，万事如意",
    "Happy birthday!",
    "谢谢您的照顾 Thank you for everything",
    "祝您身体健康",
)
ORDER_NOTES: Final = (
    "请在工作日送货",
    "送货前请电话联系",
    "Please leave at the front desk",
    "不要放快递柜",
    "发票抬头：杭州某某科技有限公司",
)

#: Case type → (reason codes to draw from, open statuses, closed statuses).
CASE_FLOWS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    "return": (
        ("damaged", "not_as_described", "changed_mind", "wrong_item"),
        ("requested", "approved", "awaiting_goods", "received", "inspected"),
        ("refunded", "refunded", "refunded", "rejected", "closed"),
    ),
    "exchange": (
        ("wrong_item", "damaged", "not_as_described"),
        ("requested", "approved", "awaiting_goods", "received"),
        ("closed", "closed", "rejected"),
    ),
    "refund": (
        ("damaged", "never_arrived", "late", "not_as_described"),
        ("requested", "approved"),
        ("refunded", "refunded", "rejected"),
    ),
    "complaint": (
        ("late", "damaged", "other", "not_as_described"),
        ("open", "in_progress", "waiting_for_customer"),
        ("resolved", "closed", "closed"),
    ),
}
CASE_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "damaged": (
        "收到时外包装破损，茶叶罐凹陷 Box crushed on arrival, caddy dented",
        "壶盖碎了 Teapot lid broken",
    ),
    "not_as_described": (
        "颜色和图片不一样 Colour differs from the photo",
        "茶叶味道和描述不符 Taste is not as described",
    ),
    "changed_mind": ("买多了，未拆封 Bought too many, unopened", "送礼用不上了 The gift is no longer needed"),
    "wrong_item": ("发错了口味 Wrong flavour sent", "收到的是100g不是250g Received 100g instead of 250g"),
    "never_arrived": ("物流显示已签收但没收到 Tracking says delivered but nothing arrived",),
    "late": ("双十一的单子等了十天 Double 11 order took ten days", "Delivery was later than promised"),
    "other": ("客服回复太慢 Support answered too slowly", "发票一直没开 Still waiting for the invoice"),
}
CASE_RESOLUTIONS: Final = (
    "已退款 Refunded",
    "已补发 Replacement sent",
    "已致歉并赠送优惠券 Apologised, coupon given",
    "不符合退货条件 Not eligible for return",
    "客户已撤销 Withdrawn by the customer",
)


class KbText(NamedTuple):
    title: str
    body: str
    tags: str
    lang: str


_KB_EN: Final = (
    KbText(
        "Return policy: 7 days, no reason needed",
        "Unopened goods can be returned within 7 days of delivery without giving a reason. Open a return "
        "case from the order, ask the customer for photos if the seal is broken, and send the return "
        "address only after approval. Tea that has been opened can only be returned if it is faulty. "
        "Refund after the parcel is received and inspected, to the original payment method.",
        "return,policy",
        "en",
    ),
    KbText(
        "Damaged parcel on arrival",
        "Ask for photos of the outer box, the inner packing and the item within 48 hours of delivery. "
        "For glass and porcelain, do not ask the customer to send the broken item back: approve a refund "
        "or a replacement straight away and claim from the carrier with the photos. Note the tracking "
        "number in the case.",
        "damaged,carrier,claim",
        "en",
    ),
    KbText(
        "Refunding a cash-on-delivery order",
        "COD money was collected by the courier, so it cannot go back through a payment gateway. Ask the "
        "customer for the account holder's name, bank and account number, record them in the case, and "
        "pay the refund by bank transfer within 3 working days. Never refund COD in cash.",
        "cod,refund,bank",
        "en",
    ),
    KbText(
        "Changing the delivery address",
        "Before the order is packed the address can be changed in the order (check the phone number too). "
        "Once packed, unpack and relabel only if the carrier has not collected it. After it is shipped, "
        "ask the carrier for a redirect (SF and EMS allow it, fees may apply) or tell the customer to "
        "refuse the parcel.",
        "address,shipping",
        "en",
    ),
    KbText(
        "Customs delays on international parcels",
        'Parcels to the US usually clear customs in 1–3 days. Status "customs clearance" for more than '
        "5 days: check whether the carrier needs an invoice or the recipient's ID, and tell the customer "
        "duties are paid by the recipient. Food items (snacks, mooncakes) may be held longer or refused.",
        "customs,international,dhl,ups,fedex",
        "en",
    ),
    KbText(
        "Parcel marked delivered but not received",
        "Check the signature and the pick-up point: many parcels are left at a locker or a Cainiao "
        "station. Ask the customer to check with family and the front desk, then open an investigation "
        "with the carrier. After 3 working days without result, refund or resend.",
        "lost,never_arrived,carrier",
        "en",
    ),
    KbText(
        "Wrong item sent: exchange",
        "Open an exchange case, send the right item at once with a prepaid return label for the wrong "
        "one. The customer pays nothing. Check the pick list of that day for other mix-ups.",
        "exchange,wrong_item",
        "en",
    ),
    KbText(
        "Double 11 delivery times",
        "Around 11 November carriers are overloaded: promise 3–7 days instead of 1–3. Orders placed "
        "in the first hours of the sale are packed first. Tell customers about the delay before they ask.",
        "double11,delay,shipping",
        "en",
    ),
    KbText(
        "Refund timing by payment method",
        "Alipay and WeChat Pay refunds arrive within minutes to 1 day; card refunds 3–10 working days; "
        "bank transfers 1–3 working days. Give the customer the refund reference from the payment record.",
        "refund,alipay,wechat_pay,card",
        "en",
    ),
    KbText(
        "Cancelling an order",
        "An order can be cancelled until it is shipped. Unpaid orders cancel themselves after 24 hours. "
        "A paid order is refunded in full on cancellation; reserved stock goes back automatically.",
        "cancel,refund",
        "en",
    ),
    KbText(
        "Invoices (fapiao)",
        "Electronic fapiao are issued within 2 working days after delivery. Ask for the company title "
        "and tax number; a fapiao cannot be changed after issue, only cancelled and reissued.",
        "invoice,fapiao",
        "en",
    ),
    KbText(
        "Storing tea after delivery",
        "Green tea: airtight, in the fridge, drink within 12 months. Oolong and black tea: cool, dry, "
        "away from smells. Pu-erh and white tea cakes improve with age: keep them ventilated, not sealed.",
        "tea,storage,product",
        "en",
    ),
)
_KB_ZH: Final = (
    KbText(
        "退货政策：七天无理由退货",
        "签收后7天内，未拆封商品可无理由退货。请在订单中创建退货工单；如封口已拆，请客户提供照片，"
        "审核通过后再告知退货地址。已开封的茶叶仅在有质量问题时可退。收货验货后原路退款。",
        "退货,政策",
        "zh_CN",
    ),
    KbText(
        "包裹破损怎么处理",
        "请客户在签收后48小时内提供外箱、内包装和商品的照片。玻璃、陶瓷类商品无需寄回，直接同意退款或补发，"
        "并凭照片向快递公司索赔。请在工单中记录运单号。",
        "破损,快递,索赔",
        "zh_CN",
    ),
    KbText(
        "货到付款订单如何退款",
        "货到付款的钱由快递员代收，无法原路退回。请向客户索取开户名、开户行和卡号并记录在工单中，"
        "3个工作日内通过银行转账退款。不要退现金。",
        "货到付款,退款,银行",
        "zh_CN",
    ),
    KbText(
        "修改收货地址",
        "打包前可直接在订单中修改地址（同时核对电话）。已打包但快递未揽收，可拆包重新打印面单。"
        "已发货的，请联系快递改派（顺丰、EMS支持，可能收费），或请客户拒收。",
        "地址,发货",
        "zh_CN",
    ),
    KbText(
        "国际包裹清关延误",
        "寄往美国的包裹一般1–3天清关。显示“清关中”超过5天，请确认快递是否需要发票或收件人证件，"
        "并告知客户关税由收件人承担。食品类（零食、月饼）可能被扣留更久或退回。",
        "清关,国际,dhl,ups,fedex",
        "zh_CN",
    ),
    KbText(
        "显示已签收但客户没收到",
        "先看签收人和代收点：很多包裹放在快递柜或菜鸟驿站。请客户问问家人和前台，同时向快递公司发起查件。"
        "3个工作日内无结果的，退款或补发。",
        "丢件,未收到,快递",
        "zh_CN",
    ),
    KbText(
        "发错货：换货流程",
        "创建换货工单，立即补发正确商品，并附上到付退货面单寄回错发商品，客户无需承担费用。"
        "请核对当天拣货单是否还有其他错发。",
        "换货,发错",
        "zh_CN",
    ),
    KbText(
        "双十一期间的配送时效",
        "11月11日前后快递爆仓，承诺时效改为3–7天。开售头几个小时的订单优先打包。请在客户询问前主动告知延误。",
        "双十一,延误,发货",
        "zh_CN",
    ),
    KbText(
        "各支付方式的退款到账时间",
        "支付宝、微信支付退款几分钟到1天到账；银行卡3–10个工作日；银行转账1–3个工作日。"
        "请把支付记录中的退款流水号告诉客户。",
        "退款,支付宝,微信支付,银行卡",
        "zh_CN",
    ),
    KbText(
        "取消订单",
        "发货前订单都可以取消。未付款订单24小时后自动取消。已付款订单取消后全额退款，预占库存自动释放。",
        "取消,退款",
        "zh_CN",
    ),
    KbText(
        "开具发票",
        "电子发票在签收后2个工作日内开具。请向客户确认发票抬头和税号；发票开具后不能修改，只能红冲重开。",
        "发票",
        "zh_CN",
    ),
    KbText(
        "茶叶收到后如何保存",
        "绿茶：密封冷藏，12个月内喝完。乌龙茶、红茶：阴凉干燥，远离异味。普洱和白茶饼越陈越香，"
        "需通风存放，不要密封。",
        "茶叶,保存,商品",
        "zh_CN",
    ),
)
KB_ARTICLES: Final[tuple[KbText, ...]] = _KB_EN + _KB_ZH


# --- the packing station --------------------------------------------------------------------


class DemoPacker(NamedTuple):
    """A packer of the demo shop: the bench they mostly work at and how often they scan the wrong thing."""

    name: str
    bench: str
    mis_scan_rate: float  # chance of a wrong-item or unknown scan before a right one, per unit
    undo_rate: float  # chance per order of taking a counted scan back (and scanning it again)


PACKING_BENCHES: Final = ("Bench 1", "Bench 2", "Bench 3")
PACKERS: Final[tuple[DemoPacker, ...]] = (
    DemoPacker("packer", "Bench 1", 0.015, 0.02),
    DemoPacker("li.na", "Bench 2", 0.035, 0.04),
    DemoPacker("wang.wei", "Bench 3", 0.025, 0.03),
    DemoPacker("chen.jie", "Bench 1", 0.01, 0.015),  # the relief packer: at Bench 1 when packer is off
)
#: Whose day off it is, day by day in turn (packer works part time; the relief packer covers).
PACKER_DAYS_OFF: Final = ("packer", "packer", "li.na", "wang.wei", "chen.jie")
#: Codes a packer scans by mistake that are no product: a carrier label, a box, a bin label, a mistype.
UNKNOWN_CODES: Final = ("SF1234567890123", "6901234567892", "BOX-40x30x20", "A-03-2", "69200000", "0000000000000")
