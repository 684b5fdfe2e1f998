package org.vipcare.product.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.product.ProductKind;
import org.vipcare.product.ProductStatus;

/** The texts of the product feature ({@code messages/product*.properties}): the customer page's Products section. */
@MessageBundle(value = "product", locale = "en")
public interface ProductMessages {

    @Message String section_products();
    @Message String products_none();
    @Message String product_add();
    @Message String product_edit();
    @Message String product_delete();
    @Message String product_delete_confirm();
    @Message String form_new_title();
    @Message String form_edit_title(String name);
    @Message String form_stale();
    @Message String field_kind();
    @Message String field_name();
    @Message String field_identifier();
    @Message String field_identifier_hint();
    @Message String field_started_at();
    @Message String field_ends_at();
    @Message String field_status();
    @Message String masked_note();
    @Message String kind(ProductKind kind);
    @Message String status(ProductStatus status);
    @Message String timeline_product(String kind, String name, String status);
}
