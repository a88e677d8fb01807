package com.example.depot.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Household {
    @Id @GeneratedValue
    private Long id;

    @Column(unique = true, nullable = false)
    private String subject;          // identity-provider subject of the account holder

    private String contactName;
    private String phone;
    private String address;
    private String permitPlate;      // vehicle registration allowed into the depot
    private int visitsThisYear;
    private long rebateBalancePence;
    private boolean tradeAccount;    // trade waste is charged, households are not

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPermitPlate() { return permitPlate; }
    public void setPermitPlate(String permitPlate) { this.permitPlate = permitPlate; }
    public int getVisitsThisYear() { return visitsThisYear; }
    public void setVisitsThisYear(int visitsThisYear) { this.visitsThisYear = visitsThisYear; }
    public long getRebateBalancePence() { return rebateBalancePence; }
    public void setRebateBalancePence(long rebateBalancePence) { this.rebateBalancePence = rebateBalancePence; }
    public boolean isTradeAccount() { return tradeAccount; }
    public void setTradeAccount(boolean tradeAccount) { this.tradeAccount = tradeAccount; }
}
