package org.vipcare.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact added, changed or removed, for the customer's timeline (table customer_contact_event, V40). It keeps the
 * name and role the contact had then, so that it outlives a removed contact.
 */
@Entity
@Table(name = "customer_contact_event")
public class ContactEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactEventKind kind;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BuyingRole buyingRole;

    public UUID actorId;

    @Column(nullable = false)
    public Instant at;

    static ContactEvent of(Contact contact, ContactEventKind kind, UUID actorId, Instant at) {
        ContactEvent event = new ContactEvent();
        event.id = UUID.randomUUID();
        event.customerId = contact.customerId;
        event.contactId = contact.id;
        event.kind = kind;
        event.name = contact.name;
        event.buyingRole = contact.buyingRole;
        event.actorId = actorId;
        event.at = at;
        return event;
    }
}
