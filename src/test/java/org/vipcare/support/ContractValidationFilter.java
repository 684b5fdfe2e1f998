package org.vipcare.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds every {@code /api/**} exchange of the suite to the published document. The response is always checked: its
 * status must be documented and its headers, media type and body must match. The request is checked unless the
 * service refused it with a 4xx, since tests send bad input on purpose; the refusal itself must then be a documented
 * problem; so may the items a batch refuses in band (see {@link #refusedItems}). A violation fails the test that made
 * the request.
 * <p>
 * Every violation is also appended to {@code target/contract-violations.txt}, one line each, so that a run can be
 * counted by kind; {@code -Dcontract.record-only=true} only records them, to see all of a run's violations at once.
 * With {@code -Dcontract.proxy.port=N} requests go to that port instead, where a validating proxy (Prism, see
 * src/test/scripts/contract-proxy.sh) forwards them to the service under test.
 */
public final class ContractValidationFilter implements Filter {

    static final String PROXY_PORT = "contract.proxy.port";
    static final Path RECORD = Path.of("target", "contract-violations.txt");

    /** Built on first use: reading the document takes a second, and plain JUnit tests never need it. */
    static final class Validator {
        static final OpenApiInteractionValidator INSTANCE = OpenApiInteractionValidator
                .createForInlineApiSpecification(ContractDocument.asOpenApi30())
                .withLevelResolver(LevelResolver.create()
                        // a query parameter the document does not name is a gap in the document
                        .withLevel("validation.request.parameter.query.unexpected", Level.ERROR)
                        // so is a response field it does not list; a request may carry more than the schema names
                        .withLevel("validation.response.body.schema.additionalProperties", Level.ERROR)
                        .withLevel("validation.request.body.schema.additionalProperties", Level.IGNORE)
                        .build())
                .build();
    }

    private final Integer proxyPort = Integer.getInteger(PROXY_PORT);
    private final boolean recordOnly = Boolean.getBoolean("contract.record-only");

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        if (!request.getDerivedPath().startsWith("/api/")) {
            return context.next(request, responseSpec);
        }
        if (proxyPort != null) {
            request.port(proxyPort);
        }
        Response response = context.next(request, responseSpec);
        Request exchange = RestAssuredRequest.of(request);
        ValidationReport report = Validator.INSTANCE.validateResponse(exchange.getPath(), exchange.getMethod(),
                RestAssuredResponse.of(response));
        boolean refused = response.statusCode() >= 400 && response.statusCode() < 500;
        List<ValidationReport.Message> errors = new ArrayList<>(report.getMessages());
        if (!refused) {
            Set<String> refusedItems = refusedItems(response);
            Validator.INSTANCE.validateRequest(exchange).getMessages().stream()
                    .filter(message -> !refusedItems.contains(itemOf(message)))
                    .forEach(errors::add);
        }
        errors.removeIf(message -> message.getLevel() != Level.ERROR);
        if (!errors.isEmpty()) {
            record(exchange, response, errors);
            if (!recordOnly) {
                throw new AssertionError(describe(exchange, response, errors));
            }
        }
        return response;
    }

    /**
     * A batch (consumption records) refuses its bad items in band: a 200 whose {@code rejected[].index} names them.
     * Those items may break the document like the body of a 4xx may; the rest of the batch may not.
     */
    private static Set<String> refusedItems(Response response) {
        String type = response.contentType();
        if (type == null || !type.startsWith("application/json") || !response.asString().trim().startsWith("{")
                || !response.asString().contains("\"rejected\"")) {
            return Set.of();
        }
        List<Object> indexes = response.jsonPath().getList("rejected.index");
        return indexes == null ? Set.of()
                : indexes.stream().map(index -> "/" + index).collect(Collectors.toSet());
    }

    /** The batch item a request-body message is about ({@code /3} for {@code /3/amount}), or "". */
    private static String itemOf(ValidationReport.Message message) {
        String pointer = message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance).orElse("");
        int end = pointer.indexOf('/', 1);
        return end < 0 ? pointer : pointer.substring(0, end);
    }

    private static synchronized void record(Request exchange, Response response,
            List<ValidationReport.Message> errors) {
        String lines = errors.stream().map(message -> String.join("\t", exchange.getMethod().name(),
                exchange.getPath(), String.valueOf(response.statusCode()), message.getKey(),
                message.getMessage().replaceAll("\\s+", " ")) + "\n").collect(Collectors.joining());
        try {
            Files.writeString(RECORD, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Request exchange, Response response, List<ValidationReport.Message> errors) {
        return errors.stream().map(message -> "  - " + message.getKey() + ": " + message.getMessage()
                        + message.getAdditionalInfo().stream().map(info -> "\n      " + info)
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n", exchange.getMethod() + " " + exchange.getPath() + " -> "
                        + response.statusCode() + " breaks docs/openapi.yaml (" + errors.size() + "):\n", ""));
    }
}
