package org.magnolianews.host.delivery;

/** What a GET on an endpoint asks for: a node, its children, or a query. */
public sealed interface DeliveryRequest {

    /** {@code /.rest/delivery/news/2017/11/item}: the node at the endpoint's rootPath + path. */
    record Read(String path) implements DeliveryRequest {
    }

    /** {@code /.rest/delivery/news/2017/11@nodes}: the node's children, as an array. */
    record Children(String path) implements DeliveryRequest {
    }

    /** {@code /.rest/delivery/news?…}: a query below the endpoint's rootPath. */
    record Query(DeliveryQuery query) implements DeliveryRequest {
    }
}
