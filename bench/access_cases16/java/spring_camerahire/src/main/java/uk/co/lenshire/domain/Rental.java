package uk.co.lenshire.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Rental {
    @Id
    @GeneratedValue
    private Long id;
    @ManyToOne
    private Customer customer;
    private String kitCode;
    private LocalDate startDate;
    private LocalDate endDate;
    private String shootLocation;
    private long depositCents;
    private String status;

    public Long getId() { return id; }
    public Customer getCustomer() { return customer; }
    public String getKitCode() { return kitCode; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getShootLocation() { return shootLocation; }
    public long getDepositCents() { return depositCents; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
