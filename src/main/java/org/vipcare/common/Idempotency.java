package org.vipcare.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes a POST safe to retry: the first request with an {@code Idempotency-Key} runs and its response is stored in
 * the same transaction; a retry with the same key and body gets that response again (status, body, Location, ETag
 * and Content-Type alike), a different body gets 409.
 * The key row is inserted first, so a concurrent duplicate waits on it and then replays.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final VipCareConfig config;

    public Idempotency(EntityManager em, ObjectMapper json, Clock clock, VipCareConfig config) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    /** Runs {@code action} once per (actor, key); must be called inside the request's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response run(String key, String actor, String endpoint, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, "common.idempotency-key.length", "must be 1 to 200 characters");
        }
        String hash = hash(endpoint, request);
        Instant now = clock.instant();
        em.createNativeQuery("delete from idempotency_record where actor = ?1 and key = ?2 and created_at < ?3")
                .setParameter(1, actor).setParameter(2, key).setParameter(3, now.minus(config.idempotencyRetention()))
                .executeUpdate();
        int inserted = em.createNativeQuery("""
                insert into idempotency_record (actor, key, request_hash, created_at) values (?1, ?2, ?3, ?4)
                on conflict (actor, key) do nothing""")
                .setParameter(1, actor).setParameter(2, key).setParameter(3, hash).setParameter(4, now)
                .executeUpdate();
        if (inserted == 0) {
            return replay(actor, key, hash);
        }
        Response response = action.get();
        em.createNativeQuery("update idempotency_record set status = ?1, location = ?2, body = ?3, etag = ?4, "
                + "content_type = ?5 where actor = ?6 and key = ?7")
                .setParameter(1, response.getStatus())
                .setParameter(2, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(3, write(response.getEntity()))
                .setParameter(4, response.getEntityTag() == null ? null : response.getEntityTag().getValue())
                .setParameter(5, response.getEntity() == null ? null : contentType(response))
                .setParameter(6, actor).setParameter(7, key)
                .executeUpdate();
        return response;
    }

    private Response replay(String actor, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select request_hash, status, location, body, etag, content_type from idempotency_record "
                        + "where actor = ?1 and key = ?2")
                .setParameter(1, actor).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "common.idempotency-key.reused",
                    "Idempotency-Key " + key + " was used for a different request in the last "
                            + config.idempotencyRetention().toHours() + " hours.");
        }
        Response.ResponseBuilder builder = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            builder.location(URI.create((String) row[2]));
        }
        if (row[4] != null) {
            builder.tag((String) row[4]);
        }
        if (row[3] != null) {
            builder.entity(row[3]).type(row[5] == null ? JSON : (String) row[5]);
        }
        return builder.build();
    }

    /** The first answer's media type: the action's own, else JSON as the server writes it (with its charset). */
    private static String contentType(Response response) {
        MediaType type = response.getMediaType();
        return type == null ? JSON : type.toString();
    }

    /**
     * Deletes the stored answers whose body or Location contains {@code text} (an erased customer's id): a retry of
     * such a request is then a new request, and no replay hands out what was erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetAnswersNaming(String text) {
        return em.createNativeQuery("delete from idempotency_record where strpos(body, ?1) > 0 "
                + "or strpos(location, ?1) > 0").setParameter(1, text).executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void purgeExpired() {
        em.createNativeQuery("delete from idempotency_record where created_at < ?1")
                .setParameter(1, clock.instant().minus(config.idempotencyRetention())).executeUpdate();
    }

    private String hash(String endpoint, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(endpoint.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            String body = request instanceof String text ? text : write(request);
            digest.update(String.valueOf(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be stored for replay", e);
        }
    }
}
