package com.harbourline.ferry;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

@Entity
public class Booking {
    @Id
    @GeneratedValue
    private Long id;
    private String reference;
    private String passengerUsername;
    private Long sailingId;
    private int passengers;
    private String vehicleRegistration;
    private int fareCents;
    private String status = "PENDING";
    private boolean priorityBoarding;
    private LocalDateTime createdAt = LocalDateTime.now();

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getPassengerUsername() { return passengerUsername; }
    public void setPassengerUsername(String passengerUsername) { this.passengerUsername = passengerUsername; }
    public Long getSailingId() { return sailingId; }
    public void setSailingId(Long sailingId) { this.sailingId = sailingId; }
    public int getPassengers() { return passengers; }
    public void setPassengers(int passengers) { this.passengers = passengers; }
    public String getVehicleRegistration() { return vehicleRegistration; }
    public void setVehicleRegistration(String vehicleRegistration) { this.vehicleRegistration = vehicleRegistration; }
    public int getFareCents() { return fareCents; }
    public void setFareCents(int fareCents) { this.fareCents = fareCents; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public boolean isPriorityBoarding() { return priorityBoarding; }
    public void setPriorityBoarding(boolean priorityBoarding) { this.priorityBoarding = priorityBoarding; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
