package org.vipcare.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/customers} and {@code PUT /api/v1/customers/{id}} (a PUT replaces every field). */
@RegisterForReflection
@Schema(name = "CustomerInput", examples = CustomerExamples.CREATE,
        description = "A customer's descriptive data; derived fields are never typed in.")
public record CustomerInput(
        @Size(max = 100) String externalRef,
        @NotBlank @Size(max = 200) String name,
        @NotNull CustomerType type,
        @Valid IdDocument idDocument,
        @Valid Phones phones,
        @Email @Size(max = 200) @Pattern(regexp = UNMASKED, message = MASK_REFUSED) String email,
        @Size(max = 500) String address,
        @Past LocalDate birthday,
        ContactChannel preferredChannel,
        @Valid ContactWindow preferredContactWindow,
        PaymentType paymentType,
        @PastOrPresent @Schema(description = "Join date; defaults to today") LocalDate joinedAt,
        @Schema(description = "Assigned account manager (a user id); an agent's own customers default to the agent")
        UUID managerId,
        @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String language,
        @Size(max = 4000) String notes,
        CommunicationStyle communicationStyle,
        ValueOrientation valueOrientation,
        @Schema(description = "Enterprise customers only (type ENTERPRISE): A most valuable (visited monthly), B, C; "
                + "given for another type: 400 customer.enterprise-field.not-enterprise") EnterpriseClass enterpriseClass,
        @Size(max = 100) @Schema(description = "Enterprise customers only", examples = "logistics") String industry,
        @PositiveOrZero @Max(10_000_000) @Schema(description = "Enterprise customers only: members (staff lines, "
                + "network members) the account brings", examples = "120") Integer memberCount,
        @Size(max = MAX_INTERESTS) @Schema(description = "Interests (兴趣爱好) as tags the manager records: at most 20, "
                + "each 1 to 40 characters; trimmed, duplicates dropped", examples = "[\"golf\", \"tea\"]")
        List<@NotBlank @Size(max = MAX_INTEREST_LENGTH) @Pattern(regexp = NO_CONTROL, message = "must be one line")
                String> interests,
        @Schema(description = "The customer who referred this one: another existing customer, not itself")
        UUID referredById) {

    public static final int MAX_INTERESTS = 20;
    public static final int MAX_INTEREST_LENGTH = 40;
    static final String NO_CONTROL = "[^\\p{Cntrl}]*";

    /** E.164, or an 11-digit mainland mobile number. */
    public static final String MOBILE = "\\+[1-9][0-9]{6,14}|1[3-9][0-9]{9}";
    public static final String LANDLINE = "\\+?[0-9][0-9 -]{4,19}";
    /** A value read masked and sent back would overwrite the real one with the mask. */
    public static final String UNMASKED = "[^*]*";
    public static final String MASK_REFUSED =
            "must not contain the mask character *; send the full value or leave it out";

    @RegisterForReflection
    public record IdDocument(@NotNull IdDocumentType type,
            @NotBlank @Size(max = 64) @Pattern(regexp = UNMASKED, message = MASK_REFUSED) String number) {
    }

    @RegisterForReflection
    public record Phones(
            @Pattern(regexp = MOBILE, message = "must be an E.164 number or an 11-digit mobile number") String mobile,
            @Pattern(regexp = LANDLINE, message = "must be a phone number") String office,
            @Pattern(regexp = LANDLINE, message = "must be a phone number") String home) {
    }

    @RegisterForReflection
    public record ContactWindow(
            @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    example = "09:00") LocalTime from,
            @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    example = "18:00") LocalTime to) {
    }

    /** The customer's current descriptive data, as a PUT would send it back. */
    public static CustomerInput from(Customer c) {
        return new CustomerInput(c.externalRef, c.name, c.type,
                c.idDocType == null ? null : new IdDocument(c.idDocType, c.idDocNumber),
                c.phoneMobile == null && c.phoneOffice == null && c.phoneHome == null ? null
                        : new Phones(c.phoneMobile, c.phoneOffice, c.phoneHome),
                c.email, c.address, c.birthday, c.preferredChannel,
                c.contactFrom == null ? null : new ContactWindow(c.contactFrom, c.contactTo), c.paymentType,
                c.joinedAt, c.managerId, c.language, c.notes, c.communicationStyle, c.valueOrientation,
                c.enterpriseClass, c.industry, c.memberCount, c.interests == null ? List.of() : List.copyOf(c.interests),
                c.referredById);
    }

    String mobile() {
        return phones == null ? null : phones.mobile();
    }
}
