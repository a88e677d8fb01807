package org.example.biobank;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Freezer {
    @Id @GeneratedValue
    private Long id;
    private String room;
    private double setpointCelsius;

    public Long getId() { return id; }
    public String getRoom() { return room; }
    public double getSetpointCelsius() { return setpointCelsius; }
    public void setSetpointCelsius(double setpointCelsius) { this.setpointCelsius = setpointCelsius; }
}
