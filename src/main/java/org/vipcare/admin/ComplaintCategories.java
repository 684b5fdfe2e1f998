package org.vipcare.admin;

import java.util.List;
import org.vipcare.complaint.ComplaintCategory;

/** The active complaint categories (editable reference data) with their names in the user's language. */
public final class ComplaintCategories {

    public record Choice(String code, String name) {
    }

    private final List<Choice> choices;

    private ComplaintCategories(List<Choice> choices) {
        this.choices = choices;
    }

    static ComplaintCategories load(String languageTag) {
        boolean zh = languageTag.startsWith("zh");
        return new ComplaintCategories(ComplaintCategory.listActive().stream()
                .map(c -> new Choice(c.code, zh ? c.nameZh : c.nameEn)).toList());
    }

    public List<Choice> choices() {
        return choices;
    }

    /** The category's name; its code when it is no longer active. */
    public String nameOf(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).map(Choice::name).findFirst().orElse(code);
    }
}
