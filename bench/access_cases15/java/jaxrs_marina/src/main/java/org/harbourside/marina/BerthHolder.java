package org.harbourside.marina;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "berth_holders")
public class BerthHolder {

    @Id
    private String id;

    private String name;
    private String phone;

    @Column(name = "emergency_contact")
    private String emergencyContact;

    @Column(name = "credit_cents")
    private long creditCents;

    @Column(name = "discount_pct")
    private int discountPct;

    private String role = "holder";

    @Column(name = "waiting_list_priority")
    private int waitingListPriority;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmergencyContact() { return emergencyContact; }
    public void setEmergencyContact(String emergencyContact) { this.emergencyContact = emergencyContact; }
    public long getCreditCents() { return creditCents; }
    public void setCreditCents(long creditCents) { this.creditCents = creditCents; }
    public int getDiscountPct() { return discountPct; }
    public void setDiscountPct(int discountPct) { this.discountPct = discountPct; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public int getWaitingListPriority() { return waitingListPriority; }
    public void setWaitingListPriority(int waitingListPriority) { this.waitingListPriority = waitingListPriority; }
}
