package org.vipcare.complaint.console;

import org.vipcare.console.FormErrors;
import java.util.List;
import org.vipcare.complaint.ComplaintCategoryDto;

/**
 * The complaint categories page: every category with its edit form, and the form for a new one. A refused form comes
 * back open with what was typed and its messages; the others show the stored categories.
 */
public record ComplaintCategoryPage(List<Row> rows, ComplaintCategoryForm newForm, FormErrors newErrors,
        boolean newOpen, String notice, Alert alert) {

    /** The page-wide messages a refused POST can earn. */
    public enum Alert {
        /** Someone saved the category since the form was loaded. */
        STALE,
        /** The form had invalid fields. */
        INVALID
    }

    public record Row(ComplaintCategoryDto category, ComplaintCategoryForm form, FormErrors errors, boolean open) {

        /** Prefix of the row's input ids, unique on the page ({@code billing-}). */
        public String prefix() {
            return category.code().toLowerCase().replace('_', '-') + "-";
        }
    }

    /** A form that was refused: which category (null: the new one), what was typed, and why. */
    record Refused(String code, ComplaintCategoryForm form, FormErrors errors, Alert alert) {

        static final Refused NONE = new Refused(null, null, null, null);
    }

    static ComplaintCategoryPage of(List<ComplaintCategoryDto> categories, String notice, Refused refused) {
        List<Row> rows = categories.stream().map(c -> {
            boolean failed = refused.form() != null && c.code().equals(refused.code());
            return new Row(c, failed ? refused.form() : ComplaintCategoryForm.of(c),
                    failed ? refused.errors() : new FormErrors(ComplaintCategoryForm.FIELDS), failed);
        }).toList();
        boolean newFailed = refused.form() != null && refused.code() == null;
        int next = categories.stream().mapToInt(ComplaintCategoryDto::sortOrder).max().orElse(0) + 1;
        return new ComplaintCategoryPage(rows, newFailed ? refused.form() : ComplaintCategoryForm.blank(next),
                newFailed ? refused.errors() : new FormErrors(ComplaintCategoryForm.FIELDS), newFailed, notice,
                refused.alert());
    }
}
