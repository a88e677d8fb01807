package org.limelight.boxoffice.domain;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.List;

@Entity
public class TicketOrder {
    @Id
    @GeneratedValue
    private Long id;
    @ManyToOne
    private Patron patron;
    private Long performanceId;
    @ElementCollection
    private List<String> seats;
    private String accessRequirements; // wheelchair space, hearing loop, companion seat
    private int totalPence;
    private String status = "PAID";
    private String barcode;

    public Long getId() { return id; }
    public Patron getPatron() { return patron; }
    public Long getPerformanceId() { return performanceId; }
    public List<String> getSeats() { return seats; }
    public void setSeats(List<String> seats) { this.seats = seats; }
    public String getAccessRequirements() { return accessRequirements; }
    public int getTotalPence() { return totalPence; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getBarcode() { return barcode; }
}
