package org.vipcare.contact;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.security.Masking;

/**
 * A contact as the API shows it. For a caller who sees the customer masked, phones and email are masked like the
 * customer's ({@code 138****1234}, {@code w***@example.com}), and birthday and notes are withheld like the customer's.
 */
@RegisterForReflection
@Schema(examples = ContactExamples.CONTACT)
public record ContactDto(UUID id, UUID customerId, String name, String title,
        @Schema(description = "Masked like the customer's phones unless the caller sees the customer in full; see "
                + "masked") Phones phones,
        @Schema(description = "Masked (w***@example.com) unless the caller sees the customer in full") String email,
        BuyingRole buyingRole, boolean liaison,
        @Schema(description = "Null when masked") LocalDate birthday,
        @Schema(description = "Null when masked: free text may hold anything personal") String notes,
        @Schema(description = "Whether phones, email, birthday and notes are masked for this caller") boolean masked,
        Instant createdAt, Instant updatedAt,
        @Schema(description = "The ETag of the contact without quotes: send it as If-Match to change or delete it")
        long version) {

    @RegisterForReflection
    @Schema(name = "ContactPhones")
    public record Phones(@Schema(examples = "138****5678") String mobile,
            @Schema(examples = "010*****1234") String office) {
    }

    public static ContactDto from(Contact c, boolean unmasked) {
        Phones phones = c.mobile == null && c.officePhone == null ? null
                : unmasked ? new Phones(c.mobile, c.officePhone)
                        : new Phones(Masking.phone(c.mobile), Masking.phone(c.officePhone));
        return new ContactDto(c.id, c.customerId, c.name, c.title, phones,
                unmasked ? c.email : Masking.email(c.email), c.buyingRole, c.liaison,
                unmasked ? c.birthday : null, unmasked ? c.notes : null, !unmasked, c.createdAt, c.updatedAt,
                c.version);
    }
}
