package org.vipcare.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.vipcare.common.BaseEntity;

/** A person inside an enterprise customer, with the part they play in its purchases (table customer_contact, V38). */
@Entity
@Table(name = "customer_contact")
public class Contact extends BaseEntity {

    @Column(nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String name;

    public String title;

    /** Personal data, like the customer's phones and email: masked for whoever sees the customer masked. */
    public String mobile;

    public String officePhone;

    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BuyingRole buyingRole;

    /** The customer's liaison (联络员): the member of its network who keeps in touch with us. */
    public boolean liaison;

    public LocalDate birthday;

    public String notes;

    public static Optional<Contact> findOf(UUID customerId, UUID id) {
        return find("id = ?1 and customerId = ?2", id, customerId).firstResultOptional();
    }
}
