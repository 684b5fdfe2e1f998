package org.vipcare.customer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.vipcare.common.CsvCells;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemTexts;
import org.vipcare.common.ProblemType;
import org.vipcare.common.VipCareConfig;
import org.vipcare.common.SqlList;
import org.vipcare.common.StorableInput;
import org.vipcare.security.Masking;
import org.vipcare.security.User;
import org.vipcare.tier.LifecycleStage;
import org.vipcare.tier.TierHistory;

/**
 * Customers in and out as CSV. Import keeps the good rows and reports the bad ones by line, and is idempotent on
 * externalRef (a known reference updates the columns given). Export streams straight from a database cursor,
 * masked.
 */
@ApplicationScoped
public class CustomerCsv {

    static final List<String> IMPORT_COLUMNS = List.of("externalRef", "name", "type", "mobile", "office", "home",
            "email", "address", "birthday", "paymentType", "joinedAt", "preferredChannel", "managerUsername",
            "idDocumentType", "idDocumentNumber", "enterpriseClass", "industry", "memberCount", "interests");
    /** How the interests column separates its tags. */
    static final String INTEREST_SEPARATOR = ";";
    /** How many misaligned lines a refused file names. */
    static final int MISALIGNED_REPORTED = 20;
    static final List<String> REQUIRED_COLUMNS = List.of("externalRef", "name", "type");
    static final List<String> EXPORT_COLUMNS = List.of("id", "externalRef", "name", "type", "mobile", "office", "home",
            "paymentType", "joinedAt", "preferredChannel", "managerId", "tier", "watch", "valueClass", "loyaltyType",
            "lifecycleStage", "tenureMonths", "enterpriseClass", "industry", "memberCount");

    private final CustomerService customers;
    private final Validator validator;
    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final int maxRows;

    public CustomerCsv(CustomerService customers, Validator validator, AgroalDataSource dataSource, Clock clock,
            VipCareConfig config) {
        this.customers = customers;
        this.validator = validator;
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxRows = config.imports().maxRows();
    }

    @Transactional
    public ImportResult importCsv(String body) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        String text = body == null ? "" : stripBom(body);
        refuseNonText(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header);
            List<CSVRecord> records = records(parser, header.size());
            // Rows are written in externalRef order, so that two imports sharing refs insert and lock them in the same
            // order and one waits for the other instead of both deadlocking; refused lines are still listed by line.
            records.sort(Comparator.comparing(record -> record.get("externalRef")));
            Map<String, Customer> known = existing(records);
            Map<String, UUID> managers = new HashMap<>();
            int created = 0;
            int updated = 0;
            List<ImportResult.RejectedLine> rejected = new ArrayList<>();
            for (CSVRecord record : records) {
                long line = record.getRecordNumber() + 1;
                Problem.Violations violations = new Problem.Violations();
                Customer customer = known.get(record.get("externalRef"));
                CustomerInput input = toInput(record, header, customer, managers, violations);
                if (input != null) {
                    validator.validate(input).stream()
                            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                            .forEach(v -> violations.add(column(v.getPropertyPath().toString()),
                                    ProblemTexts.constraintCode(v), v.getMessage()));
                }
                if (!violations.isEmpty()) {
                    rejected.add(new ImportResult.RejectedLine(line, violations.list()));
                    continue;
                }
                boolean isNew = customer == null;
                Customer target = isNew ? new Customer() : customer;
                try {
                    customers.apply(target, input, input.managerId());
                } catch (ProblemException e) {
                    // a refusal without fields (none so far) is reported as the line's own
                    rejected.add(new ImportResult.RejectedLine(line, e.violations.isEmpty()
                            ? List.of(new Problem.Violation("line", e.getMessage(), e.code))
                            : e.violations.stream()
                            .map(v -> new Problem.Violation(column(v.field()), v.message(), v.code(), v.args()))
                            .toList()));
                    continue;
                }
                if (isNew) {
                    target.stampNew(clock.instant());
                    target.persist();
                    TierHistory.firstTier(target.id, target.createdAt).persist();
                    known.put(target.externalRef, target);
                    created++;
                } else {
                    target.updatedAt = clock.instant();
                    updated++;
                }
            }
            rejected.sort(Comparator.comparingLong(ImportResult.RejectedLine::line));
            return new ImportResult(created, updated, rejected);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports an unterminated quote as an I/O error, wrapped when it comes from the iterator.
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw ProblemException.invalid("body", "customer.import.unreadable",
                    "is not readable CSV: " + cause.getMessage());
        }
    }

    /** A file that is not text (a NUL, other control characters) is refused whole; PostgreSQL would refuse a NUL. */
    private static void refuseNonText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw ProblemException.invalid("body", "customer.import.control-character",
                        "is not CSV text: control character U+"
                        + String.format("%04X", (int) c) + " at offset " + i);
            }
        }
    }

    /**
     * The rows, refused whole when there are more than vipcare.import.max-rows (413, counted as they are read) or
     * when a row's values do not line up with the header (400 naming the lines).
     */
    private List<CSVRecord> records(CSVParser parser, int columns) {
        List<CSVRecord> records = new ArrayList<>();
        Problem.Violations misaligned = new Problem.Violations();
        for (CSVRecord record : parser) {
            if (records.size() == maxRows) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "customer.import.too-many-rows",
                        "A CSV import takes at most " + maxRows
                        + " rows (vipcare.import.max-rows); split the file.");
            }
            if (record.size() != columns && misaligned.list().size() < MISALIGNED_REPORTED) {
                misaligned.add("line " + (record.getRecordNumber() + 1), "customer.import.misaligned",
                        "has " + record.size() + " values for " + columns + " columns");
            }
            records.add(record);
        }
        misaligned.throwIfAny();
        return records;
    }

    private static void checkHeader(List<String> header) {
        Problem.Violations violations = new Problem.Violations();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!IMPORT_COLUMNS.contains(column)) {
                violations.add(column, "customer.import.unknown-column",
                        "is not a known column; allowed: " + String.join(",", IMPORT_COLUMNS));
            } else if (!seen.add(column)) {
                violations.add(column, "customer.import.column-twice", "appears twice");
            }
        }
        for (String column : REQUIRED_COLUMNS) {
            if (!header.contains(column)) {
                violations.add(column, "customer.import.column-required", "column is required");
            }
        }
        violations.throwIfAny();
    }

    private static Map<String, Customer> existing(List<CSVRecord> records) {
        Set<String> refs = records.stream().map(r -> r.get("externalRef"))
                .filter(ref -> !ref.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Customer> known = new HashMap<>();
        if (!refs.isEmpty()) {
            Customer.<Customer>list("externalRef in ?1 and erasedAt is null", refs)
                    .forEach(c -> known.put(c.externalRef, c));
        }
        return known;
    }

    /** The input this row stands for: the existing customer's data with the row's columns laid over it. */
    private static CustomerInput toInput(CSVRecord record, List<String> header, Customer existing,
            Map<String, UUID> managers, Problem.Violations violations) {
        Map<String, String> row = new HashMap<>();
        header.forEach(column -> row.put(column, record.get(column).isEmpty() ? null : record.get(column)));
        if (row.get("externalRef") == null) {
            violations.add("externalRef", "common.required", "must not be blank");
        }
        CustomerInput base = existing == null ? null : CustomerInput.from(existing);
        Function<String, String> text = column -> header.contains(column) ? row.get(column)
                : base == null ? null : field(base, column);
        UUID managerId = existing == null ? null : existing.managerId;
        if (header.contains("managerUsername")) {
            String username = row.get("managerUsername");
            managerId = username == null ? null : managers.computeIfAbsent(username,
                    u -> User.findByUsername(u).map(user -> user.id).orElse(null));
            if (username != null && managerId == null) {
                violations.add("managerUsername", "customer.import.unknown-user", "is not a known user");
            }
        }
        CustomerType type = parseEnum(CustomerType.class, "type", text.apply("type"), violations);
        PaymentType paymentType = parseEnum(PaymentType.class, "paymentType", text.apply("paymentType"), violations);
        ContactChannel channel = parseEnum(ContactChannel.class, "preferredChannel", text.apply("preferredChannel"),
                violations);
        LocalDate birthday = parseDate("birthday", text.apply("birthday"), violations);
        LocalDate joinedAt = parseDate("joinedAt", text.apply("joinedAt"), violations);
        EnterpriseClass enterpriseClass = parseEnum(EnterpriseClass.class, "enterpriseClass",
                text.apply("enterpriseClass"), violations);
        IdDocumentType idType = parseEnum(IdDocumentType.class, "idDocumentType", text.apply("idDocumentType"),
                violations);
        String idNumber = text.apply("idDocumentNumber");
        CustomerInput.IdDocument idDocument = idType == null && idNumber == null ? null
                : new CustomerInput.IdDocument(idType, idNumber);
        Integer memberCount = null;
        String members = text.apply("memberCount");
        if (members != null) {
            try {
                memberCount = Integer.valueOf(members.trim());
            } catch (NumberFormatException e) {
                violations.add("memberCount", "customer.import.not-a-number", "must be a whole number");
            }
        }
        List<String> interests = header.contains("interests")
                ? (row.get("interests") == null ? List.of() : java.util.Arrays.stream(
                        row.get("interests").split(INTEREST_SEPARATOR)).map(String::trim)
                        .filter(tag -> !tag.isEmpty()).toList())
                : base == null ? null : base.interests();
        String mobile = text.apply("mobile");
        String office = text.apply("office");
        String home = text.apply("home");
        CustomerInput.Phones phones = mobile == null && office == null && home == null ? null
                : new CustomerInput.Phones(mobile, office, home);
        return new CustomerInput(row.get("externalRef"), text.apply("name"), type,
                idDocument, phones, text.apply("email"), text.apply("address"),
                birthday, channel, base == null ? null : base.preferredContactWindow(), paymentType, joinedAt,
                managerId, base == null ? null : base.language(), base == null ? null : base.notes(),
                base == null ? null : base.communicationStyle(), base == null ? null : base.valueOrientation(),
                enterpriseClass, text.apply("industry"), memberCount, interests,
                base == null ? null : base.referredById());
    }

    /** The current value of a CSV column, for columns a file leaves out. */
    private static String field(CustomerInput base, String column) {
        CustomerInput.Phones phones = base.phones();
        Object value = switch (column) {
            case "name" -> base.name();
            case "type" -> base.type();
            case "mobile" -> phones == null ? null : phones.mobile();
            case "office" -> phones == null ? null : phones.office();
            case "home" -> phones == null ? null : phones.home();
            case "email" -> base.email();
            case "address" -> base.address();
            case "birthday" -> base.birthday();
            case "paymentType" -> base.paymentType();
            case "joinedAt" -> base.joinedAt();
            case "preferredChannel" -> base.preferredChannel();
            case "idDocumentType" -> base.idDocument() == null ? null : base.idDocument().type();
            case "idDocumentNumber" -> base.idDocument() == null ? null : base.idDocument().number();
            case "enterpriseClass" -> base.enterpriseClass();
            case "industry" -> base.industry();
            case "memberCount" -> base.memberCount();
            default -> null;
        };
        return value == null ? null : value.toString();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String column, String value,
            Problem.Violations violations) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            violations.add(column, "common.not-one-of",
                    "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static LocalDate parseDate(String column, String value, Problem.Violations violations) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (!StorableInput.inRange(date)) {
                violations.add(column, "common.year-out-of-range", StorableInput.YEAR_MESSAGE);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(column, "common.not-a-date", "must be a date like 2024-01-31");
            return null;
        }
    }

    /** Maps a field of {@link CustomerInput} to the CSV column it came from. */
    private static String column(String field) {
        if (field.startsWith("idDocument.")) {
            return field.equals("idDocument.type") ? "idDocumentType" : "idDocumentNumber";
        }
        return field.startsWith("phones.") ? field.substring("phones.".length())
                : field.equals("managerId") ? "managerUsername" : field;
    }

    private static String stripBom(String body) {
        return body.startsWith("\uFEFF") ? body.substring(1) : body;
    }

    /** Writes the filtered customers as masked CSV, row by row from a server-side cursor. */
    public void export(CustomerFilter filter, OutputStream out) {
        LocalDate today = customers.today();
        SqlList.Jdbc where = filter.toSql(today).jdbc();
        String sql = "select id, external_ref, name, type, phone_mobile, phone_office, phone_home, payment_type,"
                + " joined_at, preferred_channel, manager_id, tier, watch, value_class, loyalty_type,"
                + " enterprise_class, industry, member_count"
                + " from " + Customer.WITH_STANDING + " where " + where.where() + " order by created_at, id";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(500);
                for (int i = 0; i < where.params().size(); i++) {
                    statement.setObject(i + 1, where.params().get(i));
                }
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                        .setHeader(EXPORT_COLUMNS.toArray(String[]::new)).get());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        LocalDate joinedAt = rs.getObject("joined_at", LocalDate.class);
                        boolean watch = rs.getBoolean("watch");
                        printer.printRecord(rs.getString("id"), CsvCells.safe(rs.getString("external_ref")),
                                CsvCells.safe(rs.getString("name")), rs.getString("type"),
                                Masking.phone(rs.getString("phone_mobile")),
                                Masking.phone(rs.getString("phone_office")),
                                Masking.phone(rs.getString("phone_home")), rs.getString("payment_type"), joinedAt,
                                rs.getString("preferred_channel"), rs.getString("manager_id"), rs.getString("tier"),
                                watch, rs.getString("value_class"), rs.getString("loyalty_type"),
                                LifecycleStage.of(joinedAt, watch, today),
                                LifecycleStage.tenureMonths(joinedAt, today), rs.getString("enterprise_class"),
                                CsvCells.safe(rs.getString("industry")), rs.getObject("member_count"));
                    }
                }
                printer.flush();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Export failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
