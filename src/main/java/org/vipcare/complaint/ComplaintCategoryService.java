package org.vipcare.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.vipcare.common.ETags;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;

/**
 * The complaint categories as editable reference data. A PUT creates a category or replaces one (with the version it
 * was read at); categories are never deleted, only retired, because old complaints keep naming them.
 */
@ApplicationScoped
@Transactional
public class ComplaintCategoryService {

    /** What a PUT did: the category as saved, and whether it was new. */
    public record Saved(ComplaintCategory category, boolean created) {
    }

    private final EntityManager em;
    private final Clock clock;

    public ComplaintCategoryService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Every category in its sort order; with {@code activeOnly} those that take new complaints. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintCategory> list(boolean activeOnly) {
        return activeOnly ? ComplaintCategory.listActive() : ComplaintCategory.listInOrder();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplaintCategory get(String code) {
        requireCodeFormat(code);
        return ComplaintCategory.<ComplaintCategory>findByIdOptional(code)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "complaint.category.not-found",
                        "No complaint category " + code + "."));
    }

    /** Creates the category, or changes it if {@code ifMatch} names its current version (428 without, 412 stale). */
    public Saved put(String code, ComplaintCategoryUpdate input, String ifMatch, String actor) {
        requireCodeFormat(code);
        Instant now = clock.instant();
        ComplaintCategory category = ComplaintCategory.findForUpdate(code).orElse(null);
        boolean created = category == null;
        if (created) {
            category = new ComplaintCategory();
            category.code = code;
            category.createdAt = now;
        } else {
            ETags.requireMatch(ifMatch, category.version, "complaint category " + code);
        }
        category.nameEn = input.nameEn().trim();
        category.nameZh = input.nameZh().trim();
        category.sortOrder = input.sortOrder().shortValue();
        category.active = input.active() == null || input.active();
        category.updatedAt = now;
        category.updatedBy = actor;
        if (created) {
            category.persist();
        }
        em.flush();
        return new Saved(category, created);
    }

    private static void requireCodeFormat(String code) {
        if (code == null || !ComplaintCategory.CODE.matcher(code).matches()) {
            throw ProblemException.invalid("code", "complaint.category.code-format",
                    "must be 2 to 30 upper-case letters, digits or underscores, "
                    + "starting with a letter, like BILLING");
        }
    }
}
