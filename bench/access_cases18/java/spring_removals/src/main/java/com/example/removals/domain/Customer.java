package com.example.removals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Customer {
    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true, nullable = false)
    private String username;

    private String passwordHash;
    private String fullName;
    private String phone;
    private String currentAddress;
    private String role = "CUSTOMER";
    private long creditLimitPence;
    private boolean accountOnHold;

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
    public String getCurrentAddress() { return currentAddress; }
    public void setCurrentAddress(String currentAddress) { this.currentAddress = currentAddress; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public long getCreditLimitPence() { return creditLimitPence; }
    public void setCreditLimitPence(long creditLimitPence) { this.creditLimitPence = creditLimitPence; }
    public boolean isAccountOnHold() { return accountOnHold; }
    public void setAccountOnHold(boolean accountOnHold) { this.accountOnHold = accountOnHold; }
}
