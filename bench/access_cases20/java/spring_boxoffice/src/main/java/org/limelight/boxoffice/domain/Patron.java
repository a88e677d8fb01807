package org.limelight.boxoffice.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Patron {
    @Id
    @GeneratedValue
    private Long id;
    private String email;
    private String passwordHash;
    private String displayName;
    private String phone;
    private boolean marketingOptIn;
    private String role = "PATRON"; // PATRON, BOX_STAFF, BOX_MANAGER
    private int loyaltyPoints;
    private boolean friendOfTheatre; // priority booking, 10% off

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isMarketingOptIn() { return marketingOptIn; }
    public void setMarketingOptIn(boolean marketingOptIn) { this.marketingOptIn = marketingOptIn; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public int getLoyaltyPoints() { return loyaltyPoints; }
    public void setLoyaltyPoints(int loyaltyPoints) { this.loyaltyPoints = loyaltyPoints; }
    public boolean isFriendOfTheatre() { return friendOfTheatre; }
    public void setFriendOfTheatre(boolean friendOfTheatre) { this.friendOfTheatre = friendOfTheatre; }
}
