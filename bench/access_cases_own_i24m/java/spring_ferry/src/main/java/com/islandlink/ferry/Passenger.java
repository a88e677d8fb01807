package com.islandlink.ferry;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Passenger {
    @Id @GeneratedValue private Long id;
    private String email;
    private String name;
    private String concessionCard;
    private boolean staff;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getConcessionCard() { return concessionCard; }
    public void setConcessionCard(String card) { this.concessionCard = card; }
    public boolean isStaff() { return staff; }
    public void setStaff(boolean staff) { this.staff = staff; }
}
