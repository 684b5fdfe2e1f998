package org.vipcare.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.security.Masking;
import org.vipcare.tier.HealthTrend;
import org.vipcare.tier.LifecycleStage;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/**
 * A customer as the API shows it: descriptive data plus derived fields. For a caller who may not see personal data in
 * full ({@code masked}) phones and id number are masked, email masked, address cut to its district, birthday reduced
 * to its year and notes withheld.
 */
@RegisterForReflection
@Schema(examples = CustomerExamples.CUSTOMER)
public record CustomerDto(UUID id, String externalRef, String name, CustomerType type,
        CustomerInput.IdDocument idDocument,
        @Schema(implementation = ShownPhones.class) CustomerInput.Phones phones,
        @Schema(description = "Masked (l***@example.com: first character and domain) unless the caller sees personal "
                + "data in full; see masked") String email,
        @Schema(description = "When masked, the district and above only (北京市朝阳区; Chaoyang District, Beijing), or "
                + "null when no district can be told") String address,
        @Schema(description = "Null when masked; birthYear stays") LocalDate birthday,
        @Schema(description = "The year of birthday, shown to every caller", examples = "1980") Integer birthYear,
        ContactChannel preferredChannel, CustomerInput.ContactWindow preferredContactWindow,
        PaymentType paymentType, LocalDate joinedAt, UUID managerId, String language,
        @Schema(description = "Null when masked: free text may hold anything personal") String notes,
        CommunicationStyle communicationStyle, ValueOrientation valueOrientation,
        Tier tier, boolean watch, ValueClass valueClass, LoyaltyType loyaltyType, LifecycleStage lifecycleStage,
        String recommendedAction, BigDecimal windowSpend, int windowVisits, int tenureMonths, boolean masked, Instant createdAt, Instant updatedAt, long version,
        @Schema(description = "Enterprise customers only: A, B or C") EnterpriseClass enterpriseClass,
        @Schema(description = "Enterprise customers only") String industry,
        @Schema(description = "Enterprise customers only: members the account brings") Integer memberCount,
        @Schema(description = "Tags the manager records; null when masked (free text, like notes)",
                examples = "[\"golf\", \"tea\"]") List<String> interests,
        @Schema(description = "The customer who referred this one") UUID referredById,
        @Schema(description = "Derived, never typed in: the number of customers (not erased) this one referred, plus "
                + "for an enterprise customer its member count / 10; one decimal place. Sortable as relationshipValue.",
                examples = "14.0") BigDecimal relationshipValue,
        @Schema(description = "Derived by the tier evaluation, 0-100 (GET /customers/{id}/health explains it); null "
                + "before the customer's first evaluation. Sortable as healthScore.", examples = "72")
        Integer healthScore,
        @Schema(description = "The score against the previous evaluation; null before the first evaluation")
        HealthTrend healthTrend) {

    public static CustomerDto from(Customer c, boolean unmasked, LocalDate today, BigDecimal relationshipValue) {
        CustomerInput.IdDocument idDocument = c.idDocType == null && c.idDocNumber == null ? null
                : new CustomerInput.IdDocument(c.idDocType,
                        unmasked ? c.idDocNumber : Masking.idNumber(c.idDocNumber));
        CustomerInput.Phones phones = c.phoneMobile == null && c.phoneOffice == null && c.phoneHome == null ? null
                : unmasked ? new CustomerInput.Phones(c.phoneMobile, c.phoneOffice, c.phoneHome)
                        : new CustomerInput.Phones(Masking.phone(c.phoneMobile), Masking.phone(c.phoneOffice),
                                Masking.phone(c.phoneHome));
        LifecycleStage stage = LifecycleStage.of(c.joinedAt, c.watch, today);
        CustomerInput.ContactWindow window = c.contactFrom == null ? null
                : new CustomerInput.ContactWindow(c.contactFrom, c.contactTo);
        return new CustomerDto(c.id, c.externalRef, c.name, c.type, idDocument, phones,
                unmasked ? c.email : Masking.email(c.email), unmasked ? c.address : Masking.district(c.address),
                unmasked ? c.birthday : null, c.birthday == null ? null : c.birthday.getYear(), c.preferredChannel,
                window, c.paymentType, c.joinedAt, c.managerId, c.language, unmasked ? c.notes : null,
                c.communicationStyle, c.valueOrientation, c.tier, c.watch, c.valueClass, c.loyaltyType, stage,
                stage.recommendedAction, c.windowSpend, c.windowVisits, LifecycleStage.tenureMonths(c.joinedAt, today),
                !unmasked, c.createdAt, c.updatedAt, c.version, c.enterpriseClass, c.industry, c.memberCount,
                unmasked ? List.copyOf(c.interests == null ? List.of() : c.interests) : null, c.referredById,
                relationshipValue, c.healthScore, c.healthTrend);
    }

    /**
     * How {@link #phones} is documented: a masked value (138****1234) is output only, so the input patterns of
     * {@link CustomerInput.Phones} do not apply and a generated client must not check them.
     */
    @Schema(name = "CustomerPhones", description = "Phones as shown: masked (138****1234) unless the caller is the "
            + "assigned manager, a supervisor or an admin; see masked.")
    record ShownPhones(@Schema(examples = "138****1234") String mobile,
            @Schema(examples = "010*****5678") String office, String home) {
    }
}
