package org.vipcare.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vipcare.consumption.ConsumptionKind;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerInput;
import org.vipcare.customer.CustomerType;
import org.vipcare.customer.IdDocumentType;
import org.vipcare.tier.Tier;

class DemoBookGeneratorTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-03-15T02:30:00Z");

    final DemoBookGenerator.Book book = new DemoBookGenerator(NOW, ZONE).generate();

    @Test
    void sameBookEveryTime() {
        DemoBookGenerator.Book again = new DemoBookGenerator(NOW, ZONE).generate();
        assertEquals(fingerprint(book.customers()), fingerprint(again.customers()));
        assertEquals(fingerprint(book.users()), fingerprint(again.users()));
        assertEquals(book.records(), again.records());
    }

    @Test
    void mobilesAreMainlandNumbersAndUnique() {
        List<String> mobiles = book.customers().stream().map(c -> c.phoneMobile).filter(m -> m != null).toList();
        assertTrue(mobiles.size() > 150);
        mobiles.forEach(m -> assertTrue(m.matches("1[358][0-9]{9}"), m));
        mobiles.forEach(m -> assertTrue(m.matches(CustomerInput.MOBILE), m));
        assertEquals(mobiles.size(), Set.copyOf(mobiles).size());
        book.customers().stream().filter(c -> c.type != CustomerType.ENTERPRISE)
                .forEach(c -> assertNotNull(c.phoneMobile, c.name));
        book.customers().stream().flatMap(c -> Stream.of(c.phoneOffice, c.phoneHome))
                .filter(p -> p != null).forEach(p -> assertTrue(p.matches(CustomerInput.LANDLINE), p));
    }

    @Test
    void identityNumbersCarryTheirCheckCharacters() {
        // The example of GB 11643 itself.
        assertEquals("11010519491231002X", DemoBookGenerator.idCardNumber("110105", LocalDate.of(1949, 12, 31), 2));
        for (Customer c : book.customers()) {
            assertNotNull(c.idDocType, c.name);
            if (c.idDocType == IdDocumentType.ID_CARD) {
                assertEquals(DemoBookGenerator.idCardNumber(c.idDocNumber.substring(0, 6), c.birthday,
                        Integer.parseInt(c.idDocNumber.substring(14, 17))), c.idDocNumber);
            } else if (c.idDocType == IdDocumentType.BUSINESS_LICENSE) {
                assertTrue(c.idDocNumber.matches("(91|11|12)[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}"), c.idDocNumber);
                String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
                int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28, 1 };
                int sum = 0;
                for (int i = 0; i < 18; i++) {
                    sum += chars.indexOf(c.idDocNumber.charAt(i)) * weights[i];
                }
                assertEquals(0, sum % 31, c.idDocNumber);
            }
        }
    }

    @Test
    void customersAreSpreadAsAsked() {
        List<Customer> customers = book.customers();
        assertEquals(200, customers.size());
        assertEquals("DEMO-0001", customers.get(0).externalRef);
        assertEquals(200, customers.stream().map(c -> c.externalRef).distinct().count());
        assertEquals(200, customers.stream().map(c -> c.name).distinct().count());
        Map<CustomerType, Long> types = customers.stream()
                .collect(Collectors.groupingBy(c -> c.type, Collectors.counting()));
        assertEquals(3, types.size(), types.toString());
        LocalDate today = LocalDate.ofInstant(NOW, ZONE);
        assertTrue(customers.stream().anyMatch(c -> c.joinedAt.isAfter(today.minusDays(90))));
        assertTrue(customers.stream().anyMatch(c -> c.joinedAt.isBefore(today.minusYears(5))));
        assertTrue(customers.stream().noneMatch(c -> c.joinedAt.isBefore(today.minusYears(6))));
        assertTrue(customers.stream().allMatch(c -> c.createdAt.isBefore(NOW)));
        long unassigned = customers.stream().filter(c -> c.managerId == null).count();
        assertTrue(unassigned > 0 && unassigned < 10, "unassigned " + unassigned);
        Set<UUID> agents = book.users().stream().filter(u -> u.username.startsWith("agent")).map(u -> u.id)
                .collect(Collectors.toSet());
        assertTrue(customers.stream().allMatch(c -> c.managerId == null || agents.contains(c.managerId)));
        assertTrue(customers.stream().anyMatch(c -> "en".equals(c.language)));
    }

    @Test
    void recordsFitTheWindowAndTheConsumptionRules() {
        Map<UUID, Customer> byId = book.customers().stream().collect(Collectors.toMap(c -> c.id, c -> c));
        Set<String> externalIds = new HashSet<>();
        Instant windowStart = NOW.minus(Duration.ofDays(365));
        for (DemoBookGenerator.DemoRecord r : book.records()) {
            assertTrue(externalIds.add(r.externalId()), r.externalId());
            assertTrue(r.externalId().matches("DEMO-C-[0-9]{4}-[0-9]{4}"), r.externalId());
            assertTrue(r.occurredAt().isAfter(windowStart) && r.occurredAt().isBefore(NOW), r.toString());
            Customer c = byId.get(r.customerId());
            assertTrue(r.occurredAt().isAfter(c.createdAt), r.toString());
            assertEquals(2, r.amount().scale());
            if (r.kind() == ConsumptionKind.VISIT) {
                assertEquals(0, r.amount().signum());
            } else {
                assertTrue(r.amount().signum() > 0, r.toString());
            }
        }
        assertEquals(3, book.records().stream().map(r -> r.kind()).distinct().count());
    }

    /** SPEC 2.1 applied in plain Java to the generated records: every tier is there, and some WATCH candidates. */
    @Test
    void habitsLandInEveryTier() {
        Map<UUID, BigDecimal> spend = new HashMap<>();
        Map<UUID, Integer> visits = new HashMap<>();
        Map<UUID, Integer> recent = new HashMap<>();
        Instant recentStart = NOW.minus(Duration.ofDays(90));
        for (DemoBookGenerator.DemoRecord r : book.records()) {
            if (r.kind() != ConsumptionKind.VISIT) {
                spend.merge(r.customerId(), r.amount(), BigDecimal::add);
            }
            if (r.kind() != ConsumptionKind.SPEND) {
                visits.merge(r.customerId(), 1, Integer::sum);
                if (r.occurredAt().isAfter(recentStart)) {
                    recent.merge(r.customerId(), 1, Integer::sum);
                }
            }
        }
        int n = book.customers().size();
        double averageSpend = spend.values().stream().mapToDouble(BigDecimal::doubleValue).sum() / n;
        double averageVisits = visits.values().stream().mapToInt(Integer::intValue).sum() / (double) n;
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        List<UUID> watch = new ArrayList<>();
        for (Customer c : book.customers()) {
            double s = spend.getOrDefault(c.id, BigDecimal.ZERO).doubleValue();
            int v = visits.getOrDefault(c.id, 0);
            Tier tier = s >= 2 * averageSpend && v >= 2 * averageVisits ? Tier.DIAMOND
                    : s >= averageSpend && v >= averageVisits ? Tier.GOLD
                            : v >= averageVisits ? Tier.SILVER : Tier.ORDINARY;
            tiers.merge(tier, 1, Integer::sum);
            if (tier != Tier.ORDINARY && recent.getOrDefault(c.id, 0) < 0.5 * v * 90 / 365) {
                watch.add(c.id);
            }
        }
        assertEquals(4, tiers.size(), tiers.toString());
        assertTrue(tiers.get(Tier.DIAMOND) <= 15, tiers.toString());
        assertTrue(tiers.get(Tier.ORDINARY) > n / 3, tiers.toString());
        assertTrue(watch.size() >= 5 && watch.size() <= 25, "watch " + watch.size());
        assertFalse(visits.size() == n, "some customers have no visits at all");
    }

    /** Every public field of each object, in order: entities do not implement equals. */
    private static List<String> fingerprint(List<?> objects) {
        List<String> prints = new ArrayList<>();
        for (Object o : objects) {
            StringBuilder print = new StringBuilder();
            for (Field field : o.getClass().getFields()) {
                try {
                    print.append(field.getName()).append('=').append(field.get(o)).append(';');
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            prints.add(print.toString());
        }
        return prints;
    }
}
