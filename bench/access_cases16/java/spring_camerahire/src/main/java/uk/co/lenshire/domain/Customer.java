package uk.co.lenshire.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Customer {
    @Id
    @GeneratedValue
    private Long id;
    private String username;
    private String passwordHash;
    private String fullName;
    private String phone;
    private String productionCompany;
    private String role = "CUSTOMER";
    private long depositWaiverCents;
    private boolean insuranceVerified;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getProductionCompany() { return productionCompany; }
    public void setProductionCompany(String productionCompany) { this.productionCompany = productionCompany; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public long getDepositWaiverCents() { return depositWaiverCents; }
    public void setDepositWaiverCents(long depositWaiverCents) { this.depositWaiverCents = depositWaiverCents; }
    public boolean isInsuranceVerified() { return insuranceVerified; }
    public void setInsuranceVerified(boolean insuranceVerified) { this.insuranceVerified = insuranceVerified; }
}
