package org.vipcare.complaint.console;

import java.util.List;
import org.vipcare.complaint.ComplaintCategory;

/**
 * The complaint categories (editable reference data) with their names in the user's language: the active ones to
 * choose from, and every one, retired ones included, to name the categories of older complaints.
 */
public final class ComplaintCategories {

    public record Choice(String code, String name, boolean active) {
    }

    private final List<Choice> all;

    private ComplaintCategories(List<Choice> all) {
        this.all = all;
    }

    public static ComplaintCategories load(String languageTag) {
        boolean zh = languageTag.startsWith("zh");
        return new ComplaintCategories(ComplaintCategory.listInOrder().stream()
                .map(c -> new Choice(c.code, zh ? c.nameZh : c.nameEn, c.active)).toList());
    }

    /** The active categories, for new complaints and filters. */
    public List<Choice> choices() {
        return all.stream().filter(Choice::active).toList();
    }

    /** Every category in its sort order, retired ones included. */
    public List<Choice> all() {
        return all;
    }

    /** The category's name; its code when there is no such category. */
    public String nameOf(String code) {
        return all.stream().filter(c -> c.code().equals(code)).map(Choice::name).findFirst().orElse(code);
    }
}
