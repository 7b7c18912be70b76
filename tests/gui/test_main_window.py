"""The first window shows the newest orders and the stock from the services."""

from pytestqt.qtbot import QtBot

from desktop_oms.bootstrap import Services
from desktop_oms.domain.users import Actor
from desktop_oms.views.main_window import MainWindow
from tests.factories import add_products, import_orders, order, product


def test_the_window_lists_orders_newest_first_and_the_stock(qtbot: QtBot, sqlite_services: Services,
                                                            admin: Actor) -> None:
    add_products(sqlite_services, admin, product("TEA-1", 7))
    import_orders(sqlite_services, admin, order("OLD-1", ("TEA-1", 1), minutes=0),
                  order("NEW-1", ("TEA-1", 2), minutes=60))
    window = MainWindow(sqlite_services.orders, sqlite_services.stock, "test.db", admin)
    qtbot.addWidget(window)
    window.show()
    table = window.orders_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["NEW-1", "OLD-1"]
    assert table.item(0, 3).text() == "accepted"
    assert table.item(0, 4).text() == "20.00 CNY"
    window.tabs.setCurrentIndex(1)
    stock = window.stock_table
    assert [stock.item(0, c).text() for c in (0, 2, 3, 4)] == ["TEA-1", "7", "0", "7"]
