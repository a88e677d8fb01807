package com.example.removals.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Job {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Customer customer;

    private String fromAddress;
    private String toAddress;
    private LocalDate moveDate;
    private String inventory;
    private String keySafeCode;
    private String status = "QUOTED";
    private Long quotePence;

    public Long getId() { return id; }
    public Customer getCustomer() { return customer; }
    public void setCustomer(Customer customer) { this.customer = customer; }
    public String getFromAddress() { return fromAddress; }
    public void setFromAddress(String fromAddress) { this.fromAddress = fromAddress; }
    public String getToAddress() { return toAddress; }
    public void setToAddress(String toAddress) { this.toAddress = toAddress; }
    public LocalDate getMoveDate() { return moveDate; }
    public void setMoveDate(LocalDate moveDate) { this.moveDate = moveDate; }
    public String getInventory() { return inventory; }
    public void setInventory(String inventory) { this.inventory = inventory; }
    public String getKeySafeCode() { return keySafeCode; }
    public void setKeySafeCode(String keySafeCode) { this.keySafeCode = keySafeCode; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getQuotePence() { return quotePence; }
    public void setQuotePence(Long quotePence) { this.quotePence = quotePence; }
}
