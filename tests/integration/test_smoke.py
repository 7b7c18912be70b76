from desktop_oms.bootstrap import Services


def test_a_fresh_database_gets_the_schema_and_the_main_warehouse(services: Services, admin) -> None:
    assert services.orders.list_orders(actor=admin) == []
    assert services.stock.list_stock(actor=admin) == []
