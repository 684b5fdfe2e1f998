package org.vipcare.complaint.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.common.Text;
import org.vipcare.complaint.ComplaintCategoryDto;
import org.vipcare.complaint.ComplaintCategoryUpdate;

/** A complaint category's form as the browser sends it; field names are the API's. */
public class ComplaintCategoryForm {

    static final Set<String> FIELDS = Set.of("code", "nameEn", "nameZh", "sortOrder", "active");

    /** Only the new-category form sends it; an existing category's code is in the address. */
    @RestForm public String code;
    @RestForm public String nameEn;
    @RestForm public String nameZh;
    @RestForm public String sortOrder;
    @RestForm public String active;
    /** The version the user started editing from; sent to the service as If-Match. */
    @RestForm public String version;

    static ComplaintCategoryForm of(ComplaintCategoryDto category) {
        ComplaintCategoryForm form = new ComplaintCategoryForm();
        form.code = category.code();
        form.nameEn = category.nameEn();
        form.nameZh = category.nameZh();
        form.sortOrder = Integer.toString(category.sortOrder());
        form.active = Boolean.toString(category.active());
        form.version = Long.toString(category.version());
        return form;
    }

    /** A new category, active, listed after the others. */
    static ComplaintCategoryForm blank(int nextSortOrder) {
        ComplaintCategoryForm form = new ComplaintCategoryForm();
        form.sortOrder = Integer.toString(nextSortOrder);
        form.active = "true";
        return form;
    }

    ComplaintCategoryUpdate toUpdate(FormErrors errors, ConsoleMessages messages) {
        return new ComplaintCategoryUpdate(Text.trimToNull(nameEn), Text.trimToNull(nameZh),
                FormText.integer("sortOrder", sortOrder, errors, messages), FormText.ticked(active));
    }

    /** The code as the service will judge it: trimmed, in upper case as codes are written. */
    String typedCode() {
        return code == null ? null : code.trim().toUpperCase();
    }

    /** An If-Match value: the version as a strong ETag, or null when the form carries none. */
    String ifMatch() {
        return FormText.blank(version) ? null : "\"" + version.trim() + "\"";
    }

    public boolean activeTicked() {
        return FormText.ticked(active);
    }
}
