package org.example.biobank;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Sample {
    @Id @GeneratedValue
    private Long id;
    private String barcode;
    private String tissue;
    private String donorPseudonym;
    private String ownerUsername;
    private String labId;
    private String freezerSlot;
    private Instant collectedAt;

    public Long getId() { return id; }
    public String getBarcode() { return barcode; }
    public String getTissue() { return tissue; }
    public String getDonorPseudonym() { return donorPseudonym; }
    public String getOwnerUsername() { return ownerUsername; }
    public void setOwnerUsername(String ownerUsername) { this.ownerUsername = ownerUsername; }
    public String getLabId() { return labId; }
    public String getFreezerSlot() { return freezerSlot; }
    public void setFreezerSlot(String freezerSlot) { this.freezerSlot = freezerSlot; }
    public Instant getCollectedAt() { return collectedAt; }
}
