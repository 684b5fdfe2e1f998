package org.vipcare.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single place where exceptions become responses: problem+json under /api, the error page in the console.
 * Never a stack trace, never a class name.
 */
public class ProblemMapper {

    private final Template errorPage;
    private final TransientFailures transientFailures;

    public ProblemMapper(@Location("error.html") Template errorPage, TransientFailures transientFailures) {
        this.errorPage = errorPage;
        this.transientFailures = transientFailures;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(request, e);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage(), ProblemTexts.constraintCode(v)))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(request, new ProblemException(ProblemType.VALIDATION, Problem.Violations.CODE,
                Problem.Violations.DETAIL, violations));
    }

    @ServerExceptionMapper({ JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class })
    public Response unreadable(JsonMappingException e, HttpServerRequest request) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        Problem.Violation violation = new Problem.Violation(field, "has a value of the wrong type",
                "common.wrong-type");
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            violation = new Problem.Violation(field, "must be one of "
                    + Arrays.toString(format.getTargetType().getEnumConstants()), "common.not-one-of")
                    .with("allowed", List.of(format.getTargetType().getEnumConstants()));
        } else if (e instanceof StorableInputModule.RefusedValueException refused) {
            violation = new Problem.Violation(field, refused.reason, "common.unstorable-value");
        } else if (e instanceof UnrecognizedPropertyException) {
            violation = new Problem.Violation(field, "is not a known field", "common.unknown-field");
        }
        List<Problem.Violation> violations = field.isEmpty() ? List.of() : List.of(violation);
        return respond(request, new ProblemException(ProblemType.VALIDATION, "common.unreadable",
                "The request body could not be read.", violations));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, HttpServerRequest request) {
        return respond(request, ProblemType.VALIDATION, "common.malformed-json", "The request body is not valid JSON.");
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException e, HttpServerRequest request) {
        // The account could not be read because the database is away: that is no verdict on the credentials.
        Optional<TransientFailure> transientFailure = TransientFailure.of(e);
        if (transientFailure.isPresent()) {
            return unavailable(transientFailure.get(), e, request);
        }
        // The console answers a failed form login or an expired session with its login page, never a 401 body.
        if (request.path().equals("/j_security_check")) {
            return Response.status(Response.Status.FOUND).location(URI.create("/admin/login?error=true")).build();
        }
        if (request.path().startsWith("/admin")) {
            return Response.status(Response.Status.FOUND).location(URI.create("/admin/login")).build();
        }
        return respond(request, ProblemType.UNAUTHENTICATED, "security.unauthenticated",
                "A valid bearer token is required.", Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, ProblemType.FORBIDDEN, "security.forbidden", "Your role does not allow this.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        if (e instanceof NotFoundException) {
            return respond(request, ProblemType.NOT_FOUND, "common.nothing-here", "Nothing is here.");
        }
        if (e instanceof NotAllowedException) {
            return respond(request, ProblemType.METHOD_NOT_ALLOWED, "common.method-not-allowed",
                    "This method is not allowed here.");
        }
        if (e instanceof NotSupportedException) {
            return respond(request, ProblemType.UNSUPPORTED_MEDIA_TYPE, "common.unsupported-media-type",
                    "This content type is not accepted here.");
        }
        if (e instanceof NotAcceptableException) {
            return respond(request, ProblemType.NOT_ACCEPTABLE, "common.not-acceptable",
                    "No acceptable representation.");
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.error("Request failed", e);
            return respond(request, ProblemType.INTERNAL, "common.internal", "Something went wrong on our side.");
        }
        return respond(request, ProblemType.VALIDATION, "common.bad-request", "The request could not be understood.");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        Optional<TransientFailure> transientFailure = TransientFailure.of(e);
        if (transientFailure.isPresent()) {
            return unavailable(transientFailure.get(), e, request);
        }
        // A unique key taken by a concurrent request surfaces only at flush or commit, wrapped.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // The connection closed before the body arrived (the client left, or a shutdown ended its wait): nobody
            // is there to read an answer, and nothing was done. One line, no stack trace.
            if (cause instanceof ClosedChannelException) {
                Log.infof("Connection closed before the request was read: %s %s", request.method().name(),
                        request.path());
                return respond(request, ProblemType.UNAVAILABLE, "common.connection-closed",
                        "The connection closed before the request was read.", Map.of(SharedHeaders.RETRY_AFTER, "1"));
            }
            // Two writers passed the same version check and the second one's flush found the row changed: the same
            // answer as a stale If-Match when the client sent one, a conflict to re-read and retry when it did not.
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                boolean conditional = request.getHeader(HttpHeaders.IF_MATCH) != null;
                return respond(request, conditional ? ProblemType.PRECONDITION_FAILED : ProblemType.CONFLICT,
                        "common.changed-meanwhile",
                                "The record was changed by another request meanwhile; read it again and retry.");
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && "23505".equals(violation.getSQLState())) {
                return respond(request, ProblemType.DUPLICATE, "common.duplicate",
                        "A record with the same unique key already exists.");
            }
            // Class 22 is PostgreSQL's "data exception": a value it cannot store (a NUL, a date out of its range, a
            // number or text too long). Input checks catch these first; whatever slips past is still bad input.
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                Log.warnf("Input the database refused reached it (SQLState %s): %s", sql.getSQLState(),
                        request.path());
                return respond(request, ProblemType.VALIDATION, "common.unstorable",
                        "The request holds a value that cannot be stored.");
            }
        }
        Log.error("Request failed", e);
        return respond(request, ProblemType.INTERNAL, "common.internal", "Something went wrong on our side.");
    }

    /** 503 with Retry-After: the database is away or the request lost a race more often than the retries allow. */
    private Response unavailable(TransientFailure failure, Exception e, HttpServerRequest request) {
        long seconds = transientFailures.answered(failure, request.method().name(), request.path(), e);
        String detail = failure.outage ? "The service cannot reach its database just now; try again shortly."
                : "The request met concurrent changes and could not complete; try again shortly.";
        return respond(request, ProblemType.UNAVAILABLE,
                failure.outage ? "common.unavailable.outage" : "common.unavailable.contention", detail,
                        Map.of(SharedHeaders.RETRY_AFTER, Long.toString(seconds)));
    }

    private Response respond(HttpServerRequest request, ProblemType type, String code, String detail) {
        return respond(request, type, code, detail, Map.of());
    }

    private Response respond(HttpServerRequest request, ProblemType type, String code, String detail,
            Map<String, String> headers) {
        return respond(request, new ProblemException(type, code, detail, List.of(), headers));
    }

    private Response respond(HttpServerRequest request, ProblemException problem) {
        ProblemType type = problem.type;
        List<Problem.Violation> violations = problem.violations;
        String path = request.path();
        Response.ResponseBuilder builder = Response.status(type.status);
        problem.headers.forEach(builder::header);
        if (path.startsWith("/admin")) {
            String page = errorPage.data("status", type.status).data("problem", problem).render();
            return builder.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
        }
        Problem body = new Problem(type.uri(), type.title, type.status, problem.getMessage(), path, problem.code,
                violations.isEmpty() ? null : violations, problem.members);
        return builder.type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** "create.body.phones.mobile" becomes "phones.mobile"; a bare query parameter keeps its own name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && !field.isEmpty()) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "request";
    }
}
