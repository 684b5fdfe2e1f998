package org.vipcare.product.console;

import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.vipcare.common.Text;
import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import org.vipcare.product.ProductDto;
import org.vipcare.product.ProductInput;
import org.vipcare.product.ProductKind;
import org.vipcare.product.ProductStatus;

/** The product form's fields as typed; {@code version} rides along as If-Match. */
public class ProductForm {

    static final Set<String> FIELDS = Set.of("kind", "name", "identifier", "startedAt", "endsAt", "status");

    @FormParam("kind")
    public String kind;
    @FormParam("name")
    public String name;
    @FormParam("identifier")
    public String identifier;
    @FormParam("startedAt")
    public String startedAt;
    @FormParam("endsAt")
    public String endsAt;
    @FormParam("status")
    public String status;
    @FormParam("version")
    public String version;

    static ProductForm blank() {
        ProductForm form = new ProductForm();
        form.kind = ProductKind.SERVICE.name();
        form.status = ProductStatus.ACTIVE.name();
        return form;
    }

    static ProductForm of(ProductDto p) {
        ProductForm form = new ProductForm();
        form.kind = FormText.text(p.kind());
        form.name = p.name();
        form.identifier = p.identifier();
        form.startedAt = FormText.text(p.startedAt());
        form.endsAt = FormText.text(p.endsAt());
        form.status = FormText.text(p.status());
        form.version = Long.toString(p.version());
        return form;
    }

    ProductInput toInput(FormErrors errors, ConsoleMessages messages) {
        return new ProductInput(FormText.choice("kind", ProductKind.class, kind, errors, messages),
                Text.trimToNull(name), Text.trimToNull(identifier), date("startedAt", startedAt, errors, messages),
                date("endsAt", endsAt, errors, messages),
                FormText.choice("status", ProductStatus.class, status, errors, messages));
    }

    private static LocalDate date(String field, String text, FormErrors errors, ConsoleMessages messages) {
        if (FormText.blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, messages.invalid_date());
            return null;
        }
    }
}
