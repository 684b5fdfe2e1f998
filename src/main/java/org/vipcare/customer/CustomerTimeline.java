package org.vipcare.customer;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.common.Page;
import org.vipcare.common.SqlValues;
import org.vipcare.common.PageRequest;

/**
 * A customer's behaviour, newest first, merged from every table that records a contact or a transaction. Each kind
 * is one branch of the union below. Entries about another feature's objects show only what the caller may read of
 * them ({@link TimelineSource}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerTimeline {

    // Each branch: at, kind, summary (English, the API's line), ref_id, then the facts the console renders in the
    // reader's language: action, from_state, to_state, qualifier, amount, detail, actor_id.
    private static final String EVENTS = """
            select occurred_at as at, 'CONSUMPTION' as kind,
                   kind || case when amount > 0 then ' ' || amount::text else '' end
                        || case when purpose <> 'USAGE' then ' ' || purpose else '' end as summary, id as ref_id,
                   kind as action, null as from_state, null as to_state,
                   case when purpose <> 'USAGE' then purpose end as qualifier,
                   case when amount > 0 then amount end as amount, null as detail, cast(null as uuid) as actor_id
              from consumption_record where customer_id = ?1
            union all
            select changed_at, 'TIER_CHANGE', coalesce(from_tier, '-') || ' -> ' || to_tier || ': ' || reason, id,
                   cause, from_tier, to_tier, null, null, case when cause is null then reason end, null
              from tier_history where customer_id = ?1
            union all
            select e.at, 'COMPLAINT',
                   case when e.kind = 'RECEIVED' then 'RECEIVED ' || c.category || ': ' || c.summary
                        else e.kind || case when e.from_status <> e.to_status
                                            then ' ' || e.from_status || ' -> ' || e.to_status else '' end
                             || coalesce(': ' || e.note, '') end,
                   c.id,
                   e.kind, e.from_status, e.to_status,
                   case when e.kind = 'RECEIVED' then c.category
                        when e.kind = 'ESCALATED' then nullif(concat_ws(' ', case when e.contact_missed then 'CONTACT' end,
                                                                      case when e.feedback_missed then 'FEEDBACK' end), '')
                        when e.feedback_given then 'FEEDBACK_GIVEN' end,
                   null, case when e.kind = 'RECEIVED' then c.summary else e.note end, e.actor_id
              from complaint_event e join complaint c on c.id = e.complaint_id where c.customer_id = ?1
            union all
            select e.at, 'RETENTION_CASE',
                   e.kind || case when e.from_stage is null then ' ' || e.to_stage
                                  when e.from_stage <> e.to_stage then ' ' || e.from_stage || ' -> ' || e.to_stage
                                  else '' end
                          || coalesce(': ' || e.note, ''),
                   r.id,
                   e.kind, e.from_stage, e.to_stage,
                   case e.kind when 'PROBED' then e.real_reason when 'AGREED' then r.agreement_method
                               when 'CLOSED' then r.outcome end,
                   null, coalesce(e.remark, o.description), e.actor_id
              from retention_event e join retention_case r on r.id = e.case_id
              left join retention_offer o on o.id = e.offer_id
             where r.customer_id = ?1
            union all
            select a.at, 'FOLLOW_UP_ATTEMPT',
                   f.purpose || ' call: ' || a.outcome
                       || coalesce(', satisfaction ' || a.satisfaction::text, '')
                       || coalesce(', problem: ' || a.problem, ''),
                   f.id,
                   a.outcome, null, null, f.purpose, a.satisfaction, a.problem, a.by_user_id
              from follow_up_attempt a join follow_up f on f.id = a.follow_up_id where f.customer_id = ?1
            union all
            select e.at, 'FOLLOW_UP_CHANGE',
                   f.purpose || ' call ' || e.kind
                       || case when e.kind = 'RESCHEDULED'
                               then ' to ' || to_char(e.to_due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                               when e.kind <> 'CANCELLED' then ' to ' || coalesce(ta.display_name, '-') else '' end
                       || coalesce(': ' || e.note, ''),
                   f.id,
                   e.kind,
                   case when e.kind = 'RESCHEDULED'
                        then to_char(e.from_due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                        else fa.display_name end,
                   case when e.kind = 'RESCHEDULED'
                        then to_char(e.to_due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                        else ta.display_name end,
                   f.purpose, null, e.note, e.by_user_id
              from follow_up_event e join follow_up f on f.id = e.follow_up_id
              left join app_user fa on fa.id = e.from_assignee_id
              left join app_user ta on ta.id = e.to_assignee_id
             where e.customer_id = ?1
            union all
            select p.created_at, 'PRODUCT', p.kind || ' ' || p.status || ': ' || p.name, p.id,
                   p.kind, null, p.status, null, null, p.name, null
              from product p where p.customer_id = ?1
            union all
            select v.created_at, 'VISIT',
                   'visit PLANNED for ' || to_char(v.planned_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                       || ': ' || v.purpose, v.id,
                   'PLANNED', null, to_char(v.planned_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), null, null,
                   v.purpose, v.manager_id
              from visit v where v.customer_id = ?1
            union all
            select coalesce(v.visited_at, v.updated_at), 'VISIT', 'visit ' || v.status || coalesce(': ' || v.summary, ''),
                   v.id, v.status, null, null, null, null, coalesce(v.summary, v.purpose), v.manager_id
              from visit v where v.customer_id = ?1 and v.status <> 'PLANNED'
            union all
            select e.at, 'CONTACT', 'Contact ' || e.kind || ' (' || e.buying_role || '): ' || e.name, e.contact_id,
                   e.kind, null, e.buying_role, null, null, e.name, e.actor_id
              from customer_contact_event e where e.customer_id = ?1
            """;

    private final EntityManager em;
    private final Map<TimelineKind, TimelineSource> sources;

    public CustomerTimeline(EntityManager em, @All List<TimelineSource> sources) {
        this.em = em;
        this.sources = sources.stream().collect(Collectors.toMap(TimelineSource::kind, source -> source));
    }

    public Page<TimelineEvent> of(UUID customerId, PageRequest request) {
        PageRequest.Paging paging = request.resolve(Map.of("at", "at"), "at desc");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select at, kind, summary, ref_id, action, from_state, to_state, qualifier, amount, detail, actor_id from (" + EVENTS
                + ") e order by " + paging.orderBy() + ", ref_id limit ?2 offset ?3")
                .setParameter(1, customerId).setParameter(2, paging.size()).setParameter(3, paging.offset())
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from (" + EVENTS + ") e")
                .setParameter(1, customerId).getSingleResult()).longValue();
        List<TimelineEvent> items = rows.stream().map(r -> new TimelineEvent(SqlValues.instant(r[0]),
                TimelineKind.valueOf((String) r[1]), (String) r[2], (UUID) r[3], false, (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (BigDecimal) r[8], (String) r[9], (UUID) r[10])).toList();
        return new Page<>(shownToCaller(items), paging.page(), paging.size(), total);
    }

    /**
     * The entries whose source object the caller may not read, under that object's own rule, reduced to kind and
     * time. A kind with its own rule but no source to ask is withheld too.
     */
    private List<TimelineEvent> shownToCaller(List<TimelineEvent> items) {
        Map<TimelineKind, Set<UUID>> readable = new EnumMap<>(TimelineKind.class);
        items.stream().filter(e -> e.kind().hasOwnReadRule)
                .collect(Collectors.groupingBy(TimelineEvent::kind, Collectors.mapping(TimelineEvent::refId,
                        Collectors.toSet())))
                .forEach((kind, ids) -> readable.put(kind,
                        sources.containsKey(kind) ? sources.get(kind).readable(ids) : Set.of()));
        return items.stream().map(e -> !e.kind().hasOwnReadRule || readable.get(e.kind()).contains(e.refId()) ? e
                : e.withheldFromCaller()).toList();
    }

}
