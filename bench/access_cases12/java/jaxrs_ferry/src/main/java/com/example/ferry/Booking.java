package com.example.ferry;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Booking {
    @Id @GeneratedValue
    public Long id;
    public String passengerId;
    public Long sailingId;
    public int passengers;
    public String vehicleReg;
    public BigDecimal price;
    public boolean paid;
    public boolean checkedIn;
}
