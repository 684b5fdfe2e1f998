package org.vipcare.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.security.Masking;
import org.vipcare.tier.LifecycleStage;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/** A customer as the API shows it: descriptive data (phones and id number masked unless allowed) plus derived fields. */
@RegisterForReflection
@Schema(examples = CustomerExamples.CUSTOMER)
public record CustomerDto(UUID id, String externalRef, String name, CustomerType type,
        CustomerInput.IdDocument idDocument,
        @Schema(implementation = ShownPhones.class) CustomerInput.Phones phones, String email, String address,
        LocalDate birthday, ContactChannel preferredChannel, CustomerInput.ContactWindow preferredContactWindow,
        PaymentType paymentType, LocalDate joinedAt, UUID managerId, String language, String notes,
        CommunicationStyle communicationStyle, ValueOrientation valueOrientation,
        Tier tier, boolean watch, ValueClass valueClass, LoyaltyType loyaltyType, LifecycleStage lifecycleStage,
        String recommendedAction, BigDecimal windowSpend, int windowVisits, int tenureMonths, boolean masked, Instant createdAt, Instant updatedAt, long version) {

    public static CustomerDto from(Customer c, boolean unmasked, LocalDate today) {
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
        return new CustomerDto(c.id, c.externalRef, c.name, c.type, idDocument, phones, c.email, c.address,
                c.birthday, c.preferredChannel, window, c.paymentType, c.joinedAt, c.managerId, c.language, c.notes,
                c.communicationStyle, c.valueOrientation, c.tier, c.watch, c.valueClass, c.loyaltyType, stage,
                stage.recommendedAction, c.windowSpend, c.windowVisits, LifecycleStage.tenureMonths(c.joinedAt, today),
                !unmasked, c.createdAt, c.updatedAt, c.version);
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
