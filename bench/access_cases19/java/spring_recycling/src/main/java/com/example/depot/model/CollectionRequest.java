package com.example.depot.model;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class CollectionRequest {
    @Id @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Household household;

    private String items;
    private LocalDate collectOn;
    private String accessNotes;      // gate codes, where the key is left
    private String status = "REQUESTED";

    public Long getId() { return id; }
    public Household getHousehold() { return household; }
    public void setHousehold(Household household) { this.household = household; }
    public String getItems() { return items; }
    public void setItems(String items) { this.items = items; }
    public LocalDate getCollectOn() { return collectOn; }
    public void setCollectOn(LocalDate collectOn) { this.collectOn = collectOn; }
    public String getAccessNotes() { return accessNotes; }
    public void setAccessNotes(String accessNotes) { this.accessNotes = accessNotes; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
