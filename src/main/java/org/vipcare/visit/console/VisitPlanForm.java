package org.vipcare.visit.console;

import jakarta.ws.rs.FormParam;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.vipcare.common.Text;
import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.ConsoleTime;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import org.vipcare.visit.VisitChecklistItem;
import org.vipcare.visit.VisitCreate;

/** The "Plan a visit" form as typed: the checklist one item per line, prefilled with the reference items. */
public class VisitPlanForm {

    static final Set<String> FIELDS = Set.of("plannedAt", "purpose", "contactIds", "checklist");

    @FormParam("plannedAt")
    public String plannedAt;
    @FormParam("purpose")
    public String purpose;
    @FormParam("contactId")
    public List<String> contactIds = new ArrayList<>();
    @FormParam("checklist")
    public String checklist;

    static VisitPlanForm blank(List<VisitChecklistItem> defaults) {
        VisitPlanForm form = new VisitPlanForm();
        form.checklist = String.join("\n", defaults.stream().map(VisitChecklistItem::item).toList());
        return form;
    }

    public boolean ticked(UUID contactId) {
        return contactIds != null && contactIds.contains(contactId.toString());
    }

    /** The visit to plan; lines equal to a reference item's text keep its key. */
    VisitCreate toInput(List<VisitChecklistItem> defaults, ZoneId zone, FormErrors errors, ConsoleMessages messages) {
        Instant at = ConsoleTime.read("plannedAt", plannedAt, zone, errors, messages.invalid_date_time());
        List<UUID> contacts = new ArrayList<>();
        for (String id : contactIds == null ? List.<String>of() : contactIds) {
            UUID contact = FormText.uuid("contactIds", id, errors, messages);
            if (contact != null) {
                contacts.add(contact);
            }
        }
        List<VisitChecklistItem> items = new ArrayList<>();
        for (String line : (checklist == null ? "" : checklist).split("\\R")) {
            String text = Text.trimToNull(line);
            if (text != null) {
                String key = defaults.stream().filter(d -> d.item().equals(text)).map(VisitChecklistItem::key)
                        .findFirst().orElse(null);
                items.add(new VisitChecklistItem(key, text, false));
            }
        }
        return new VisitCreate(at, Text.trimToNull(purpose), contacts, items);
    }
}
