package org.vipcare.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.vipcare.common.ETags;
import org.vipcare.common.Problem;
import org.vipcare.common.SqlValues;
import org.vipcare.common.Text;

/**
 * The reference preparation checklist (table visit_checklist, V41): one versioned list, each item in English and
 * Chinese under a stable key. Read by staff, replaced by admins; a visit planned without a checklist copies it in
 * the planner's language.
 */
@ApplicationScoped
@Transactional
public class VisitChecklists {

    private static final TypeReference<List<VisitChecklistEntry>> ITEMS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public VisitChecklists(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitChecklistDto read() {
        Object[] row = (Object[]) em.createNativeQuery(
                "select cast(items as text), updated_at, version from visit_checklist where id = 1").getSingleResult();
        try {
            return new VisitChecklistDto(json.readValue((String) row[0], ITEMS), SqlValues.instant(row[1]),
                    ((Number) row[2]).longValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("visit_checklist.items is not a list of items", e);
        }
    }

    /** The items a visit starts from, in the language of {@code languageTag} (zh* Chinese, else English). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitChecklistItem> defaults(String languageTag) {
        return read().items().stream().map(e -> new VisitChecklistItem(e.key(), e.text(languageTag), false)).toList();
    }

    /** Replaces the list if {@code ifMatch} names its version; items without a key get a new one. */
    public VisitChecklistDto replace(VisitChecklistInput input, String ifMatch) {
        long version = ((Number) em.createNativeQuery("select version from visit_checklist where id = 1 for update")
                .getSingleResult()).longValue();
        ETags.requireMatch(ifMatch, version, "visit checklist");
        Set<String> keys = new HashSet<>();
        Problem.Violations violations = new Problem.Violations();
        List<VisitChecklistEntry> items = new ArrayList<>();
        for (int i = 0; i < input.items().size(); i++) {
            VisitChecklistEntry entry = input.items().get(i);
            String key = Text.trimToNull(entry.key());
            if (key == null) {
                key = "item-" + UUID.randomUUID().toString().substring(0, 8);
            }
            if (!keys.add(key)) {
                violations.add("items[" + i + "].key", "visit.checklist.duplicate-key", "is used by another item");
            }
            items.add(new VisitChecklistEntry(key, entry.en().trim(), entry.zh().trim()));
        }
        violations.throwIfAny();
        Instant now = clock.instant();
        try {
            em.createNativeQuery("update visit_checklist set items = cast(?1 as jsonb), updated_at = ?2, "
                    + "version = version + 1 where id = 1").setParameter(1, json.writeValueAsString(items))
                    .setParameter(2, now).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new VisitChecklistDto(items, now, version + 1);
    }
}
