package org.vipcare.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.tier.HealthTrend;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/** Issue 16: the one-statement customer read gives back every field exactly as the entity does. */
@QuarkusTest
class CustomerReadsTest {

    /** Not part of a read: live customers are never erased, and the search text is the database's own. */
    private static final Set<String> NOT_READ = Set.of("erasedAt", "searchText");

    @Inject
    CustomerReads reads;

    @Inject
    EntityManager em;

    @Test
    void everyFieldComesBackAsTheEntityHasIt() throws IllegalAccessException {
        UUID referrerId = persist(customer(null));
        UUID id = persist(customer(referrerId));
        persist(customer(id)); // referred by the customer read: its relationship value counts it
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update customer_standing set tier = 'GOLD',"
                + " watch = true, value_class = 'A', loyalty_type = 'HIGH', window_spend = 12345.67,"
                + " window_visits = 9, health_score = 64, health_trend = 'DOWN' where customer_id = ?1")
                .setParameter(1, id).executeUpdate());

        Customer entity = QuarkusTransaction.requiringNew().call(() -> Customer.findLive(id).orElseThrow());
        CustomerReads.Read read = reads.live(id).orElseThrow();

        for (Field field : fields()) {
            Object expected = field.get(entity);
            assertNotNull(expected, field.getName() + " is set in this test, so that its read is checked");
            if (field.getType() == boolean.class) {
                assertEquals(true, expected, field.getName() + " is set in this test");
            }
            assertEquals(expected, field.get(read.customer()), field.getName());
        }
        assertEquals(new BigDecimal("6.0"), read.relationshipValue(), "1 referred + 50 members / 10");
    }

    @Test
    void erasedAndUnknownCustomersAreNotRead() {
        UUID id = persist(customer(null));
        QuarkusTransaction.requiringNew().run(() -> Customer.<Customer>findById(id).erasedAt = Instant.now());
        assertTrue(reads.live(id).isEmpty());
        assertTrue(reads.live(UUID.randomUUID()).isEmpty());
    }

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type = Customer.class; type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                // Quarkus makes an entity's public fields private at build time; Hibernate adds fields of its own.
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
                        && !field.getName().startsWith("$$") && !NOT_READ.contains(field.getName())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        assertTrue(fields.size() > 30, "every field of the entity: " + fields);
        return fields;
    }

    private static Customer customer(UUID referredById) {
        Customer c = new Customer();
        c.stampNew(Instant.now().truncatedTo(ChronoUnit.MICROS));
        String n = UUID.randomUUID().toString().substring(0, 8);
        c.externalRef = "READS-" + n;
        c.name = "读取测试 " + n;
        c.type = CustomerType.ENTERPRISE;
        c.idDocType = IdDocumentType.BUSINESS_LICENSE;
        c.idDocNumber = TestData.idNumber();
        c.phoneMobile = TestData.mobile();
        c.phoneOffice = "010-88886666";
        c.phoneHome = "010-66668888";
        c.email = "reads-" + n + "@example.com";
        c.address = "北京市朝阳区建国路 88 号";
        c.birthday = LocalDate.of(1978, 2, 28);
        c.preferredChannel = ContactChannel.WECHAT;
        c.contactFrom = LocalTime.of(9, 30);
        c.contactTo = LocalTime.of(18, 15);
        c.paymentType = PaymentType.POSTPAID;
        c.joinedAt = LocalDate.of(2019, 5, 6);
        c.managerId = TestData.as(Role.AGENT).id();
        c.language = "zh-CN";
        c.notes = "喜欢下午茶";
        c.communicationStyle = CommunicationStyle.ANALYTICAL;
        c.valueOrientation = ValueOrientation.VALUE_ORIENTED;
        c.enterpriseClass = EnterpriseClass.A;
        c.industry = "物流";
        c.memberCount = 50;
        c.idDocDuplicate = true;
        c.interests = new ArrayList<>(List.of("golf", "茶"));
        c.referredById = referredById;
        c.tier = Tier.ORDINARY;
        c.valueClass = ValueClass.D;
        c.loyaltyType = LoyaltyType.ZERO;
        c.healthTrend = HealthTrend.FLAT;
        return c;
    }

    private static UUID persist(Customer customer) {
        QuarkusTransaction.requiringNew().run(customer::persist);
        return customer.id;
    }
}
