package org.vipcare.contact;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.customer.CustomerInput;

/** A contact as a client sends it, on create and on replace (a PUT replaces every field). */
@RegisterForReflection
@Schema(name = "ContactInput", examples = ContactExamples.CREATE)
public record ContactInput(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) @Schema(examples = "Deputy general manager") String title,
        @Valid Phones phones,
        @Email @Size(max = 200) @Schema(description = "A masked value (with *) as read by a caller who sees the "
                + "customer masked is refused (400)", examples = "wang.li@example.com") String email,
        @NotNull @Schema(description = "The contact's part in the enterprise's purchases: USER uses the product, "
                + "DECISION_MAKER decides, BUYER buys and pays, INFLUENCER sways the decision, COMMENTATOR speaks "
                + "about it afterwards") BuyingRole buyingRole,
        @Schema(description = "The customer's liaison (联络员), who keeps in touch with us; false when left out")
        Boolean liaison,
        @Past @Schema(description = "A birthday makes a CONTACT_BIRTHDAY call for the customer's manager, as the "
                + "customer's own birthday does", examples = "1978-12-10") LocalDate birthday,
        @Size(max = 2000) String notes) {

    /** The contact's phones; a masked value (with *) as read by a caller who sees the customer masked is refused. */
    @RegisterForReflection
    @Schema(name = "ContactPhonesInput")
    public record Phones(
            @Pattern(regexp = CustomerInput.MOBILE, message = "must be an E.164 number or an 11-digit mobile number")
            @Schema(examples = "13812345678") String mobile,
            @Pattern(regexp = CustomerInput.LANDLINE, message = "must be a phone number")
            @Schema(examples = "010-65551234") String office) {
    }
}
